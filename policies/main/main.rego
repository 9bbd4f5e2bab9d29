# METADATA
# title: Evident entrypoint
# description: >-
#   The only wasm entrypoint. It collects the deny findings of every check
#   whose package sits under data.evident.checks.<input.type>, so a document
#   is only evaluated by the checks of its own input type, and tags each
#   finding with "<input type>.<check package name>", which the scanner maps
#   to the check's metadata (policies/bundle/manifest.json).
package evident.main

findings contains object.union(f, {"check": concat(".", [input.type, name])}) if {
	some name
	some f in data.evident.checks[input.type][name].deny
}
