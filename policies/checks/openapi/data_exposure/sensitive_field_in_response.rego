# METADATA
# title: Credentials, government identifiers or health data returned by a read
# description: >-
#   A successful (2xx) response of a GET operation returns a field the
#   sensitive-data classifier recognises as credentials (`password`,
#   `passwordHash`, `apiKey`) or a government identifier (`ssn`,
#   `passportNumber`), or returns health, genetic or biometric fields in a
#   list (an array response or an array of objects; an array inside the one
#   record that `GET /things/{id}` returns is not a list). Every client and every
#   cache of the response then holds data that few callers need. Fields
#   marked `writeOnly` are not returned and not reported, nor are masked
#   values the name says are masked (`ssnLast4`, `maskedSsn`).
# related_resources:
#   - ref: https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - ref: https://cwe.mitre.org/data/definitions/213.html
# custom:
#   id: EVD-API-009
#   severity: medium
#   remediation: >-
#     Remove secrets from response schemas (mark write-only inputs
#     `writeOnly: true`), return masked government identifiers (last four
#     digits), and return list views without clinical detail, with a separate
#     authorised read for one record.
#   selector:
#     input: openapi
#     resources: [Operation]
#   controls:
#     hipaa: ["164.308(a)(4)(i)", "164.312(a)(1)"]
#     gdpr: ["Art.5(1)(c)", "Art.25(2)"]
#   rationale:
#     hipaa: Returning more ePHI and credentials than a caller needs grants access beyond information access management and access control.
#     gdpr: Only the personal data necessary for the purpose may be disclosed, by default.
package evident.checks.openapi.sensitive_field_in_response

import data.evident.lib.finding
import data.evident.lib.openapi

always_sensitive := {"credentials", "government-id"}

list_sensitive := {"health", "genetic", "biometric"}

# is_list(op, property, schema): the property is returned once per item of a
# list. An array inside the record a single-record read returns
# (GET /lab-results/{id} with its observations[]) is part of that one record.
is_list(_, _, schema) if schema.type == "array"

is_list(op, p, _) if {
	contains(p.path, "[]")
	not reads_one_record(op)
}

# reads_one_record(op): the path ends in a template (/lab-results/{resultId}).
reads_one_record(op) if {
	segments := [s | some s in split(op.path, "/"); s != ""]
	count(segments) > 0
	regex.match(`^\{[^}]+\}$`, segments[count(segments) - 1])
}

deny contains f if {
	some op in openapi.operations
	op.method == "GET"
	some r in openapi.success_responses(op)
	some i, p in r.response.schema.properties
	not p.writeOnly
	not is_masked(p)
	categories := sensitive_categories(op, p, r.response.schema)
	count(categories) > 0
	f := finding.at(
		op,
		["responses", r.index, "schema", "properties", i],
		finding.format("%s returns %s field \"%s\" in its %s response", [op.id, openapi.describe_categories(categories), p.path, r.response.code]),
	)
}

# is_masked(property): the name says the value is masked (ssnLast4, maskedSsn,
# lastFourSsn): returning it is the remedy this check asks for, not the exposure.
is_masked(p) if regex.match(`last4|lastfour|masked|redacted|obfuscated|truncated`, replace(replace(lower(p.name), "_", ""), "-", ""))

# sensitive_categories(op, property, schema): the categories that make the property too sensitive to return.
sensitive_categories(op, p, schema) := [c |
	some c in p.dataCategories
	sensitive(c, op, p, schema)
]

sensitive(c, _, _, _) if c in always_sensitive

sensitive(c, op, p, schema) if {
	c in list_sensitive
	is_list(op, p, schema)
}
