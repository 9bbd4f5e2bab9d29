# METADATA
# title: Service environment points at a remote host over plain HTTP
# description: >-
#   A compose service's environment names a remote endpoint with an http://
#   URL (an API, a FHIR server, a webhook, an identity provider). Requests,
#   their tokens and the data they carry travel unencrypted and can be read
#   or altered on the way. The same reading as .env files (EVD-ENV-003): URLs
#   to local hosts (another service of the file such as api, localhost,
#   private addresses, .internal and .local names) are not reported, nor is
#   a value taken from the deployment environment.
# related_resources:
#   - ref: https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/
# custom:
#   id: EVD-DC-008
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.compose.environment_plain_http

import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some service in input.resources
	some i, entry in service.environment
	msg := transport.plain_http_message(service.id, entry.key, entry.value)
	f := finding.at(service, ["environment", i, "value"], msg)
}
