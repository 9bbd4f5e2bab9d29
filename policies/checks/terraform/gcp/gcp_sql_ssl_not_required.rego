# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   A google_sql_database_instance's settings.ip_configuration sets ssl_mode =
#   "ALLOW_UNENCRYPTED_AND_ENCRYPTED" or require_ssl = false, or sets neither
#   (or has no ip_configuration): Cloud SQL then accepts plain-text
#   connections, so queries and results — the records themselves — can cross
#   the network unencrypted. Connections through the Cloud SQL Auth Proxy or
#   connectors are encrypted either way, but nothing forces clients to use them.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/postgres/configure-ssl-instance#enforcing-ssl
# custom:
#   id: EVD-TF-156
#   severity: high
#   remediation: >-
#     Set settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY" (or
#     "TRUSTED_CLIENT_CERTIFICATE_REQUIRED") and connect with TLS or the Auth Proxy.
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Database traffic carries ePHI; transmission security requires protecting it, and encryption is the addressable specification.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_sql_ssl_not_required

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some instance in gcp.sql_primaries
	some s, settings in terraform.blocks(instance.config, "settings")
	some c, ip in terraform.blocks(settings, "ip_configuration")
	ip.ssl_mode == "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
	f := finding.at(instance, ["config", "settings", s, "ip_configuration", c, "ssl_mode"], finding.format("%s sets ssl_mode = \"ALLOW_UNENCRYPTED_AND_ENCRYPTED\": clients may connect without TLS", [instance.id]))
}

deny contains f if {
	some instance in gcp.sql_primaries
	some s, settings in terraform.blocks(instance.config, "settings")
	some c, ip in terraform.blocks(settings, "ip_configuration")
	not values.has_key(ip, "ssl_mode")
	ip.require_ssl == false
	f := finding.at(instance, ["config", "settings", s, "ip_configuration", c, "require_ssl"], finding.format("%s sets require_ssl = false: clients may connect without TLS", [instance.id]))
}

deny contains f if {
	some instance in gcp.sql_primaries
	some s, settings in terraform.blocks(instance.config, "settings")
	not configures_tls(settings)
	f := finding.at(instance, ["config", "settings", s], finding.format("%s does not set ip_configuration.ssl_mode: clients may connect without TLS (the default)", [instance.id]))
}

# configures_tls(settings): some ip_configuration decides about TLS (whatever
# the value: the two rules above judge it), or is generated dynamically.
configures_tls(settings) if {
	some ip in terraform.blocks(settings, "ip_configuration")
	some attr in ["ssl_mode", "require_ssl"]
	values.has_key(ip, attr)
}

configures_tls(settings) if settings.dynamic.ip_configuration
