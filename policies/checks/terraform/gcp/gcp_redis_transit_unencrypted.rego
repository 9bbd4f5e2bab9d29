# METADATA
# title: Memorystore for Redis or Valkey does not encrypt traffic
# description: >-
#   A google_redis_instance without transit_encryption_mode =
#   "SERVER_AUTHENTICATION", a google_redis_cluster without
#   "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION", or a
#   google_memorystore_instance without "SERVER_AUTHENTICATION": in-transit
#   encryption is off unless it is asked for (the default is DISABLED), so the
#   cached sessions, query results and records, and the AUTH string when there
#   is one, cross the VPC in clear text, readable by anything that can see the
#   traffic of a peered network or a compromised node. It can only be chosen
#   when the instance is created. Not reported: a mode from a variable.
# related_resources:
#   - ref: https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#transit_encryption_mode
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_cluster#transit_encryption_mode
# custom:
#   id: EVD-TF-289
#   severity: high
#   remediation: >-
#     Create the instance with transit_encryption_mode = "SERVER_AUTHENTICATION"
#     (TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION for a cluster) and connect
#     with TLS, verifying the server against the instance's CA certificates.
#   selector:
#     input: terraform
#     resources: [google_redis_instance, google_redis_cluster, google_memorystore_instance]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A cache holds copies of ePHI; transmission security requires protecting it between the application and the cache.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_redis_transit_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

redis_types := ["google_redis_instance", "google_redis_cluster", "google_memorystore_instance"]

deny contains f if {
	some type in redis_types
	some redis in terraform.resources(type)
	values.absent_or_null(redis.config, "transit_encryption_mode")
	f := finding.of(redis, finding.format("%s sets no transit_encryption_mode: traffic to it is not encrypted (in-transit encryption is disabled by default)", [redis.id]))
}

deny contains f if {
	some type in redis_types
	some redis in terraform.resources(type)
	mode := redis.config.transit_encryption_mode
	is_string(mode)
	contains(upper(mode), "DISABLED")
	f := finding.at(redis, ["config", "transit_encryption_mode"], finding.format("%s sets transit_encryption_mode = \"%s\": traffic to it is not encrypted", [redis.id, mode]))
}
