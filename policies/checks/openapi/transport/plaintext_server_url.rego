# METADATA
# title: API served over plain HTTP
# description: >-
#   A server URL of the specification is `http://` (or `ws://`) on a host
#   that is not local, or a Swagger 2.0 specification lists `http` (or `ws`)
#   in `schemes`. Requests, responses and credentials travel unencrypted and
#   can be read or changed on the way. localhost, loopback addresses and
#   `.local` names are not reported. Each URL is reported once, where it is
#   first declared (paths and operations that repeat the specification's
#   servers or schemes add none).
# related_resources:
#   - ref: https://spec.openapis.org/oas/v3.1.0#server-object
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html
# custom:
#   id: EVD-API-007
#   severity: high
#   remediation: >-
#     Serve the API over HTTPS only: use `https://` server URLs (Swagger 2.0:
#     `schemes: [https]`) and redirect or refuse plain HTTP at the edge.
#   selector:
#     input: openapi
#     resources: [Api]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to or from the API must be protected in transmission, which plain HTTP does not do.
#     gdpr: Encryption of personal data in transit is a named security measure.
package evident.checks.openapi.plaintext_server_url

import data.evident.lib.finding
import data.evident.lib.openapi

deny contains f if {
	some api in openapi.apis
	some i, server in api.servers
	server.scheme in {"http", "ws"}
	not server.local
	not declared_before(api.servers, i, server.url)
	f := finding.at(api, ["servers", i], finding.format("server %s of %s is not encrypted (%s)", [shown(server), api.id, server.scheme]))
}

# declared_before(servers, i, url): an earlier server (the specification's own, or an earlier
# path's or operation's) has the same URL: one finding per URL, at its first declaration, not one
# per operation that repeats the specification's schemes (Ory Kratos' Swagger 2.0 description
# repeats schemes: [http, https] in each of its 50 operations).
declared_before(servers, i, url) if {
	some j, other in servers
	j < i
	other.url == url
}

# shown(server): the URL, with {host} where the specification names none (a Swagger 2.0
# description without host is served from the host that serves it).
shown(server) := concat("", [server.scheme, "://{host}", substring(server.url, count(server.scheme) + 3, -1)]) if server.host == ""

else := server.url
