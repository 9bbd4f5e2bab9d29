# METADATA
# title: OpenAPI helpers
# description: >-
#   Lookups over the normalized OpenAPI document (policies/schemas/openapi.json):
#   the Api resource, the operations, their input fields and response fields
#   with the path a finding should point at, and the endpoints that are public
#   by design.
# custom:
#   library: true
package evident.lib.openapi

import data.evident.lib.finding

# apis: the Api resource of the specification (one per document).
apis := [r |
	some r in input.resources
	r.kind == "Api"
]

# operations: one resource per path and method.
operations := [r |
	some r in input.resources
	r.kind == "Operation"
]

# Methods that change state on the server.
write_methods := {"POST", "PUT", "PATCH", "DELETE"}

is_write(op) if op.method in write_methods

# Methods whose request body creates or changes a record.
body_write_methods := {"POST", "PUT", "PATCH"}

# How messages name the classifier's data categories.
category_labels := {
	"health": "health data",
	"government-id": "government identifier",
	"contact": "contact data",
	"financial": "financial data",
	"credentials": "credentials",
	"location": "location data",
	"biometric": "biometric data",
	"genetic": "genetic data",
	"personal": "personal data",
}

# describe_categories(categories): "health data, government identifier".
describe_categories(categories) := concat(", ", [object.get(category_labels, c, c) | some c in categories])

# Public by design, wherever they sit: the steps of signing in and getting a token, of
# registering and of recovering or verifying an account (verification; not verify, which
# also names other checks: Sealed Secrets' POST /verify decrypts a sealed secret).
auth_segments := {
	"login", "logout", "signin", "sign-in", "signout", "sign-out", "signup", "sign-up", "register",
	"registration", "recovery", "verification", "token", "tokens", "token-exchange",
	"authorize", "callback", "refresh", "forgot-password", "reset-password", "password-reset",
	"jwks", "jwks.json", ".well-known", "openid-configuration",
}

# After an authentication step, segments that name a variant or a method of the same step, not
# a resource (Ory Kratos' /self-service/login/api, /self-service/registration/browser, …/flows,
# /self-service/login/methods/password, /self-service/recovery/methods/link).
flow_segments := {
	"api", "browser", "flows", "flow", "web", "native", "app", "mobile", "submit", "init",
	"initialize", "start", "complete", "confirm", "methods", "method", "password", "link", "code",
	"otp", "totp", "mfa", "2fa", "webauthn", "passkey", "magic-link", "oidc", "sso", "saml",
}

# Public by design only as a whole path of such segments (/health, /api/v1/status),
# never under a resource (/patients/{id}/status is not a probe).
probe_segments := {
	"health", "healthz", "livez", "readyz", "ready", "live", "liveness", "readiness",
	"status", "ping", "version", "info", "api", "oauth", "oauth2", "auth",
}

literal_segments(op) := [s |
	some s in split(lower(op.path), "/")
	s != ""
	not contains(s, "{")
]

# is_public(op): an authentication step (/login, /oauth/token, /self-service/login/api) or a
# probe (/health, /status); these need no authentication to work.
is_public(op) if {
	segments := literal_segments(op)
	some i, s in segments
	s in auth_segments
	every later in array.slice(segments, i + 1, count(segments)) {
		later in flow_segments
	}
}

is_public(op) if {
	segments := literal_segments(op)
	count(segments) > 0
	every s in segments {
		is_probe_segment(s)
	}
}

is_probe_segment(s) if s in probe_segments

is_probe_segment(s) if regex.match(`^v[0-9]+(\.[0-9]+)*$`, s)

# unauthenticated_reason(op): why the operation is not authenticated (undefined when it is, by
# a security requirement or by a credential header it declares as a parameter).
unauthenticated_reason(op) := reason if {
	not credential_header(op)
	reason := security_reason(op)
}

# credential_header(op): a header parameter that carries the caller's credential: Authorization,
# Cookie, or a token, session or API key header (Ory Kratos' X-Session-Token and Cookie, declared
# as parameters rather than security schemes).
credential_header(op) if {
	some p in op.parameters
	p["in"] == "header"
	is_string(p.name)
	credential_header_name(lower(p.name))
}

credential_header_name(name) if name in {"authorization", "proxy-authorization", "cookie"}

credential_header_name(name) if {
	some word in ["token", "session", "api-key", "apikey", "api_key"]
	contains(name, word)
}

