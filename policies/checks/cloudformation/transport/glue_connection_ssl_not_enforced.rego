# METADATA
# title: Glue JDBC connection does not enforce TLS
# description: >-
#   An AWS::Glue::Connection whose ConnectionInput has ConnectionType JDBC does
#   not set the connection property JDBC_ENFORCE_SSL to "true" (the default is
#   false), and its JDBC_CONNECTION_URL asks for no TLS itself (ssl=true,
#   sslmode=require or verify-*, encrypt=true, useSSL=true). Glue's crawlers and
#   ETL jobs then read the database without requiring TLS, so the rows they
#   copy, and the credentials they sign in with, may cross the network in clear
#   text. ConnectionProperties not known statically are not judged. Twin of
#   EVD-TF-302.
# related_resources:
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-connection-connectioninput.html
# custom:
#   id: EVD-CFN-130
#   severity: medium
#   remediation: >-
#     Add JDBC_ENFORCE_SSL: "true" to ConnectionInput.ConnectionProperties (and,
#     for a database with a private CA, CUSTOM_JDBC_CERT).
#   selector:
#     input: cloudformation
#     resources: [AWS::Glue::Connection]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI that ETL jobs copy out of a database must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.glue_connection_ssl_not_enforced

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some connection in cfn.resources("AWS::Glue::Connection")
	input_ := connection.properties.ConnectionInput
	values.known_object(input_)
	values.lower_text(input_.ConnectionType) == "jdbc"
	props := input_.ConnectionProperties
	values.known_object(props)
	aws.glue_tls_not_enforced(props)
	f := finding.at(connection, ["properties", "ConnectionInput", "ConnectionProperties"], finding.format("%s does not set JDBC_ENFORCE_SSL to \"true\": Glue reaches the database without requiring TLS", [connection.id]))
}
