# METADATA
# title: Glue JDBC connection does not enforce TLS
# description: >-
#   An aws_glue_connection of type JDBC (the default type) does not set the
#   connection property JDBC_ENFORCE_SSL to "true" (the default is false), and
#   its JDBC_CONNECTION_URL asks for no TLS itself (ssl=true, sslmode=require or
#   verify-*, encrypt=true, useSSL=true). Glue's crawlers and ETL jobs then read
#   the database without requiring TLS, so the rows they copy, and the
#   credentials they sign in with, may cross the network in clear text.
#   Connection properties that are not known statically (a variable, a merged
#   map) are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_connection
# custom:
#   id: EVD-TF-302
#   severity: medium
#   remediation: >-
#     Add JDBC_ENFORCE_SSL = "true" to connection_properties (and, for a
#     database with a private CA, CUSTOM_JDBC_CERT).
#   selector:
#     input: terraform
#     resources: [aws_glue_connection]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI that ETL jobs copy out of a database must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.glue_connection_ssl_not_enforced

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some connection in terraform.resources("aws_glue_connection")
	aws.glue_jdbc(object.get(connection.config, "connection_type", null))
	props := connection.config.connection_properties
	values.known_object(props)
	aws.glue_tls_not_enforced(props)
	f := finding.at(connection, ["config", "connection_properties"], finding.format("%s does not set JDBC_ENFORCE_SSL = \"true\": Glue reaches the database without requiring TLS", [connection.id]))
}
