# Fixtures shared by the OpenAPI checks' unit tests (not compiled into the
# bundle: *_test.rego files are ignored by the build). They follow
# policies/schemas/openapi.json.
package evident.lib.openapi_fixtures_test

# unknown(ref): the parser's unknown sentinel for an unresolved $ref.
unknown(ref) := {"__unknown__": ref, "refs": [ref]}

# secured: an effective security requirement that authenticates.
secured := {"source": "global", "requirements": [["bearerAuth"]], "explicitNone": false, "authenticated": true, "line": 5}

# explicit_none: `security: []` on the operation.
explicit_none := {"source": "operation", "requirements": [], "explicitNone": true, "authenticated": false, "line": 12}

# anonymous: `security: [{}, {bearerAuth: []}]` — anonymous access allowed.
anonymous := {"source": "operation", "requirements": [[], ["bearerAuth"]], "explicitNone": false, "authenticated": false, "line": 12}

# no_security: neither the operation nor the specification declares a requirement.
no_security := {"source": "none", "requirements": [], "explicitNone": false, "authenticated": false, "line": null}

# op(method, path, fields): an operation, `fields` overriding the defaults.
op(method, path, fields) := object.union(
	{
		"id": concat(" ", [method, path]), "kind": "Operation", "file": "api.yaml", "startLine": 10, "endLine": 20,
		"method": method, "path": path, "operationId": null, "deprecated": false, "security": secured,
		"parameters": [], "requestBody": null, "responses": [], "responseCodes": [],
		"pathCategories": [], "dataCategories": [], "unresolvedRefs": [],
	},
	fields,
)

# constraints(type): a field of `type` with no constraint.
constraints(type) := {"type": type, "format": null, "maxLength": null, "pattern": null, "enum": false, "maximum": null, "minimum": null}

# param(name, where, type, categories): a parameter without constraints, declared inline.
param(name, where, type, categories) := object.union(constraints(type), {
	"name": name, "in": where, "required": false, "dataCategories": categories,
	"declaredAt": concat("", ["#/parameters/", where, "/", name]),
})

# prop(path, type, categories): a schema property without constraints.
prop(path, type, categories) := object.union(constraints(type), {
	"name": path, "path": path, "readOnly": false, "writeOnly": false, "dataCategories": categories,
	"declaredAt": concat("", ["#/properties/", path]),
})

# obj(path, additional): a schema object with properties.
obj(path, additional) := {"path": path, "additionalProperties": additional, "hasProperties": true, "declaredAt": concat("", ["#/objects/", path])}

# shared(field, pointer): `field` declared at `pointer` (a components entry several operations use).
shared(field, pointer) := object.union(field, {"declaredAt": pointer})

# schema(type, properties, objects): a schema summary.
schema(type, properties, objects) := {"type": type, "properties": properties, "objects": objects, "truncated": false}

# body(s): a JSON body with schema summary `s`.
body(s) := {"contentTypes": ["application/json"], "schema": s}

# response(code, s): a response with schema summary `s` (null for none).
response(code, s) := object.union(body(s), {"code": code})

# api(fields): the Api resource, `fields` overriding the defaults.
api(fields) := object.union(
	{
		"id": "Clinic API", "kind": "Api", "file": "api.yaml", "startLine": 1, "endLine": 40, "dialect": "openapi3",
		"version": "3.0.3", "title": "Clinic API", "servers": [], "securitySchemes": [], "security": [["bearerAuth"]],
		"unresolvedRefs": [], "truncated": false,
	},
	fields,
)

# scheme(name, type, fields): a security scheme.
scheme(name, type, fields) := object.union({"name": name, "type": type, "scheme": null, "in": null, "parameterName": null, "flows": []}, fields)

# server(url, scheme, local): a server.
server(url, s, local) := {"url": url, "scheme": s, "host": "h", "local": local, "level": "root"}

# doc(resources): a specification document.
doc(resources) := {"type": "openapi", "path": "api.yaml", "files": ["api.yaml"], "resources": resources}
