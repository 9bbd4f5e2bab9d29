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
#   account-level default that then applies). An AMI registered with
#   ImdsSupport v2.0 (Amazon Linux 2023, for one) also requires tokens when
#   they are left out; the AMI is not known from the code, so set
#   http_tokens explicitly.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
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
