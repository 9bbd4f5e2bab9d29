# METADATA
# title: Evident entrypoints
# description: >-
#   The wasm entrypoints. findings collects the deny findings of the checks
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

# For an input type listed in data.gates (set by the scanner from the manifest's check
# triggers, src/checks/triggers.ts), a check runs only on documents that have a resource of
# one of its trigger types, or always when it has none (gates.always). A check that finds
# nothing still costs a look-up per resources(…) call; skipping the checks that cannot find
# anything took 12–14 % off the evaluation of the Terraform and CloudFormation bench corpora.
findings[name] := denied if {
	not data.gates[input.type]
	some name
	denied := data.evident.checks[input.type][name].deny
	count(denied) > 0
}

findings[name] := denied if {
	some name in gated_checks
	denied := data.evident.checks[input.type][name].deny
	count(denied) > 0
}

# gated_checks: the checks of a gated input type that can report on this document.
gated_checks contains name if some name in data.gates[input.type].always

gated_checks contains name if {
	some kind in resource_types
	some name in data.gates[input.type].by_type[kind]
}

resource_types contains r.type if some r in input.resources

# check_findings: the deny set of the one check input.__check__ (a package name under
# data.evident.checks.<input.type>); empty for a name that is not a check. When evaluating
# every check together fails (a runtime error in one check, such as two values for one
# function result), the scanner evaluates the checks of the document one by one with this
# entrypoint, so the error costs that check's findings on that document and no others. Only
# the named check is evaluated.
check_findings := data.evident.checks[input.type][input.__check__].deny
