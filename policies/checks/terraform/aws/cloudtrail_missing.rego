# METADATA
# title: Root module with AWS resources declares no CloudTrail trail
# description: >-
#   A root module (one that configures provider "aws") creates AWS resources
#   but declares no aws_cloudtrail, so nothing in the code guarantees that API
#   activity on those resources (who read, changed or deleted what) is
#   recorded beyond the 90-day event history. Child modules are not reported:
#   modules without a provider "aws" block, and modules that another scanned
#   module calls through a local source, even when they declare a provider
#   block (an alias-only proxy block, or a legacy child that configures its
#   own). Neither is a module that calls a module whose name or source mentions
#   trail, or a scanned local module that declares aws_cloudtrail or a CloudTrail
#   Lake event data store. Organisations that run an organisation trail from a separate
#   security account can disable this check. A declared trail counts even
#   when it is stopped (enable_logging = false): EVD-TF-043 reports that
#   trail, at enable_logging.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html
# custom:
#   id: EVD-TF-042
#   severity: medium
#   remediation: >-
#     Declare an aws_cloudtrail with is_multi_region_trail = true,
#     enable_log_file_validation = true and kms_key_id, delivering to a
#     dedicated bucket; or document the organisation trail and disable this
#     check in .evident.yml.
#   selector:
#     input: terraform
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.5(2)", "Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record activity in systems that contain ePHI; CloudTrail is that record for AWS.
#     gdpr: An activity record of the systems processing personal data is how the controller demonstrates compliance.
package evident.checks.terraform.cloudtrail_missing

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

# The provider block the finding points at: the default aws provider, else the first aliased one.
root_provider := sort([p.id | some p in input.providers; p.name == "aws"])[0]

deny contains f if {
	root_provider
	not input.callers
	creates_aws_resources
	count(terraform.resources("aws_cloudtrail")) == 0
	not aws.trail_module_called
	f := {"resource": root_provider, "msg": finding.format("module %s configures provider \"aws\" and creates AWS resources but declares no aws_cloudtrail", [input.path])}
}

# A complete rule: tested once, not once per resource (with one message formatted for each).
creates_aws_resources if {
	some r in input.resources
	r.mode == "managed"
	startswith(r.type, "aws_")
	not terraform.never_created(r)
}
