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
