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

# data.gates (set by the scanner from the manifest's check triggers, src/checks/triggers.ts)
# lists the checks of every input type: a check runs only on documents that have a resource of
# one of its trigger types, or always when it has none (gates.always; every check of an input
# type that is not gated by resource type is there). A check that finds nothing still costs a
# look-up per resources(…) call; skipping the checks that cannot find anything took 12–14 %
# off the evaluation of the Terraform and CloudFormation bench corpora. An input type missing
# from data.gates is evaluated by no check.
#
# Why every input type goes through data.gates: a second rule took the input types that had
# no gate, iterating every check package by name (some name; data.evident.checks[input.type]
# [name].deny). opa compiles such an iteration into one branch per check, and with 340 checks
# this rule was a 36 KB wasm function, a twentieth of the module's code and by far its
# largest: V8 compiled it with TurboFan in every scan of a few hundred documents, 53–97 ms of
# a second thread on a two-core machine. The look-up by name below is a 312-byte function.
findings[name] := denied if {
	some name in gated_checks
	denied := data.evident.checks[input.type][name].deny
	count(denied) > 0
}

# gated_checks: the checks of the document's input type that can report on it.
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
