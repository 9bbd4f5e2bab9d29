# METADATA
# title: Network ACL allows ingress from the internet to an administration or database port
# description: >-
#   An ingress rule of a network ACL (an inline ingress block of
#   aws_network_acl or aws_default_network_acl, or an aws_network_acl_rule
#   with egress = false or unset) allows traffic from 0.0.0.0/0 or ::/0 (any
#   CIDR of prefix length 0, in cidr_block or ipv6_cidr_block) over TCP
#   ("tcp" or "6") to a port range that covers a remote administration port
#   (SSH 22, RDP 3389, WinRM 5985/5986) or a database port (SQL Server 1433,
#   Oracle 1521, MySQL 3306, PostgreSQL 5432, Redshift 5439, Redis 6379,
#   Cassandra 9042, Elasticsearch 9200/9300, Memcached 11211, MongoDB 27017), or over every protocol ("-1" or
#   "all", which ignores the ports). The network ACL is the subnet's layer of
#   defence under the security groups (EVD-TF-037 and EVD-TF-038 report
#   those): a host is reached only when both admit the traffic, so one
#   misconfigured security group then exposes the port. Rules are evaluated
#   in rule number order and the first match decides: a port is not
#   reported when a rule of the same ACL with a lower number denies it from
#   the same address family's whole range (0.0.0.0/0 or ::/0) over TCP or
#   every protocol, or may do so (a value of that rule is not known
#   statically). A deny of a narrower source range does not count: it
#   leaves the rest of the internet admitted. The rule for return traffic
#   that a stateless ACL needs (TCP 1024-65535 from 0.0.0.0/0) is reported
#   too, as CIS AWS Foundations 5.1 and Security Hub EC2.21 report it: it
#   also admits new connections to RDP and the database ports above 1024.
#   Not reported: UDP, ICMP and
#   other protocols (the services listed are TCP services), egress rules,
#   a rule whose action, protocol, ports or CIDR is not known statically,
#   and the rules of an ACL whose ingress rules are written with a dynamic
#   block. Rules of the terraform-aws-modules/vpc module
#   (default_network_acl_ingress, public_inbound_acl_rules, ...) are not
#   read.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule
# custom:
#   id: EVD-TF-185
#   severity: medium
#   remediation: >-
#     Restrict the rule's cidr_block / ipv6_cidr_block to known administration
#     or application networks, narrow its port range to the ports the subnet
#     serves, or add a deny rule with a lower rule number for the
#     administration and database ports from 0.0.0.0/0 and ::/0 (what a
#     public subnet's return-traffic rule for ports 1024-65535 needs). Reach
#     hosts through AWS Systems Manager Session Manager or a VPN instead.
#   selector:
#     input: terraform
#     resources: [aws_network_acl, aws_default_network_acl, aws_network_acl_rule]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A subnet filter that admits the whole internet to administration and database ports weakens the access control and risk management of the systems holding ePHI.
#     gdpr: Leaving the network layer open to administration and database ports undermines the ongoing confidentiality of the systems that process personal data.
package evident.checks.terraform.network_acl_admin_ports_open

import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.terraform
import data.evident.lib.values

acl_types := {"aws_network_acl", "aws_default_network_acl"}

deny contains f if {
	some rule in entries
	some key, cidr in rule.cidrs
	reported(rule, cidr)
	ports := {port | some port in network.acl_opened(rule); not network.acl_may_deny_first(denies[rule.acl], rule, cidr, port)}
	count(ports) > 0
	f := finding.at(rule.resource, array.concat(rule.path, [key]), finding.format("%s allows ingress from %s to %s", [rule.resource.id, cidr, describe(rule, ports)]))
}

# entries: every ingress rule of a network ACL, in both spellings, as
# {resource, path, acl, number, action, protocol, from, to, cidrs}, where
# `acl` says which ACL the rule belongs to and `cidrs` holds the set CIDR
# arguments; `ingress` is "unknown" for a rule whose direction is not known.
# The resource is kept by id only (a set would hash its whole config).
entries contains rule if {
	some acl in terraform.resources_of(acl_types)
	some i, block in terraform.blocks(acl.config, "ingress")
	rule := entry(acl, ["config", "ingress", i], acl.id, block, "rule_no", "action", true)
}

entries contains rule if {
	some r in terraform.resources("aws_network_acl_rule")
	rule := entry(r, ["config"], acl_key(object.get(r.config, "network_acl_id", null)), r.config, "rule_number", "rule_action", ingress_rule(r.config))
}

entry(r, path, acl, cfg, number_key, action_key, ingress) := {
	"resource": {"id": r.id}, "path": path, "acl": acl, "ingress": ingress,
	"number": object.get(cfg, number_key, null), "action": object.get(cfg, action_key, null),
	"protocol": object.get(cfg, "protocol", null),
	"from": object.get(cfg, "from_port", null), "to": object.get(cfg, "to_port", null),
	"cidrs": {key: cfg[key] | some key in ["cidr_block", "ipv6_cidr_block"]; values.has_key(cfg, key); cfg[key] != null},
}

# ingress_rule(cfg): an aws_network_acl_rule is an ingress rule (egress
# defaults to false); "unknown" when egress cannot be resolved.
ingress_rule(cfg) if values.absent_or_null(cfg, "egress")

else if cfg.egress == false

else := "unknown" if values.is_unknown(cfg.egress)

else := false

# acl_key(id): the ACL an aws_network_acl_rule's network_acl_id names: the
# resource address for a reference to an ACL of the module, else the value
# itself (two rules with the same expression or literal id share an ACL).
acl_key(id) := concat(".", array.slice(split(ref, "."), 0, 2)) if {
	some ref in values.refs(id)
	some type in acl_types
	startswith(ref, concat("", [type, "."]))
} else := id

# reported(rule, cidr): an allow rule from the whole internet whose protocol
# and ports are known, in an ACL whose rules are all known.
reported(rule, cidr) if {
	network.acl_internet_allow(rule, cidr)
	not hidden_rules[rule.acl]
}

# denies[acl]: the ingress rules of an ACL that deny, or may deny (action or
# direction not known).
denies[acl] := [other |
	some other in entries
	other.acl == acl
	other.ingress != false
	network.acl_may_deny(other)
] if {
	some rule in entries
	acl := rule.acl
}

# hidden_rules[acl]: the ACL has ingress rules whose content is not known (a
# dynamic ingress block, or ingress set from a variable).
hidden_rules[acl.id] := true if {
	some acl in terraform.resources_of(acl_types)
	terraform.dynamic(acl.config, "ingress")
}

hidden_rules[acl.id] := true if {
	some acl in terraform.resources_of(acl_types)
	values.is_unknown(acl.config.ingress)
}

# describe(rule, ports): the ports for the message.
describe(rule, ports) := network.acl_describe_ports(rule, ports, protocol_text(rule.protocol))

protocol_text(p) := "all" if p == "all"

else := "-1"
