# Fixtures shared by the Terraform checks' unit tests (not compiled into the
# bundle: *_test.rego files are ignored by the build).
package evident.lib.tf_fixtures_test

# res(type, name, config): a managed resource on the default provider of its type.
res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"provider": split(type, "_")[0], "file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

# data_res(type, name, config): a data source (mode "data", id data.<type>.<name>).
data_res(type, name, config) := object.union(res(type, name, config), {"id": concat(".", ["data", type, name]), "mode": "data"})

# res_on(type, name, provider, config): a managed resource on a named provider configuration.
res_on(type, name, provider, config) := object.union(res(type, name, config), {"provider": provider})

# provider(name, alias, config): a provider block (alias "" for the default one).
provider(name, "", config) := {"id": concat(".", ["provider", name]), "name": name, "file": "main.tf", "startLine": 1, "endLine": 3, "config": config}

provider(name, alias, config) := {"id": concat(".", ["provider", name, alias]), "name": name, "alias": alias, "file": "main.tf", "startLine": 1, "endLine": 3, "config": config} if alias != ""

# unknown(expr): the parser's unknown sentinel for an unresolved reference.
unknown(ref) := {"__unknown__": ref, "refs": [ref]}

# doc(resources): a module document holding `resources`.
doc(resources) := {"type": "terraform", "format": "hcl", "path": ".", "files": ["main.tf"], "resources": resources, "providers": [], "variables": [], "modules": []}

# doc_with(resources, providers): a module document with provider blocks.
doc_with(resources, providers) := object.union(doc(resources), {"providers": providers})
