# METADATA
# title: Module call is not pinned to a version
# description: >-
#   A module call takes its code from the Terraform registry without a version
#   constraint, or from git without a ?ref= (a tag or commit). Every init can
#   then pull different code, so the infrastructure that protects the data
#   (encryption, network rules, logging) can change without a reviewed change
#   to this repository. Local modules (./, ../) are part of the repository and
#   are not reported; they are scanned as modules of their own.
# related_resources:
#   - ref: https://developer.hashicorp.com/terraform/language/modules/sources
# custom:
#   id: EVD-TF-061
#   severity: low
#   remediation: >-
#     Add version = "x.y.z" (or a ~> constraint) to registry modules, and
#     ?ref=<tag or commit SHA> to git sources.
#   selector:
#     input: terraform
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(B)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Pinning the code that builds ePHI systems keeps changes to safeguards under risk management and review.
#     gdpr: Reviewed, reproducible infrastructure code supports the ongoing integrity of processing systems.
package evident.checks.terraform.module_source_unpinned

import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some m in input.modules
	m.source_type == "registry"
	not values.has_key(m.config, "version")
	f := finding.of(m, finding.format("%s uses registry module %s without a version constraint", [m.id, m.source]))
}

deny contains f if {
	some m in input.modules
	m.source_type == "git"
	not contains(m.source, "ref=")
	f := finding.of(m, finding.format("%s uses git module %s without ?ref= (a tag or commit)", [m.id, m.source]))
}
