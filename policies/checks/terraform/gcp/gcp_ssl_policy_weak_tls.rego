# METADATA
# title: GCP SSL policy accepts TLS below 1.2
# description: >-
#   A google_compute_ssl_policy sets min_tls_version to TLS_1_0 or TLS_1_1, or
#   leaves it unset, which gives TLS_1_0. The load balancers that use the policy
#   (target HTTPS and SSL proxies) then accept clients on protocol versions with
#   known weaknesses, on the connections that carry personal data to the
#   service. A policy with profile = "RESTRICTED" is not reported: the cipher
#   suites of that profile exist only in TLS 1.2 and later, so it admits no
#   older client whatever its min_tls_version (CIS GCP 3.9 accepts it too).
#   Neither is a value that cannot be resolved (a variable without a default).
# related_resources:
#   - ref: https://cloud.google.com/load-balancing/docs/ssl-policies-concepts
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy
# custom:
#   id: EVD-TF-175
#   severity: medium
#   remediation: Set min_tls_version = "TLS_1_2" (with profile MODERN or RESTRICTED) after checking that no client still needs TLS 1.0/1.1.
#   selector:
#     input: terraform
#     resources: [google_compute_ssl_policy, google_compute_region_ssl_policy]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Deprecated TLS versions weaken the encryption that protects ePHI in transit to the load balancer.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1)(a) expects; TLS below 1.2 is no longer state of the art.
package evident.checks.terraform.gcp_ssl_policy_weak_tls

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

types := {"google_compute_ssl_policy", "google_compute_region_ssl_policy"}

legacy := {"TLS_1_0", "TLS_1_1"}

deny contains f if {
	some policy in terraform.resources_of(types)
	not restricted(policy.config)
	policy.config.min_tls_version in legacy
	f := finding.at(policy, ["config", "min_tls_version"], finding.format("%s accepts %s (min_tls_version below TLS_1_2)", [policy.id, policy.config.min_tls_version]))
}

deny contains f if {
	some policy in terraform.resources_of(types)
	not restricted(policy.config)
	values.absent_or_null(policy.config, "min_tls_version")
	f := finding.of(policy, finding.format("%s does not set min_tls_version, so it accepts TLS 1.0 (the default, TLS_1_0)", [policy.id]))
}

# restricted(cfg): the RESTRICTED profile, whose cipher suites only TLS 1.2 and later offer; an
# unresolved profile counts too (it may be RESTRICTED).
restricted(cfg) if cfg.profile == "RESTRICTED"

restricted(cfg) if values.is_unknown(cfg.profile)
