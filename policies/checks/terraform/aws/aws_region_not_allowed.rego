# METADATA
# title: AWS resources are placed in a region outside the allowed list
# description: >-
#   Data residency (GDPR Chapter V). When .evident.yml lists
#   gdpr.allowedRegions, an aws provider configuration whose region is known
#   and not in the list is reported when resources or module calls of the
#   module use it (the default provider, provider = aws.<alias>, or a module
#   call's providers = { aws = aws.<alias> }; a call without providers
#   inherits the default one; the resources a modelled registry module call
#   creates count as that call), and so is a resource whose own region
#   argument (AWS provider v6) is outside the list.
#   Storing personal data in such a region is a transfer to a third country
#   that needs an adequacy decision or other safeguards. Nothing is reported
#   when the list is absent or empty, or when the region is unknown (a
#   variable without value, the AWS_REGION environment variable, a child
#   module inheriting its provider).
# related_resources:
#   - ref: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
# custom:
#   id: EVD-TF-059
#   severity: high
#   remediation: >-
#     Deploy to an allowed region, or, if the transfer is intended and covered
#     by an adequacy decision or appropriate safeguards (Art. 45/46), add the
#     region to gdpr.allowedRegions and record the transfer in the record of
#     processing activities.
#   selector:
#     input: terraform
#   controls:
#     gdpr: ["Art.44", "Art.45"]
#   rationale:
#     gdpr: Personal data stored in a region outside the allow-list is transferred to a third country, which Chapter V only permits on the basis of an adequacy decision or safeguards.
package evident.checks.terraform.aws_region_not_allowed

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	aws.residency_enforced
	some provider in input.providers
	provider.name == "aws"
	region := provider.config.region
	aws.region_disallowed(region)
	users := [r |
		some r in input.resources
		r.mode == "managed"
		not terraform.never_created(r)
		provider.id == concat(".", ["provider", r.provider])
		not values.has_key(r.config, "region")
		not r.created_by
	]
	calls := [m | some m in input.modules; passes_provider(m, provider)]
	count(users) + count(calls) > 0
	msg := finding.format("%s puts %d resource(s) and %d module call(s) in %s, outside the allowed regions (%s)", [provider.id, count(users), count(calls), region, aws.allowed_list])
	f := finding.at(provider, ["config", "region"], msg)
}

# A module call inherits the default aws provider unless it passes providers
# explicitly. In a plan, child module resources are listed themselves.
passes_provider(m, provider) if {
	not input.format == "plan"
	provider.id == "provider.aws"
	not values.has_key(m.config, "providers")
}

passes_provider(m, provider) if {
	not input.format == "plan"
	some passed in m.config.providers
	some ref in values.refs(passed)
	provider.id == concat(".", ["provider", ref])
}

deny contains f if {
	aws.residency_enforced
	some r in input.resources
	r.mode == "managed"
	startswith(r.type, "aws_")
	not terraform.never_created(r)
	aws.region_disallowed(r.config.region)
	f := finding.at(r, ["config", "region"], finding.format("%s is placed in %s, outside the allowed regions (%s)", [r.id, r.config.region, aws.allowed_list]))
}
