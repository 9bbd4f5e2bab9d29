# METADATA
# title: Personal data in URL path or query parameters
# description: >-
#   A path or query parameter carries personal or health data by its name
#   (`ssn`, `email`, `dateOfBirth`, `diagnosis`, `token`, as the shared
#   sensitive-data classifier recognises them). URLs are recorded in web
#   server, proxy and load balancer access logs, browser history and
#   bookmarks, and sent to other sites in the Referer header, even over HTTPS.
#   Opaque identifiers (`patientId`) are not reported; a parameter that
#   several operations share is reported once, on the first of them.
# related_resources:
#   - ref: https://cwe.mitre.org/data/definitions/598.html
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#sensitive-information-in-http-requests
# custom:
#   id: EVD-API-008
#   severity: medium
#   remediation: >-
#     Put only opaque identifiers in paths (`/patients/{id}`) and move search
#     criteria with personal data into a POST body (`POST /patients/search`)
#     or a header.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(B)", "164.312(a)(1)"]
#     gdpr: ["Art.5(1)(f)", "Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: ePHI in URLs is copied into access logs and browser history that the access controls of the system do not cover, a disclosure risk to manage.
#     gdpr: Personal data in URLs leaks to logs and third-party sites, against confidentiality by design and by default.
package evident.checks.openapi.sensitive_data_in_url

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some op in openapi.operations
	some i, p in op.parameters
	p["in"] in {"path", "query"}
	count(p.dataCategories) > 0
	openapi.first_field_use(op, p)
	f := finding.at(
		op,
		["parameters", i],
		finding.format("%s puts %s in the URL: %s parameter \"%s\"", [op.id, openapi.describe_categories(p.dataCategories), p["in"], p.name]),
	)
}
