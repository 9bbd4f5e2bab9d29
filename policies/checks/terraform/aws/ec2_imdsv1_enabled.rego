# METADATA
# title: EC2 instance metadata accepts IMDSv1 (no session token required)
# description: >-
#   An aws_instance, aws_launch_template or aws_launch_configuration leaves
#   metadata_options http_tokens at "optional", by setting it or by leaving
#   it out (the provider's and the EC2 API's default). The instance metadata
#   service then answers plain GET requests without a session token, so a
#   server-side request forgery in any application on the instance can read
#   the instance role's temporary credentials, and with them the buckets and
#   databases that role can reach. Not reported: http_endpoint "disabled" (no
#   metadata service at all), a dynamic metadata_options block or values from
#   variables, and settings left out in a module that also declares
#   aws_ec2_instance_metadata_defaults with http_tokens "required" (the
#   account-level default that then applies). Nor are settings left out on
#   an Amazon Linux 2023 image, whose AMIs are registered with ImdsSupport
#   v2.0 so that instances launched from them require tokens by default (the
#   Amazon Linux 2023 guide, "IMDSv2"; the EC2 API's HttpTokens default), when
#   the code shows the image: ami (image_id) is a data aws_ami owned by
#   Amazon ("amazon" or 137112412989, in owners or an owner-alias filter)
#   whose "name" filter values all start with "al2023-ami", a data
#   aws_ssm_parameter named under
#   /aws/service/ami-amazon-linux-latest/al2023-ami, or
#   "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami…". Such an
#   image is still reported when the module sets
#   aws_ec2_instance_metadata_defaults http_tokens to "optional" (which then
#   prevails over the AMI) and when http_tokens is set to "optional". Any
#   other AMI is not known from the code, so set http_tokens explicitly.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
#   - ref: https://docs.aws.amazon.com/linux/al2023/ug/imdsv2.html
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options
# custom:
#   id: EVD-TF-199
#   severity: medium
#   remediation: >-
#     Add metadata_options { http_tokens = "required" } (and a low
#     http_put_response_hop_limit, 1 or 2 for containers), or require IMDSv2
#     account-wide with aws_ec2_instance_metadata_defaults.
#   selector:
#     input: terraform
#     resources: [aws_instance, aws_launch_template, aws_launch_configuration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: The instance role's credentials open ePHI stores; an unauthenticated metadata service lets any request forgery take them, outside access control.
#     gdpr: Requiring session tokens closes a known path to the credentials that guard personal data, protecting the confidentiality of processing.
package evident.checks.terraform.ec2_imdsv1_enabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

instance_types := {"aws_instance", "aws_launch_template", "aws_launch_configuration"}