security_reason(op) := "security: [] turns authentication off" if {
	not op.security.authenticated
	op.security.explicitNone
} else := "an empty security requirement ({}) allows anonymous access" if {
	not op.security.authenticated
	some requirement in op.security.requirements
	count(requirement) == 0
} else := "no security requirement on the operation nor globally" if {
	not op.security.authenticated
}

# unauthenticated_path(op): where an unauthenticated finding points: the
# operation's own security key, else the operation (a global requirement is
# shared by every operation; the finding belongs to each).
unauthenticated_path(op) := ["security"] if op.security.source == "operation"

else := []

# inputs(op): every field a client sends: parameters and writable request body
# properties, as {"field", "kind", "path"}; input_label(i) names one in a message.
inputs(op) := array.concat(
	[i |
		some n, p in op.parameters
		i := {"field": p, "kind": "parameter", "path": ["parameters", n]}
	],
	[i |
		some n, p in body_properties(op)
		not p.readOnly
		i := {"field": p, "kind": "property", "path": ["requestBody", "schema", "properties", n]}
	],
)

# input_label(i): how a message names an item of inputs(op). A function, not a
# field of the item, so that it is formatted only for the findings made
# (sprintf is a host call in wasm, costly when wasted on every input).
input_label(i) := finding.format("%s parameter \"%s\"", [i.field["in"], i.field.name]) if i.kind == "parameter"

input_label(i) := finding.format("request body property \"%s\"", [i.field.path]) if i.kind == "property"

# body_objects(op): the request body's objects ([] when none or unknown).
body_objects(op) := op.requestBody.schema.objects if {
	is_object(op.requestBody)
	is_object(op.requestBody.schema)
	is_array(op.requestBody.schema.objects)
} else := []

# A schema or parameter shared by several operations (components/schemas,
# components/parameters, a path item's parameters) is one declaration: a
# finding on it belongs to the first operation that uses it, not to each,
# or a reviewer sees the same line reported once per operation.

# declaration_uses: [key, startLine, operation id] of every input field and
# every object of a writing request body, sorted by key, then line: the first
# use of a declaration comes first. Keys tell fields and objects apart (an
# inline object property and its object share one pointer).
declaration_uses := sort(array.concat(
	[[field_key(i.field), op.startLine, op.id] |
		some op in operations
		some i in inputs(op)
	],
	[[object_key(o), op.startLine, op.id] |
		some op in operations
		op.method in body_write_methods
		some o in body_objects(op)
	],
))

field_key(field) := concat("", ["field ", field.declaredAt])

object_key(object) := concat("", ["object ", object.declaredAt])

# first_uses: {[key, operation id]} of the first operation using each declaration.
first_uses contains [u[0], u[2]] if {
	some n, u in declaration_uses
	is_first_use(n, u)
}

is_first_use(0, _)

is_first_use(n, u) if {
	n > 0
	declaration_uses[n - 1][0] != u[0]
}

# first_field_use(op, field): op is the first operation of the document with
# this input field (parameter or request body property) among its inputs.
first_field_use(op, field) if [field_key(field), op.id] in first_uses

# first_object_use(op, object): op is the first POST/PUT/PATCH operation of
# the document whose request body has this object.
first_object_use(op, object) if [object_key(object), op.id] in first_uses

# body_properties(op): the request body's properties ([] when none or unknown).
body_properties(op) := op.requestBody.schema.properties if {
	is_object(op.requestBody)
	is_object(op.requestBody.schema)
	is_array(op.requestBody.schema.properties)
} else := []

# success_responses(op): 2xx responses with a known schema, as {"response", "index"}.
success_responses(op) := [r |
	some n, response in op.responses
	startswith(response.code, "2")
	is_object(response.schema)
	is_array(response.schema.properties)
	r := {"response": response, "index": n}
]

# first_operation(ops): the operation written first (lowest line, then id).
# A gap every operation shares is reported once, there, rather than on each.
first_operation(ops) := op if {
	first := sort([[o.startLine, o.id] | some o in ops])[0]
	some op in ops
	op.id == first[1]
}

# documents_status_anywhere(code): some operation of the document documents `code` (or its class).
documents_status_anywhere(code) if {
	some op in operations
	documents_status(op, code)
}

# documents_status(op, code): the operation documents `code` or its class (4XX).
documents_status(op, code) if code in op.responseCodes

documents_status(op, code) if concat("", [substring(code, 0, 1), "XX"]) in {upper(c) | some c in op.responseCodes}
