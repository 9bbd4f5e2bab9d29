# METADATA
# title: AMI or SSM document is shared with every AWS account
# description: >-
#   A machine image or a Systems Manager document is made public: an
#   aws_ami_launch_permission with group = "all", an
#   aws_imagebuilder_distribution_configuration whose
#   ami_distribution_configuration launch_permission lists "all" in
#   user_groups (every AMI the pipeline distributes becomes public), or an
#   aws_ssm_document whose permissions map lists All among its account_ids
#   (a comma-separated list, in any case: the API accepts all as well as
#   All). Every AWS account can then launch the image, which carries
#   whatever was on the disk it was made from (application code,
#   configuration, keys and credentials, and the data files of the
#   instance; EC2 makes public only images without encrypted volumes), or
#   read the document, which holds the commands run on the hosts that
#   process the data and, against AWS's advice for shared documents,
#   sometimes credentials or the names of the stores they reach. A public
#   document is rated as high as a public image: both publish how the
#   systems that handle personal data are built to anyone, and a credential
#   in either opens the systems themselves. Sharing with named accounts, an
#   organization or an organizational unit is not reported, nor is a value
#   that is not known statically (a variable, a dynamic block). The finding
#   does not depend on the account-level settings that refuse public
#   sharing (block public access for AMIs, on by default in new accounts,
#   and the SSM block public sharing setting, off by default): the code
#   asks for a public share, which either fails or exposes the image or
#   document wherever the setting is off. Not judged: EBS snapshots, which
#   Terraform cannot share publicly (aws_snapshot_create_volume_permission
#   takes only an account id), and RDS snapshots shared with all
#   (EVD-TF-036).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html
#   - ref: https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-before-you-share.html
#   - ref: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ModifyDocumentPermission.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ami_launch_permission
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/imagebuilder_distribution_configuration#launch_permission
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_document#permissions
# custom:
#   id: EVD-TF-216
#   severity: high
#   remediation: >-
#     Share the AMI with the accounts that need it (account_id, or
#     organization_arn / organizational_unit_arn; user_ids or
#     organization_arns in an Image Builder launch_permission) instead of
#     group "all", and list account ids in an SSM document's permissions
#     instead of All. Keep the account-level guards on in every region:
#     aws_ec2_image_block_public_access with state = "block-new-sharing", and
#     the SSM setting /ssm/documents/console/public-sharing-permission set to
#     Disable (aws_ssm_service_setting).
#   selector:
#     input: terraform
#     resources: [aws_ami_launch_permission, aws_imagebuilder_distribution_configuration, aws_ssm_document]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A disk image can hold ePHI and the credentials of the systems that process it, and an SSM document the commands and secrets that run them; sharing either with every AWS account authorizes anyone.
#     gdpr: Data protection by default means the images and runbooks of the systems that process personal data are not made available to an indefinite number of people.
package evident.checks.terraform.aws_image_or_document_shared_publicly

import data.evident.lib.finding
import data.evident.lib.terraform

# An AMI launch permission for the group "all" (the only group there is).
deny contains f if {
	some r in terraform.resources("aws_ami_launch_permission")
	is_string(r.config.group)
	lower(r.config.group) == "all"
	f := finding.at(r, ["config", "group"], finding.format("%s lets every AWS account launch the AMI (group = \"all\")", [r.id]))
}

# An Image Builder distribution that makes the AMIs it distributes public.
deny contains f if {
	some r in terraform.resources("aws_imagebuilder_distribution_configuration")
	some i, distribution in terraform.blocks(r.config, "distribution")
	some j, ami in terraform.blocks(distribution, "ami_distribution_configuration")
	some k, permission in terraform.blocks(ami, "launch_permission")
	is_array(permission.user_groups)
	some n, group in permission.user_groups
	is_string(group)
	lower(group) == "all"
	path := ["config", "distribution", i, "ami_distribution_configuration", j, "launch_permission", k, "user_groups", n]
	f := finding.at(r, path, finding.format("%s makes the AMIs it distributes public (launch_permission user_groups contains \"all\")", [r.id]))
}

# An SSM document shared with All accounts. account_ids is one string, the
# account ids separated by commas (the provider splits it).
deny contains f if {
	some r in terraform.resources("aws_ssm_document")
	ids := r.config.permissions.account_ids
	is_string(ids)
	some id in split(ids, ",")
	lower(trim_space(id)) == "all"
	f := finding.at(r, ["config", "permissions", "account_ids"], finding.format("%s shares the document with every AWS account (permissions account_ids = \"%s\")", [r.id, ids]))
}
