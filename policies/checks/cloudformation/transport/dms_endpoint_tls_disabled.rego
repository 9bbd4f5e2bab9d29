# METADATA
# title: DMS endpoint connects to its database without TLS
# description: >-
#   An AWS::DMS::Endpoint for a database engine that DMS can reach over TLS
#   (Oracle, SQL Server, PostgreSQL, MySQL, MariaDB, Aurora, Babelfish, Db2,
#   SAP ASE, MongoDB, DocumentDB) sets SslMode none or leaves it unset, whose
#   default is none; or a Redis endpoint sets RedisSettings.SslSecurityProtocol
#   plaintext, or a Kafka endpoint KafkaSettings.SecurityProtocol plaintext. A
#   migration or a replication task then carries the whole database, records
#   and credentials, over the network in clear text. Not judged: engines whose
#   connections DMS encrypts by other settings or always (S3, DynamoDB,
#   Kinesis, Redshift, OpenSearch, Neptune, Azure SQL), and values from
#   parameters.
# related_resources:
#   - ref: https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dms-endpoint.html
# custom:
#   id: EVD-CFN-114
#   severity: high
#   remediation: >-
#     Set SslMode verify-full (or verify-ca, or require where the engine offers
#     no certificate check) with the database's CA in CertificateArn;
#     SslSecurityProtocol ssl-encryption for Redis and SecurityProtocol
#     ssl-encryption or sasl-ssl for Kafka.
#   selector:
#     input: cloudformation
#     resources: [AWS::DMS::Endpoint]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A database migration moves ePHI in bulk; it must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.dms_endpoint_tls_disabled

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some endpoint in cfn.resources("AWS::DMS::Endpoint")
	endpoint.properties.EngineName in aws.dms_ssl_mode_engines
	endpoint.properties.SslMode == "none"
	f := finding.at(endpoint, ["properties", "SslMode"], finding.format("%s connects to its %s %s database without TLS (SslMode none)", [endpoint.id, endpoint.properties.EngineName, aws.dms_endpoint_role(endpoint.properties, "EndpointType")]))
}

deny contains f if {
	some endpoint in cfn.resources("AWS::DMS::Endpoint")
	endpoint.properties.EngineName in aws.dms_ssl_mode_engines
	values.absent_or_null(endpoint.properties, "SslMode")
	f := finding.of(endpoint, finding.format("%s connects to its %s %s database without TLS (SslMode is not set; the default is none)", [endpoint.id, endpoint.properties.EngineName, aws.dms_endpoint_role(endpoint.properties, "EndpointType")]))
}

deny contains f if {
	some endpoint in cfn.resources("AWS::DMS::Endpoint")
	some [engine, settings, key] in [["redis", "RedisSettings", "SslSecurityProtocol"], ["kafka", "KafkaSettings", "SecurityProtocol"]]
	endpoint.properties.EngineName == engine
	endpoint.properties[settings][key] == "plaintext"
	f := finding.at(endpoint, ["properties", settings, key], finding.format("%s connects to its %s %s without TLS (%s plaintext)", [endpoint.id, engine, aws.dms_endpoint_role(endpoint.properties, "EndpointType"), key]))
}
