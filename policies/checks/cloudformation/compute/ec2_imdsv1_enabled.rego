# METADATA
# title: EC2 instance metadata accepts IMDSv1 (no session token required)
# description: >-
#   An AWS::EC2::Instance or AWS::AutoScaling::LaunchConfiguration
#   (MetadataOptions) or an AWS::EC2::LaunchTemplate
#   (LaunchTemplateData.MetadataOptions) leaves HttpTokens
#   at "optional", by setting it or by leaving it out (the EC2 API's
#   default). The instance metadata service then answers plain GET requests
#   without a session token, so a server-side request forgery in any
#   application on the instance can read the instance role's temporary
#   credentials, and with them the buckets and databases that role can
#   reach. Not reported: HttpEndpoint "disabled" (no metadata service at
#   all), values from parameters without a default or conditions, and
#   settings an instance leaves out when it is launched from a launch
#   template (whose own options are checked, and apply). Nor are settings
#   left out on an Amazon Linux 2023 image, whose AMIs are registered with
#   ImdsSupport v2.0 so that instances launched from them require tokens by
#   default (the Amazon Linux 2023 guide, "IMDSv2"; the EC2 API's HttpTokens
#   default), when the template shows the image: ImageId is a dynamic
#   reference to a public Amazon Linux 2023 parameter
#   ({{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami…}}), or a
#   Ref to a parameter of type
#   AWS::SSM::Parameter::Value<AWS::EC2::Image::Id> whose Default is such a
#   parameter name. HttpTokens set to optional is still reported on them. An
#   account-level default of optional would prevail over the AMI, and any
#   other AMI is not known from the template, so set HttpTokens explicitly.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
#   - ref: https://docs.aws.amazon.com/linux/al2023/ug/imdsv2.html
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html
# custom:
#   id: EVD-CFN-076
#   severity: medium
#   remediation: >-
#     Set MetadataOptions HttpTokens to required (and HttpPutResponseHopLimit
#     to 1, or 2 for containers).
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: The instance role's credentials open ePHI stores; an unauthenticated metadata service lets any request forgery take them, outside access control.
#     gdpr: Requiring session tokens closes a known path to the credentials that guard personal data, protecting the confidentiality of processing.
package evident.checks.cloudformation.ec2_imdsv1_enabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# settings: [resource, holder, path] for each instance, launch template or launch
# configuration: the properties that hold its metadata options, and the path to them. An
# array: a set would hash every whole resource put in it.
settings := [[r, holder, path] |
	some r in cfn.resources_of(["AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::Instance"])
	[holder, path] := metadata_holder(r)
]

# metadata_holder(r): [holder, path] of a resource's metadata options. An instance launched
# from a launch template takes the options it leaves out from the template, which is
# checked itself.
metadata_holder(r) := [r.properties.LaunchTemplateData, ["properties", "LaunchTemplateData"]] if {
	r.type == "AWS::EC2::LaunchTemplate"
	values.known_object(r.properties.LaunchTemplateData)
}

metadata_holder(r) := [r.properties, ["properties"]] if r.type == "AWS::AutoScaling::LaunchConfiguration"

metadata_holder(r) := [r.properties, ["properties"]] if {
	r.type == "AWS::EC2::Instance"
	not values.has_key(r.properties, "LaunchTemplate")
}

deny contains f if {
	some [r, holder, _] in settings
	not values.has_key(holder, "MetadataOptions")
	not al2023_image(holder)
	f := finding.of(r, finding.format("%s does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)", [r.id]))
}

deny contains f if {
	some [r, holder, path] in settings
	options := holder.MetadataOptions
	values.known_object(options)
	endpoint_enabled(options)
	options.HttpTokens == "optional"
	f := finding.at(r, array.concat(path, ["MetadataOptions", "HttpTokens"]), finding.format("%s sets HttpTokens to optional: the metadata service answers IMDSv1 requests without a session token", [r.id]))
}

deny contains f if {
	some [r, holder, path] in settings
	options := holder.MetadataOptions
	values.known_object(options)
	endpoint_enabled(options)
	values.absent_or_null(options, "HttpTokens")
	not al2023_image(holder)
	f := finding.at(r, array.concat(path, ["MetadataOptions"]), finding.format("%s does not set HttpTokens in MetadataOptions (it defaults to optional)", [r.id]))
}

# endpoint_enabled(options): the metadata service is on, by default or explicitly.
endpoint_enabled(options) if values.absent_or_null(options, "HttpEndpoint")

endpoint_enabled(options) if options.HttpEndpoint == "enabled"

# al2023_image(holder): the ImageId of an instance, launch template or launch configuration
# names an Amazon Linux 2023 image, whose AMIs are registered with ImdsSupport v2.0
# (HttpTokens left out then defaults to required): a dynamic reference to one of the public
# AL2023 parameters, or a Ref to an SSM-typed parameter whose Default names one (the
# resolver leaves such a Ref unknown: its value is read from SSM at deploy time).
al2023_image(holder) if {
	is_string(holder.ImageId)
	startswith(holder.ImageId, concat("", ["{{resolve:ssm:", al2023_parameter_prefix]))
}

al2023_image(holder) if {
	refs := values.refs(holder.ImageId)
	count(refs) > 0
	every ref in refs {
		ref in al2023_parameters
	}
}

al2023_parameter_prefix := "/aws/service/ami-amazon-linux-latest/al2023-ami"

# al2023_parameters: the template's SSM-typed parameters whose Default is a public Amazon
# Linux 2023 AMI parameter.
al2023_parameters contains parameter.id if {
	some parameter in cfn.parameters
	parameter.type in {"AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "AWS::SSM::Parameter::Value<String>"}
	is_string(parameter.default)
	startswith(parameter.default, al2023_parameter_prefix)
}
