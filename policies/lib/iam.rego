# METADATA
# title: AWS IAM helpers
# description: >-
#   What makes an IAM grant administrator access, as the Terraform and
#   CloudFormation IAM checks judge it. Format-neutral: the format libraries
#   and checks decide where the policy documents and ARNs are written.
# custom:
#   library: true
package evident.lib.iam

# admin_action(actions): "*" when a statement's actions (a list) include every
# action, else "iam:*" when they include every IAM action (action names are
# case-insensitive), which can attach AdministratorAccess to itself.
# Undefined otherwise.
admin_action(actions) := "*" if "*" in actions

else := "iam:*" if {
	some action in actions
	is_string(action)
	lower(action) == "iam:*"
}

# administrator_access_suffix: the ARN of the AWS managed policy
# AdministratorAccess after its partition.
administrator_access_suffix := ":iam::aws:policy/AdministratorAccess"

# administrator_access_arn(v): the ARN of AdministratorAccess in any
# partition (aws, aws-cn, aws-us-gov, …).
administrator_access_arn(v) if {
	is_string(v)
	startswith(v, "arn:aws")
	endswith(v, administrator_access_suffix)
}
