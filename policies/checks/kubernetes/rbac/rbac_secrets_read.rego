# METADATA
# title: Role lets its subjects read Secrets
# description: >-
#   A Role or ClusterRole (other than the built-in system: roles) has a rule
#   that grants get, list or watch (or every verb, "*") on secrets in the core
#   API group. Whoever is bound to it can read every Secret of the namespace, or
#   of the whole cluster for a ClusterRole bound cluster-wide: database
#   passwords, API keys and TLS keys that open the stores of personal and health
#   data. list and watch return the values too, not only the names. A rule
#   limited to named Secrets (resourceNames) is the least-privilege form and is
#   not reported; a rule whose resources are "*" is reported by EVD-K8S-013
#   instead.
#   An overlay's Kustomize patch of a base it includes that writes such a
#   rule is reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
# custom:
#   id: EVD-K8S-024
#   severity: medium
#   remediation: >-
#     Give workloads their Secrets as mounted volumes or environment variables
#     instead of API access; where a controller must read Secrets, limit the rule
#     to the Secrets it needs with resourceNames and bind it in one namespace
#     with a RoleBinding.
#   selector:
#     input: kubernetes
#     resources: [Role, ClusterRole]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Secrets hold the credentials that authenticate to systems with ePHI; granting their read access beyond need defeats access authorization.
#     gdpr: Limiting who can read credentials to personal data stores is least-privilege access by default.
package evident.checks.kubernetes.rbac_secrets_read

import data.evident.lib.finding
import data.evident.lib.kubernetes

read_verbs := ["get", "list", "watch", "*"]

deny contains f if {
	some kind in ["Role", "ClusterRole"]
	some role in kubernetes.resources_and_patches_of_kind(kind)
	not startswith(role.name, "system:")
	some i, rule in object.get(role.object, "rules", [])
	core_group(rule)
	"secrets" in object.get(rule, "resources", [])
	count(object.get(rule, "resourceNames", [])) == 0
	granted := [verb | some verb in read_verbs; verb in object.get(rule, "verbs", [])]
	count(granted) > 0
	f := finding.at(role, ["object", "rules", i], finding.format("%s rule %d lets its subjects read Secrets (%s)", [role.id, i, concat(", ", granted)]))
}

# The core API group ("") holds Secrets; "*" covers it too.
core_group(rule) if "" in object.get(rule, "apiGroups", [])

core_group(rule) if "*" in object.get(rule, "apiGroups", [])
