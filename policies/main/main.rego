# METADATA
# title: Evident entrypoint
# description: >-
#   The only wasm entrypoint. It collects the deny findings of every check
#   whose package sits under data.evident.checks.<input.type>, so a document
#   is only evaluated by the checks of its own input type, as an object from
#   check package name to that check's (non-empty) deny set. The scanner tags
#   each finding "<input type>.<check package name>" and maps that to the
#   check's metadata (policies/bundle/manifest.json). Why not one set of
#   findings tagged here: object.union copied every finding and inserting it
#   into a second set hashed it whole again, 13 % of the evaluation of the
#   Kubernetes bench corpus; checks without findings are left out because
#   dumping their empty sets cost more than it saved on CloudFormation's
#   400 small documents.
package evident.main

findings[name] := denied if {
	some name
	denied := data.evident.checks[input.type][name].deny
	count(denied) > 0
}
