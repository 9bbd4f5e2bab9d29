# METADATA
# title: Security group opens an administration or database port to the internet
# description: >-
#   An ingress rule allows 0.0.0.0/0 or ::/0 to reach SSH, RDP, WinRM or a
#   database port (PostgreSQL, MySQL, SQL Server, Oracle, Redshift, MongoDB,
#   Redis, Memcached, Cassandra, Elasticsearch), or allows every protocol. Rules are read inline
#   (AWS::EC2::SecurityGroup SecurityGroupIngress) and as standalone
#   AWS::EC2::SecurityGroupIngress resources; ports from parameters without a
#   default are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html
# custom:
#   id: EVD-CFN-019
#   severity: high
#   remediation: >-
#     Restrict CidrIp/CidrIpv6 to known ranges or reference a source security
#     group; reach administration ports through SSM Session Manager or a VPN.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::SecurityGroup, AWS::EC2::SecurityGroupIngress]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Administration and database ports of systems with ePHI reachable from anywhere defeat access control and transmission security.
#     gdpr: Exposing the systems that process personal data to the whole internet breaks data protection by default and ongoing confidentiality.
package evident.checks.cloudformation.security_group_open_admin_port

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.network

deny contains f if {
	some rule in cfn.ingress_rules
	rule.all
	f := finding.at(rule.resource, rule.path, finding.format("%s allows every protocol and port from %s", [rule.resource.id, rule.cidr]))
}

deny contains f if {
	some rule in cfn.ingress_rules
	not rule.all
	rule.tcp
	ports := network.sensitive_between(rule.from, rule.to)
	count(ports) > 0
	f := finding.at(rule.resource, rule.path, finding.format("%s allows %s to port %s", [rule.resource.id, rule.cidr, network.describe_ports(ports)]))
}
