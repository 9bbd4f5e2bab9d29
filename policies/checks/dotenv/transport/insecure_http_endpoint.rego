# METADATA
# title: Plain-HTTP URL to a remote host
# description: >-
#   A .env variable points at a remote endpoint over plain http:// (an API,
#   a webhook, an identity provider). Requests, their tokens and the data
#   they carry travel unencrypted and can be read or altered on the way.
#   Local hosts (localhost, private addresses, single-label service names,
#   .internal/.local names) are not reported.
# related_resources:
#   - ref: https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure
# custom:
#   id: EVD-ENV-003
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: dotenv
#     resources: [variable]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.dotenv.insecure_http_endpoint

import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some variable in input.resources
	host := transport.plain_http(variable.value)
	f := finding.at(variable, ["value"], finding.format("%s points at http://%s over plain HTTP", [variable.key, host]))
}