deny contains f if {
	some r in terraform.resources_of(instance_types)
	not terraform.has_block(r.config, "metadata_options")
	not from_launch_template(r)
	not account_requires_tokens
	not image_requires_tokens(r)
	f := finding.of(r, finding.format("%s does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")", [r.id]))
}

deny contains f if {
	some r in terraform.resources_of(instance_types)
	some i, options in terraform.blocks(r.config, "metadata_options")
	options.http_tokens == "optional"
	endpoint_enabled(options)
	f := finding.at(r, ["config", "metadata_options", i, "http_tokens"], finding.format("%s sets http_tokens to \"optional\": the metadata service answers IMDSv1 requests without a session token", [r.id]))
}

deny contains f if {
	some r in terraform.resources_of(instance_types)
	some i, options in terraform.blocks(r.config, "metadata_options")
	values.absent_or_null(options, "http_tokens")
	endpoint_enabled(options)
	not from_launch_template(r)
	not account_requires_tokens
	not image_requires_tokens(r)
	f := finding.at(r, ["config", "metadata_options", i], finding.format("%s does not set http_tokens in metadata_options (it defaults to \"optional\")", [r.id]))
}

# endpoint_enabled(options): the metadata service is on, by default or explicitly.
endpoint_enabled(options) if values.absent_or_null(options, "http_endpoint")

endpoint_enabled(options) if options.http_endpoint == "enabled"

# from_launch_template(r): an aws_instance launched from a launch template, whose metadata
# options (checked on the template itself) apply where the instance leaves them out.
from_launch_template(r) if terraform.has_block(r.config, "launch_template")

# account_requires_tokens: the module sets the region's account-level default to IMDSv2 only,
# which applies to instances that do not set http_tokens themselves.
account_requires_tokens if {
	some defaults in terraform.resources("aws_ec2_instance_metadata_defaults")
	defaults.config.http_tokens == "required"
}

account_requires_tokens if {
	some defaults in terraform.resources("aws_ec2_instance_metadata_defaults")
	values.is_unknown(defaults.config.http_tokens)
}

# image_requires_tokens(r): the instance's image is Amazon Linux 2023, whose AMIs are
# registered with ImdsSupport v2.0: launched without http_tokens, the instance requires
# tokens, unless the account-level default is "optional" (which prevails over the AMI).
image_requires_tokens(r) if {
	al2023_image(image(r))
	not account_allows_optional
}

# image(r): the AMI argument of an instance (ami) or a launch template or configuration (image_id).
image(r) := r.config.ami if r.type == "aws_instance"

else := r.config.image_id

# al2023_image(v): an AMI argument that names an Amazon Linux 2023 image: EC2's
# resolve:ssm: form of a public AL2023 parameter, or a reference to nothing but
# AL2023 data sources (data.aws_ami.x.id, data.aws_ssm_parameter.x.value, also
# inside a function such as nonsensitive()).
al2023_image(v) if {
	is_string(v)
	startswith(v, concat("", ["resolve:ssm:", al2023_parameter_prefix]))
}

al2023_image(v) if {
	refs := values.refs(v)
	count(refs) > 0
	every ref in refs {
		al2023_ref(ref)
	}
}

al2023_parameter_prefix := "/aws/service/ami-amazon-linux-latest/al2023-ami"

al2023_ref(ref) if {
	some attr in ["id", "image_id"]
	some source in al2023_amis
	ref == concat(".", [source, attr])
}

al2023_ref(ref) if {
	some attr in ["value", "insecure_value"]
	some source in al2023_parameters
	ref == concat(".", [source, attr])
}

# al2023_amis: the ids of data aws_ami sources that can only find an Amazon Linux 2023 AMI
# published by Amazon: every value of the "name" filter starts with al2023-ami, and the
# owner is Amazon (an image of that name from any other owner is not known to require tokens).
al2023_amis contains r.id if {
	some r in input.resources
	r.mode == "data"
	r.type == "aws_ami"
	some name_filter in terraform.blocks(r.config, "filter")
	name_filter.name == "name"
	al2023_names(name_filter.values)
	amazon_owned(r.config)
}

al2023_names(names) if {
	is_array(names)
	count(names) > 0
	every name in names {
		is_string(name)
		startswith(name, "al2023-ami")
	}
}

amazon_owners := {"amazon", "137112412989"}

amazon_owned(cfg) if {
	is_array(cfg.owners)
	count(cfg.owners) > 0
	every owner in cfg.owners {
		owner in amazon_owners
	}
}

amazon_owned(cfg) if {
	some owner_filter in terraform.blocks(cfg, "filter")
	owner_filter.name == "owner-alias"
	owner_filter.values == ["amazon"]
}

# al2023_parameters: the ids of data aws_ssm_parameter sources that read one of the public
# Amazon Linux 2023 AMI parameters.
al2023_parameters contains r.id if {
	some r in input.resources
	r.mode == "data"
	r.type == "aws_ssm_parameter"
	is_string(r.config.name)
	startswith(r.config.name, al2023_parameter_prefix)
}

# account_allows_optional: the module sets the account-level default to "optional", which
# prevails over the AMI's ImdsSupport.
account_allows_optional if {
	some defaults in terraform.resources("aws_ec2_instance_metadata_defaults")
	defaults.config.http_tokens == "optional"
}
