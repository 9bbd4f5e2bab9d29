# METADATA
# title: Memorystore for Redis or Valkey accepts clients without authentication
# description: >-
#   A google_redis_instance without auth_enabled = true, or a
#   google_redis_cluster or google_memorystore_instance without an
#   authorization_mode other than disabled (AUTH_MODE_DISABLED and
#   AUTH_DISABLED are the defaults). Any client that can reach the instance's
#   address on the VPC, or on a network peered with it, then reads and writes
#   every key without a password or IAM check: a compromised pod or VM
#   anywhere on the network has the cached data. Not reported: a value from a
#   variable.
# related_resources:
#   - ref: https://cloud.google.com/memorystore/docs/redis/about-redis-auth
#   - ref: https://cloud.google.com/memorystore/docs/cluster/about-iam-auth
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#auth_enabled
# custom:
#   id: EVD-TF-290
#   severity: medium
#   remediation: >-
#     Set auth_enabled = true on google_redis_instance (clients read the AUTH
#     string from Secret Manager), or authorization_mode = "AUTH_MODE_IAM_AUTH"
#     (google_redis_cluster) or "IAM_AUTH" (google_memorystore_instance), and
#     grant the connecting service accounts the Memorystore DB connection user
#     role.
#   selector:
#     input: terraform
#     resources: [google_redis_instance, google_redis_cluster, google_memorystore_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Access control and person-or-entity authentication require that only authenticated clients read the ePHI a cache holds.
#     gdpr: Authenticating access to a store of personal data is part of the ongoing confidentiality of processing systems.
package evident.checks.terraform.gcp_redis_auth_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some redis in terraform.resources("google_redis_instance")
	values.absent_or_null(redis.config, "auth_enabled")
	f := finding.of(redis, finding.format("%s sets no auth_enabled: any client on the network reads and writes it without a password (AUTH is off by default)", [redis.id]))
}

deny contains f if {
	some redis in terraform.resources("google_redis_instance")
	values.false_value(redis.config.auth_enabled)
	f := finding.at(redis, ["config", "auth_enabled"], finding.format("%s sets auth_enabled = false: any client on the network reads and writes it without a password", [redis.id]))
}

deny contains f if {
	some type in ["google_redis_cluster", "google_memorystore_instance"]
	some redis in terraform.resources(type)
	values.absent_or_null(redis.config, "authorization_mode")
	f := finding.of(redis, finding.format("%s sets no authorization_mode: any client on the network reads and writes it without authentication (disabled by default)", [redis.id]))
}

deny contains f if {
	some type in ["google_redis_cluster", "google_memorystore_instance"]
	some redis in terraform.resources(type)
	mode := redis.config.authorization_mode
	is_string(mode)
	contains(upper(mode), "DISABLED")
	f := finding.at(redis, ["config", "authorization_mode"], finding.format("%s sets authorization_mode = \"%s\": any client on the network reads and writes it without authentication", [redis.id, mode]))
}
