# METADATA
# title: Network ACL allows ingress from the internet to an administration or database port
# description: >-
#   An AWS::EC2::NetworkAclEntry with Egress false or unset and RuleAction
#   allow admits traffic from 0.0.0.0/0 or ::/0 (any CIDR of prefix length 0,
#   in CidrBlock or Ipv6CidrBlock) over TCP (Protocol 6) to a PortRange that
#   covers a remote administration port (SSH 22, RDP 3389, WinRM 5985/5986)
#   or a database port (SQL Server 1433, Oracle 1521, MySQL 3306, PostgreSQL
#   5432, Redshift 5439, Redis 6379, Cassandra 9042, Elasticsearch 9200/9300,
#   Memcached 11211, MongoDB 27017), or
#   over every protocol (Protocol -1, which ignores the ports). The network
#   ACL is the subnet's layer of defence under the security groups
#   (EVD-CFN-019 reports those): a host is reached only when both admit the
#   traffic, so one misconfigured security group then exposes the port.
#   Entries are evaluated in RuleNumber order and the first match decides: a
#   port is not reported when an entry of the same ACL (NetworkAclId naming
#   the same AWS::EC2::NetworkAcl, or the same literal id) with a lower
#   RuleNumber denies it from the same address family's whole range over
#   TCP or every protocol, or may do so (a value of that entry is not known
#   statically). A deny of a narrower source range does not count. The entry
#   for return traffic that a stateless ACL needs (TCP 1024-65535 from
#   0.0.0.0/0) is reported too, as CIS AWS Foundations 5.1 and Security Hub
#   EC2.21 report it: it also admits new connections to RDP and the database
#   ports above 1024. Not reported: UDP, ICMP and other protocols, egress
#   entries, and an entry whose action, protocol, ports or CIDR is not known
#   statically (a parameter without default).
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html
# custom:
#   id: EVD-CFN-051
#   severity: medium
#   remediation: >-
#     Restrict the entry's CidrBlock / Ipv6CidrBlock to known administration
#     or application networks, narrow its PortRange to the ports the subnet
#     serves, or add deny entries with a lower RuleNumber for the
#     administration and database ports from 0.0.0.0/0 and ::/0 (what a
#     public subnet's return-traffic entry for ports 1024-65535 needs). Reach
#     hosts through AWS Systems Manager Session Manager or a VPN instead.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::NetworkAclEntry]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A subnet filter that admits the whole internet to administration and database ports weakens the access control and risk management of the systems holding ePHI.
#     gdpr: Leaving the network layer open to administration and database ports undermines the ongoing confidentiality of the systems that process personal data.
package evident.checks.cloudformation.network_acl_admin_ports_open

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.values

deny contains f if {
	some rule in entries
	some key, cidr in rule.cidrs
	network.acl_internet_allow(rule, cidr)
	ports := {port | some port in network.acl_opened(rule); not network.acl_may_deny_first(denies[rule.acl], rule, cidr, port)}
	count(ports) > 0
	f := finding.at(rule.resource, ["properties", key], finding.format("%s allows ingress from %s to %s", [rule.resource.id, cidr, network.acl_describe_ports(rule, ports, "-1")]))
}

# entries: the ingress entries (and those whose direction is not known) of
# every network ACL, normalized for the network library. The resource is kept
# by id only (a set would hash its whole properties).
entries contains rule if {
	some r in cfn.resources("AWS::EC2::NetworkAclEntry")
	props := r.properties
	ingress := ingress_entry(props)
	ingress != false
	rule := {
		"resource": {"id": r.id}, "acl": acl_key(props.NetworkAclId), "ingress": ingress,
		"number": number_or_value(object.get(props, "RuleNumber", null)),
		"action": object.get(props, "RuleAction", null),
		"protocol": object.get(props, "Protocol", null),
		"from": port_bound(props, "From"), "to": port_bound(props, "To"),
		"cidrs": {key: props[key] | some key in ["CidrBlock", "Ipv6CidrBlock"]; values.has_key(props, key); props[key] != null},
	}
}

# ingress_entry(props): Egress is false or unset (true), not known ("unknown"), or true (false).
ingress_entry(props) if cfn.not_enabled(props, "Egress")

else := "unknown" if values.is_unknown(props.Egress)

else := false

# acl_key(id): the logical id of the AWS::EC2::NetworkAcl a Ref names, else the value itself.
acl_key(id) := ref if ref := cfn.ref_id(id)

else := id

# number_or_value(v): v as a number when it is one (or a string of digits), else v unchanged.
number_or_value(v) := n if n := cfn.number(v)

else := v

# port_bound(props, key): PortRange.From or .To as a number; the unknown value
# when the bound or the whole PortRange is not known.
port_bound(props, key) := props.PortRange if values.is_unknown(props.PortRange)

else := n if n := number_or_value(props.PortRange[key])

else := null

# denies[acl]: the entries of an ACL that deny, or may deny.
denies[acl] := [other |
	some other in entries
	other.acl == acl
	network.acl_may_deny(other)
] if {
	some rule in entries
	acl := rule.acl
}
