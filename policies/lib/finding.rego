# METADATA
# title: Finding builders
# description: >-
#   Every check builds its findings with these functions so that all findings
#   have one shape. The entrypoint (main/main.rego) groups them by check and
#   the scanner tags each with its check's key, then maps the resource id and
#   path back to file and lines.
# custom:
#   library: true
package evident.lib.finding

import data.evident.lib.values

# of(resource, msg): a finding located at the whole resource.
of(resource, msg) := {"resource": resource.id, "msg": msg}

# at(resource, path, msg): a finding located at `path` inside the resource
# (a list of keys and indexes, e.g. ["config", "acl"]).
at(resource, path, msg) := {"resource": resource.id, "path": path, "msg": msg}

# secret_at(resource, path, msg): like at(), for a finding whose located value
# is itself a secret: the scanner masks that value in every output.
secret_at(resource, path, msg) := {"resource": resource.id, "path": path, "msg": msg, "secret": true}

# value_text(v): a setting's value for a message's %s: a string as written, a
# value the code does not resolve as its expression (var.port, Ref WebPort),
# another value as JSON (false, 0, 80, null). format() writes only strings for %s
# itself; sprintf would write a boolean as %!s(bool=false) in OPA's Go engine.
value_text(v) := v if is_string(v)

else := values.unknown_text(v) if values.is_unknown(v)

else := json.marshal(v)

# format(fmt, args): sprintf(fmt, args), computed in wasm code when it can be.
# In the wasm bundle sprintf is not wasm: every call goes out to the JS host,
# which copies its arguments through JSON (≈ 10 µs, more while the host's code
# is still cold). When every verb of fmt is a %s with a string argument or a %d
# with an integer, the same text is built here with split, substring,
# format_int and concat (≈ 3 µs). One pass over the pieces after the first,
# paired with args by index: no `i + 1`, which OPA's wasm runtime computes in
# decimal arithmetic, and no second `every` pass over the arguments. Formatting
# was a quarter of the checks' time on the Kubernetes bench documents (a CPU
# profile); this shape took their warm evaluation from 89 to 84 ms (medians of
# five interleaved processes), Terraform and CloudFormation within noise.
# Anything else (%%, %v, a width, a float, a list) is left to sprintf.
# data.settings.format_on_host sends every call to sprintf (a test counts them
# to check that checks format messages only for their findings).
format(fmt, args) := concat("", [pieces[0], concat("", texts)]) if {
	not data.settings.format_on_host
	pieces := split(fmt, "%")
	rest := array.slice(pieces, 1, count(pieces))
	count(rest) == count(args)
	texts := [concat("", [formatted(substring(piece, 0, 1), args[i]), substring(piece, 1, -1)]) | some i, piece in rest]
	count(texts) == count(args)
} else := sprintf(fmt, args)

# formatted(verb, arg): arg written for the verb, when format() can write it itself.
formatted("s", arg) := arg if is_string(arg)

# A value the parser could not resolve (a name from a Terraform variable or a dynamic block's
# iterator) is written as its expression, a template without its quotes ("${var.app}-db" as
# ${var.app}-db); sprintf would write the sentinel object.
formatted("s", arg) := values.unknown_text(arg)

formatted("d", arg) := format_int(arg, 10) if {
	is_number(arg)
	floor(arg) == arg
}
