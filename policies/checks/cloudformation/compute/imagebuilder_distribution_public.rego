# METADATA
# title: Image Builder distribution makes its AMIs public
# description: >-
#   An AWS::ImageBuilder::DistributionConfiguration lists "all" (in any
#   case) among the UserGroups of a distribution's
#   AmiDistributionConfiguration.LaunchPermissionConfiguration: Image Builder
#   then shares every AMI the pipeline distributes to that Region with every
#   AWS account, which can launch the image and read whatever was on the disk
#   it was built from (application code, configuration, keys and
#   credentials, and data files copied in by the build; EC2 makes public
#   only images without encrypted volumes). Sharing with named accounts
#   (UserIds), an organization or an organizational unit
#   (OrganizationArns, OrganizationalUnitArns), and copying the AMI to other
#   accounts (TargetAccountIds) are not reported, nor is a value that is not
#   known statically (a parameter without default, an Fn::If on a
#   condition). The finding does not depend on the account-level block
#   public access setting for AMIs (on by default in new accounts): the
#   template asks for a public share, which either fails or exposes the
#   image wherever the setting is off. CloudFormation has no resource that
#   shares a single AMI or an SSM document, the other parts of the Terraform
#   twin (EVD-TF-216).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-imagebuilder-distributionconfiguration-launchpermissionconfiguration.html
#   - ref: https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LaunchPermissionConfiguration.html
# custom:
#   id: EVD-CFN-086
#   severity: high
#   remediation: >-
#     Share the AMIs with the accounts that need them (UserIds, or
#     OrganizationArns / OrganizationalUnitArns in
#     LaunchPermissionConfiguration) instead of the group "all", and keep
#     block public access for AMIs on in every Region the pipeline
#     distributes to.
#   selector:
#     input: cloudformation
#     resources: [AWS::ImageBuilder::DistributionConfiguration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A disk image can hold ePHI and the credentials of the systems that process it; sharing it with every AWS account authorizes anyone.
#     gdpr: Data protection by default means the images of the systems that process personal data are not made available to an indefinite number of people.
package evident.checks.cloudformation.imagebuilder_distribution_public

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some r in cfn.resources("AWS::ImageBuilder::DistributionConfiguration")
	distributions := r.properties.Distributions
	is_array(distributions)
	some i, distribution in distributions
	groups := distribution.AmiDistributionConfiguration.LaunchPermissionConfiguration.UserGroups
	is_array(groups)
	some n, group in groups
	is_string(group)
	lower(group) == "all"
	path := ["properties", "Distributions", i, "AmiDistributionConfiguration", "LaunchPermissionConfiguration", "UserGroups", n]
	f := finding.at(r, path, finding.format("%s makes the AMIs it distributes public (LaunchPermissionConfiguration UserGroups contains \"all\")", [r.id]))
}
