# METADATA
# title: Azure Redis accepts unencrypted connections
# description: >-
#   An Azure Cache for Redis (azurerm_redis_cache) opens its non-TLS port 6379
#   (non_ssl_port_enabled = true, or the pre-4.0 spelling enable_non_ssl_port),
#   or an Azure Managed Redis or Redis Enterprise database sets client_protocol
#   = "Plaintext". Clients can then send the access key and read every cached
#   value (sessions, query results, records) in clear text. The defaults are
#   the TLS port only and "Encrypted", so only an explicit setting is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_redis#client_protocol
# custom:
#   id: EVD-TF-283
#   severity: high
#   remediation: >-
#     Remove non_ssl_port_enabled (or set it to false) and connect on port 6380
#     with TLS; leave client_protocol at "Encrypted" on Managed Redis and Redis
#     Enterprise databases.
#   selector:
#     input: terraform
#     resources: [azurerm_redis_cache, azurerm_managed_redis, azurerm_redis_enterprise_database]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A cache holds copies of ePHI and the key that reads them; a plain-text port leaves both unprotected in transit.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_redis_plaintext

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cache in terraform.resources("azurerm_redis_cache")
	some attr in ["non_ssl_port_enabled", "enable_non_ssl_port"]
	values.true_value(cache.config[attr])
	f := finding.at(cache, ["config", attr], finding.format("%s opens the non-TLS port 6379 (%s = true)", [cache.id, attr]))
}

deny contains f if {
	some redis in terraform.resources("azurerm_managed_redis")
	some i, database in terraform.blocks(redis.config, "default_database")
	plaintext(database)
	f := finding.at(redis, ["config", "default_database", i, "client_protocol"], finding.format("%s accepts plain-text Redis connections (client_protocol = \"Plaintext\")", [redis.id]))
}

deny contains f if {
	some database in terraform.resources("azurerm_redis_enterprise_database")
	plaintext(database.config)
	f := finding.at(database, ["config", "client_protocol"], finding.format("%s accepts plain-text Redis connections (client_protocol = \"Plaintext\")", [database.id]))
}

plaintext(cfg) if values.lower_text(cfg.client_protocol) == "plaintext"
