# METADATA
# title: GCP workload identity pool accepts a CI service's tokens without naming the owner
# description: >-
#   A google_iam_workload_identity_pool_provider trusts the OIDC tokens of
#   GitHub Actions (https://token.actions.githubusercontent.com), GitLab.com
#   (https://gitlab.com) or HCP Terraform (https://app.terraform.io) with no
#   attribute_condition (Google: "if unspecified, all valid authentication
#   credentials are accepted"), or with one that tests no claim naming the
#   owner: the repository owner, repository or subject (GitHub:
#   repository_owner, repository_owner_id, repository, repository_id, sub,
#   workflow_ref, job_workflow_ref, enterprise), the group or project (GitLab:
#   namespace_path, namespace_id, project_path, project_id, sub,
#   ci_config_ref_uri) or the organization, project or workspace (HCP
#   Terraform), directly (assertion.repository_owner) or through an attribute
#   the attribute_mapping builds from one (attribute.repository,
#   google.subject). One issuer signs the tokens of every customer of the
#   service, so anyone's workflow can then exchange its token for a federated
#   identity of the pool; what it may then do depends on the IAM bindings to the
#   pool's principals, which Google asks not to be the only safeguard. Not
#   reported: disabled providers, other issuers (an identity provider of one's
#   own, AWS or SAML providers), conditions that test an owner claim (even one
#   that is not strict: a condition is read for the claims it names, not
#   evaluated), and conditions, mappings or issuers that are not known.
# related_resources:
#   - ref: https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines#conditions
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/iam_workload_identity_pool_provider
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-google-cloud-platform
# custom:
#   id: EVD-TF-256
#   severity: high
#   remediation: >-
#     Set attribute_condition to a test of the owner, e.g. "assertion.repository_owner
#     == 'acme-health'" (GitHub; better, repository_owner_id), "assertion.namespace_path
#     == 'acme-health'" (GitLab) or "assertion.terraform_organization_name ==
#     'acme-health'" (HCP Terraform), and bind roles to principals of the
#     repositories that need them.
#   selector:
#     input: terraform
#     resources: [google_iam_workload_identity_pool_provider]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.312(d)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs, and the entity must verify who seeks access; a token any GitHub user can obtain authenticates no one.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people, here every user of a public CI service.
package evident.checks.terraform.gcp_workload_identity_ci_provider_open

import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some p in ci_providers
	values.absent_or_null(p.provider.config, "attribute_condition")
	f := finding.of(p.provider, message(p, "without an attribute_condition"))
}

deny contains f if {
	some p in ci_providers
	condition := p.provider.config.attribute_condition
	is_string(condition)
	mapping := known_mapping(p.provider.config)
	not tests_owner(condition, mapping, p.host)
	gap := gap_text(condition, iam.ci_issuers[p.host].owner)
	f := finding.at(p.provider, ["config", "attribute_condition"], message(p, gap))
}

# ci_providers: the enabled providers of the module whose OIDC issuer is a CI
# service's, with that issuer (a key of iam.ci_issuers).
ci_providers := [{"provider": r, "host": host} |
	some r in terraform.resources("google_iam_workload_identity_pool_provider")
	disabled := object.get(r.config, "disabled", false)
	not values.true_value(disabled)
	not values.is_unknown(disabled)
	some oidc in terraform.blocks(r.config, "oidc")
	host := iam.issuer_of_url(oidc.issuer_uri)
]

message(p, gap) := finding.format("%s accepts %s tokens (%s) %s: %s can sign in to the pool", [p.provider.id, iam.ci_issuers[p.host].service, p.host, gap, iam.ci_issuers[p.host].anyone])

gap_text(condition, _) := "with an empty attribute_condition" if trim_space(condition) == ""

gap_text(condition, owner) := concat("", ["with an attribute_condition that tests no claim naming the ", owner, " (", condition, ")"]) if {
	trim_space(condition) != ""
}

# known_mapping(cfg): the attribute_mapping ({} when absent), when it is known in full.
known_mapping(cfg) := {} if values.absent_or_null(cfg, "attribute_mapping")

else := mapping if {
	mapping := cfg.attribute_mapping
	is_object(mapping)
	not values.is_unknown(mapping)
	every expression in mapping {
		is_string(expression)
	}
}

# tests_owner(condition, mapping, host): the condition names a claim of the
# issuer that identifies an owner, or an attribute (or google.subject) that
# the mapping builds from one.
tests_owner(condition, _, host) if mentions(condition, iam.ci_issuers[host].claims)

tests_owner(condition, mapping, host) if {
	some key, expression in mapping
	regex.match(`^(attribute\.[a-z0-9_]+|google\.subject)$`, key)
	mentions(expression, iam.ci_issuers[host].claims)
	mentions(condition, [key])
}

# mentions(text, names): one of the names occurs in the text as a whole word
# (names hold letters, digits, _ and .; a claim may follow "assertion.").
mentions(text, names) if regex.match(concat("", [`(^|[^A-Za-z0-9_])(`, concat("|", [replace(n, ".", `\.`) | some n in names]), `)([^A-Za-z0-9_]|$)`]), text)
