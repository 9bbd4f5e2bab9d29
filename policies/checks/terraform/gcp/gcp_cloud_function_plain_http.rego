# METADATA
# title: Cloud Function's HTTP trigger accepts plain HTTP
# description: >-
#   A google_cloudfunctions_function (1st gen) with trigger_http = true leaves
#   https_trigger_security_level out or sets it to SECURE_OPTIONAL. The Cloud
#   Functions API then uses SECURE_OPTIONAL (gcloud's secure-always default does
#   not apply to Terraform): the function's URL answers plain HTTP requests as
#   well as HTTPS ones, without redirecting, so whatever callers send to it and
#   whatever it returns can cross the network in clear text. 2nd-gen functions
#   (google_cloudfunctions2_function) serve HTTPS only and are not judged;
#   neither are event-triggered functions, which have no URL, nor values from
#   variables.
# related_resources:
#   - ref: https://cloud.google.com/functions/docs/reference/rest/v1/projects.locations.functions#securitylevel
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function
# custom:
#   id: EVD-TF-303
#   severity: high
#   remediation: >-
#     Set https_trigger_security_level = "SECURE_ALWAYS" (plain HTTP requests are
#     then redirected to HTTPS), or move the function to 2nd gen.
#   selector:
#     input: terraform
#     resources: [google_cloudfunctions_function]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to or returned by a function must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_cloud_function_plain_http

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some function in terraform.resources("google_cloudfunctions_function")
	function.config.trigger_http == true
	values.absent_or_null(function.config, "https_trigger_security_level")
	f := finding.of(function, finding.format("%s has an HTTP trigger without https_trigger_security_level: the API's default, SECURE_OPTIONAL, answers plain HTTP", [function.id]))
}

deny contains f if {
	some function in terraform.resources("google_cloudfunctions_function")
	function.config.trigger_http == true
	values.lower_text(function.config.https_trigger_security_level) == "secure_optional"
	f := finding.at(function, ["config", "https_trigger_security_level"], finding.format("%s sets https_trigger_security_level = \"SECURE_OPTIONAL\": its URL answers plain HTTP", [function.id]))
}
