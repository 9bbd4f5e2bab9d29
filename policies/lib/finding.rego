# METADATA
# title: Finding builders
# description: >-
#   Every check builds its findings with these functions so that all findings
#   have one shape. The entrypoint (main/main.rego) adds the check's key; the
#   scanner maps the resource id and path back to file and lines.
# custom:
#   library: true
package evident.lib.finding

# of(resource, msg): a finding located at the whole resource.
of(resource, msg) := {"resource": resource.id, "msg": msg}

# at(resource, path, msg): a finding located at `path` inside the resource
# (a list of keys and indexes, e.g. ["config", "acl"]).
at(resource, path, msg) := {"resource": resource.id, "path": path, "msg": msg}

# secret_at(resource, path, msg): like at(), for a finding whose located value
# is itself a secret: the scanner masks that value in every output.
secret_at(resource, path, msg) := {"resource": resource.id, "path": path, "msg": msg, "secret": true}

# format(fmt, args): sprintf(fmt, args), computed in wasm code when it can be.
# In the wasm bundle sprintf is not wasm: every call goes out to the JS host,
# which copies its arguments through JSON (≈ 10 µs); when every % of fmt is a
# %s and every argument a string, the same text is built here with split and
# concat (≈ 3 µs). Anything else (%d, a number or a list for %s) is left to
# sprintf. data.settings.format_on_host sends every call to sprintf (a test
# counts them to check that checks format messages only for their findings).
format(fmt, args) := concat("", [text | some i, part in parts; text := concat("", [part, padded[i]])]) if {
	not data.settings.format_on_host
	every arg in args {
		is_string(arg)
	}
	parts := split(fmt, "%s")
	count(parts) == count(args) + 1
	count(split(fmt, "%")) == count(parts)
	padded := array.concat(args, [""])
} else := sprintf(fmt, args)
