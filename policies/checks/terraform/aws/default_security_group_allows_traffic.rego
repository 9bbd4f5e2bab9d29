# METADATA
# title: VPC default security group allows traffic
# description: >-
#   An aws_default_security_group declares an ingress or egress rule (an
#   inline block, or an element of an ingress or egress list), or a standalone
#   rule (aws_security_group_rule, aws_vpc_security_group_ingress_rule or
#   aws_vpc_security_group_egress_rule) is added to the default group
#   (security_group_id = aws_default_security_group.x.id or
#   aws_vpc.x.default_security_group_id). Every instance, database, cache or
#   endpoint launched in the VPC without a security group of its own gets the
#   default group, so its rules reach resources nobody chose them for; AWS
#   recommends a default group without any rule. A VPC whose default group the
#   code does not declare is not reported (AWS gives it rules, but the code
#   does not say whether they were removed elsewhere). A dynamic rule block is
#   reported when its for_each is a literal non-empty list or map (it makes at
#   least one rule), not when for_each is unknown or empty.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group
# custom:
#   id: EVD-TF-225
#   severity: medium
#   remediation: >-
#     Declare aws_default_security_group { vpc_id = aws_vpc.<name>.id } with no
#     ingress or egress blocks (Terraform then removes every rule of the
#     default group), and give each resource an aws_security_group of its own
#     with the rules it needs.
#   selector:
#     input: terraform
#     resources: [aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, aws_vpc_security_group_egress_rule]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.308(a)(4)(i)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A closed default group keeps network paths to systems holding ePHI limited to those explicitly authorized for them.
#     gdpr: Traffic no one chose to allow undermines the ongoing confidentiality of processing systems.
package evident.checks.terraform.default_security_group_allows_traffic

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some sg in terraform.resources("aws_default_security_group")
	some direction in ["ingress", "egress"]
	some i, _ in terraform.blocks(sg.config, direction)
	path := array.concat(["config"], terraform.block_path(sg.config, direction, i))
	f := finding.at(sg, path, finding.format("%s declares an %s rule: the VPC's default security group, given to every resource launched without one, allows traffic", [sg.id, direction]))
}

deny contains f if {
	some sg in terraform.resources("aws_default_security_group")
	some direction in ["ingress", "egress"]
	some block in terraform.dynamic_blocks(sg.config, direction)
	terraform.expands(block.for_each)
	f := finding.of(sg, finding.format("%s declares %s rules in a dynamic block: the VPC's default security group, given to every resource launched without one, allows traffic", [sg.id, direction]))
}

deny contains f if {
	some rule in terraform.resources_of(["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"])
	default_group(rule.config.security_group_id)
	f := finding.at(rule, ["config", "security_group_id"], finding.format("%s adds a rule to the VPC's default security group, given to every resource launched without one", [rule.id]))
}

# default_group(v): v refers to a VPC's default security group: an
# aws_default_security_group, or the default_security_group_id of an aws_vpc.
default_group(v) if {
	some ref in values.refs(v)
	startswith(ref, "aws_default_security_group.")
}

default_group(v) if {
	some ref in values.refs(v)
	startswith(ref, "aws_vpc.")
	endswith(ref, ".default_security_group_id")
}
