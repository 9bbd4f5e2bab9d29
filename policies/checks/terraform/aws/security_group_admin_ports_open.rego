# METADATA
# title: Security group opens SSH, RDP or WinRM to the internet
# description: >-
#   An ingress rule (inline ingress block of aws_security_group,
#   aws_security_group_rule, or aws_vpc_security_group_ingress_rule) allows
#   0.0.0.0/0 or ::/0 (any CIDR of prefix length 0) to reach port 22 (SSH), 3389 (RDP) or 5985/5986 (WinRM), directly, through a
#   port range or with protocol "-1" (all traffic). Remote administration ports
#   open to the internet are continuously brute-forced and give direct access
#   to the hosts that process the data.
# related_resources:
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13
# custom:
#   id: EVD-TF-037
#   severity: high
#   remediation: >-
#     Restrict the rule to known administration networks, or remove it and use
#     AWS Systems Manager Session Manager or a bastion reachable only over VPN.
#   selector:
#     input: terraform
#     resources: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Limiting network access to systems holding ePHI is part of access control and risk management.
#     gdpr: Network exposure of administration ports undermines the ongoing confidentiality of processing systems.
package evident.checks.terraform.security_group_admin_ports_open

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.network

names := network.admin_ports

deny contains f if {
	some rule in aws.ingress_rules
	ports := aws.exposed(rule, {p | some p, _ in names})
	count(ports) > 0
	f := finding.at(rule.resource, rule.path, finding.format("%s allows ingress from %s to %s", [rule.resource.id, rule.cidr, aws.describe_ports(ports, names)]))
}
