# METADATA
# title: DMS endpoint connects to its database without TLS
# description: >-
#   An aws_dms_endpoint for a database engine that DMS can reach over TLS
#   (Oracle, SQL Server, PostgreSQL, MySQL, MariaDB, Aurora, Babelfish, Db2,
#   SAP ASE, MongoDB, DocumentDB) sets ssl_mode = "none" or leaves it unset,
#   whose default is "none"; or a Redis endpoint sets
#   redis_settings.ssl_security_protocol = "plaintext", or a Kafka endpoint
#   kafka_settings.security_protocol = "plaintext". A migration or a
#   replication task then carries the whole database, records and
#   credentials, over the network in clear text. Not judged: engines whose
#   connections DMS encrypts by other settings or always (S3, DynamoDB,
#   Kinesis, Redshift, OpenSearch, Neptune, Azure SQL), and values from
#   variables.
# related_resources:
#   - ref: https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint#ssl_mode
# custom:
#   id: EVD-TF-273
#   severity: high
#   remediation: >-
#     Set ssl_mode = "verify-full" (or "verify-ca", or "require" where the
#     engine offers no certificate check) with the database's CA in
#     certificate_arn; ssl_security_protocol = "ssl-encryption" for Redis and
#     security_protocol = "ssl-encryption" or "sasl-ssl" for Kafka.
#   selector:
#     input: terraform
#     resources: [aws_dms_endpoint]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A database migration moves ePHI in bulk; it must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.dms_endpoint_tls_disabled

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some endpoint in terraform.resources("aws_dms_endpoint")
	endpoint.config.engine_name in aws.dms_ssl_mode_engines
	endpoint.config.ssl_mode == "none"
	f := finding.at(endpoint, ["config", "ssl_mode"], finding.format("%s connects to its %s %s database without TLS (ssl_mode = none)", [endpoint.id, endpoint.config.engine_name, aws.dms_endpoint_role(endpoint.config, "endpoint_type")]))
}

deny contains f if {
	some endpoint in terraform.resources("aws_dms_endpoint")
	endpoint.config.engine_name in aws.dms_ssl_mode_engines
	values.absent_or_null(endpoint.config, "ssl_mode")
	f := finding.of(endpoint, finding.format("%s connects to its %s %s database without TLS (ssl_mode is not set; the default is none)", [endpoint.id, endpoint.config.engine_name, aws.dms_endpoint_role(endpoint.config, "endpoint_type")]))
}

deny contains f if {
	some endpoint in terraform.resources("aws_dms_endpoint")
	some [engine, block, key] in [["redis", "redis_settings", "ssl_security_protocol"], ["kafka", "kafka_settings", "security_protocol"]]
	endpoint.config.engine_name == engine
	some i, settings in terraform.blocks(endpoint.config, block)
	settings[key] == "plaintext"
	path := array.concat(array.concat(["config"], terraform.block_path(endpoint.config, block, i)), [key])
	f := finding.at(endpoint, path, finding.format("%s connects to its %s %s without TLS (%s = plaintext)", [endpoint.id, engine, aws.dms_endpoint_role(endpoint.config, "endpoint_type"), key]))
}
