# METADATA
# title: Evident entrypoints
# description: >-
#   The wasm entrypoints. findings collects the deny findings of every check
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

# check_findings: the deny set of the one check input.__check__ (a package name under
# data.evident.checks.<input.type>); empty for a name that is not a check. When evaluating
# every check together fails (a runtime error in one check, such as two values for one
# function result), the scanner evaluates the checks of the document one by one with this
# entrypoint, so the error costs that check's findings on that document and no others. Only
# the named check is evaluated.
check_findings := data.evident.checks[input.type][input.__check__].deny
