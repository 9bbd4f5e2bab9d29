# METADATA
# title: EMR block public access is turned off or widened
# description: >-
#   An aws_emr_block_public_access_configuration sets
#   block_public_security_group_rules = false, or permits public rules
#   (permitted_public_security_group_rule_range) on ports other than 22. The
#   account-level setting is what stops an EMR cluster from starting with a
#   security group that admits 0.0.0.0/0 or ::/0; turned off or widened, the
#   master and core nodes of clusters that process data lake extracts can be
#   started open to the internet on the ports of Hadoop, Spark, Hive and
#   Jupyter, whose web interfaces have no authentication by default. EMR turns
#   it on, with port 22 as the only exception, in every Region; declaring the
#   resource is how code turns it off. Not reported: values from variables.
# related_resources:
#   - ref: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_block_public_access_configuration
# custom:
#   id: EVD-TF-288
#   severity: medium
#   remediation: >-
#     Set block_public_security_group_rules = true and keep at most port 22 as a
#     permitted range (better none: reach the nodes through Session Manager or a
#     bastion).
#   selector:
#     input: terraform
#     resources: [aws_emr_block_public_access_configuration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: The account-wide guard keeps clusters that process ePHI from being exposed to the internet, limiting access to authorized users.
#     gdpr: Keeping processing systems off the internet supports their ongoing confidentiality.
package evident.checks.terraform.emr_block_public_access_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some setting in terraform.resources("aws_emr_block_public_access_configuration")
	values.false_value(setting.config.block_public_security_group_rules)
	f := finding.at(setting, ["config", "block_public_security_group_rules"], finding.format("%s turns EMR block public access off: clusters may start with security groups open to the internet", [setting.id]))
}

deny contains f if {
	some setting in terraform.resources("aws_emr_block_public_access_configuration")
	not values.false_value(setting.config.block_public_security_group_rules)
	some i, range in terraform.blocks(setting.config, "permitted_public_security_group_rule_range")
	is_number(range.min_range)
	is_number(range.max_range)
	not ssh_only(range)
	f := finding.at(setting, ["config", "permitted_public_security_group_rule_range", i], finding.format("%s permits security group rules open to the internet on ports %d-%d", [setting.id, range.min_range, range.max_range]))
}

ssh_only(range) if {
	range.min_range == 22
	range.max_range == 22
}
