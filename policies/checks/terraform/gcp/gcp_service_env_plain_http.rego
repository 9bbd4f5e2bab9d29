# METADATA
# title: Cloud Functions or Cloud Run environment points at a remote host over plain HTTP
# description: >-
#   The environment of a Cloud Function (environment_variables, or
#   service_config.environment_variables in 2nd gen) or of a Cloud Run
#   service's or job's containers names a remote endpoint with an http:// URL
#   (an API, a FHIR server, a webhook, an identity provider). Requests, their
#   tokens and the data they carry travel unencrypted and can be read or
#   altered on the way. The same reading as every other environment
#   (EVD-ENV-003, EVD-DC-008, EVD-K8S-035, EVD-TF-267): URLs to local or
#   private hosts are not reported, nor are values Terraform does not know.
# related_resources:
#   - ref: https://cloud.google.com/run/docs/configuring/services/environment-variables
# custom:
#   id: EVD-TF-271
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: terraform
#     resources: [google_cloudfunctions_function, google_cloudfunctions2_function, google_cloud_run_v2_service, google_cloud_run_v2_job, google_cloud_run_service]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.terraform.gcp_service_env_plain_http

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.transport

deny contains f if {
	some r in terraform.resources_of(gcp.service_types)
	some v in gcp.service_variables(r)
	msg := transport.plain_http_message(r.id, v.name, v.value)
	f := finding.at(r, v.path, msg)
}
