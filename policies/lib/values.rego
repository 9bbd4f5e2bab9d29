# METADATA
# title: Value helpers
# description: >-
#   Parsers put an unknown sentinel {"__unknown__": "<expression>", "refs": [...]}
#   where a value cannot be resolved from the code (a variable without default,
#   a computed attribute, a function result). A check must never report a
#   violation on an unknown value: these helpers make that the easy path.
# custom:
#   library: true
package evident.lib.values

# is_unknown(v): v could not be resolved statically.
is_unknown(v) if {
	is_object(v)
	v.__unknown__
}

# unknown_text(v): the expression of an unknown value, a template without its quotes
# ("${var.app}-db" as ${var.app}-db), for messages; undefined for anything else.
unknown_text(v) := substring(expr, 1, count(expr) - 2) if {
	expr := v.__unknown__
	is_string(expr)
	startswith(expr, `"`)
	endswith(expr, `"`)
	count(expr) >= 2
} else := v.__unknown__ if is_string(v.__unknown__)

# base64_text(v): the text the base64 string v encodes; undefined when the decoded bytes are not
# UTF-8 text (a keystore, a DER certificate, an archive). In wasm, lower() and other functions
# that read characters fail on invalid UTF-8, and with them the evaluation of the whole check on
# the document; its regular expressions match no invalid byte, so the match below is false for
# binary data there. (opa test's Go engine reads invalid bytes as U+FFFD: binary data is text to
# it, and these functions do not fail.) The empty string is the empty text (the wasm runtime's
# base64.decode gives no value for it).
base64_text(v) := "" if {
	v == ""
} else := text if {
	is_base64(v)
	text := base64.decode(v)
	regex.match(`^(?s:.)*$`, text)
}

# is_base64(v): v is standard base64 (RFC 4648, padded), as Kubernetes reads a Secret's data. The
# wasm runtime's base64.is_valid also accepts text with characters outside the alphabet (my-secret).
is_base64(v) if regex.match(`^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$`, v)

# may_be(v, want): v is want, or a value not known here. A check of a setting that must have a
# value (allowPrivilegeEscalation: false) reports `not values.may_be(setting, false)`: nothing when the
# module sets it from a variable.
may_be(v, want) if v == want

may_be(v, _) if is_unknown(v)

# may_be_at(obj, path, want): may_be of the value at path inside obj (object.get's path), for a
# negation: `not values.may_be(x.securityContext.privileged, true)` would fail when the field is
# missing, as OPA evaluates the argument outside the `not`; object.get gives null then.
may_be_at(obj, path, want) if may_be(object.get(obj, path, null), want)

# present(obj, key): obj[key] is set: not missing, null or "" (a value not known here counts).
present(obj, key) if {
	v := obj[key]
	v != null
	v != ""
}

# listed(v): v is a non-empty list, a non-empty string (one item written in place of the list),
# or a value not known here (a variable, a reference), which may hold items: a list of sources,
# subnets or groups that is set.
listed(v) if is_unknown(v)

listed(v) if truthy_string(v)

listed(v) if {
	is_array(v)
	count(v) > 0
}

# is_true(obj, key): obj[key] is literally true.
is_true(obj, key) if obj[key] == true

# is_false_or_absent(obj, key): obj[key] is missing, null or false, but not unknown.
is_false_or_absent(obj, key) if absent_or_null(obj, key)

is_false_or_absent(obj, key) if obj[key] == false

# absent_or_null(obj, key): the argument is not set: missing, or null (which
# Terraform treats as not set), but not unknown.
absent_or_null(obj, key) if not has_key(obj, key)

absent_or_null(obj, key) if obj[key] == null

# false_or_unset(obj, key): obj[key] is missing, null, false or "false" (in any case): a switch
# left off where its default is off. Not a value that is not known statically.
false_or_unset(obj, key) if absent_or_null(obj, key)

false_or_unset(obj, key) if false_value(obj[key])

# has_key(obj, key): the key is present (any value, including unknown).
has_key(obj, key) if _ = obj[key]

# refs(v): the references an unknown value makes (e.g. "aws_s3_bucket.records.id").
refs(v) := v.refs if {
	is_unknown(v)
	is_array(v.refs)
} else := []

# refers_to(v, id): v references the object with address `id`
# (e.g. v = aws_s3_bucket.records.id and id = "aws_s3_bucket.records").
refers_to(v, id) if {
	some ref in refs(v)
	ref == id
}

refers_to(v, id) if {
	some ref in refs(v)
	startswith(ref, concat("", [id, "."]))
}

# truthy_string(v): v is a known, non-empty string.
truthy_string(v) if {
	is_string(v)
	v != ""
}

# mentions_credential(name): the name, in any case, contains a word that says it
# holds a credential: password, passwd, secret, token, api(_)key, private(_)key,
# access(_)key, credential. Plain string built-ins, not a regular expression:
# in wasm a pattern is compiled again for every document evaluated, which cost
# a third of the evaluation of CloudFormation templates.
mentions_credential(name) if {
	l := lower(name)
	some word in credential_words
	contains(l, word)
}

# credential_name(name, suffixes, key_word): mentions_credential(name), but the name, in any
# case, neither ends in one of `suffixes` (the credential's ARN, id, length…) nor contains
# `key_word` (a KMS key reference). Each provider library passes its own lists.
credential_name(name, suffixes, key_word) if {
	mentions_credential(name)
	l := lower(name)
	not contains(l, key_word)
	not ends_with_any(l, suffixes)
}

ends_with_any(s, suffixes) if {
	some suffix in suffixes
	endswith(s, suffix)
}

credential_words := [
	"password", "passwd", "secret", "token", "apikey", "api_key",
	"privatekey", "private_key", "accesskey", "access_key", "credential",
]

# off_setting(v): a database parameter or flag value that turns a boolean setting off: false, or
# "off", "false", "0" or "no" in any case and spacing (PostgreSQL's and MySQL's spellings of
# off, which Azure's server parameters, Cloud SQL's flags and RDS's parameter groups take).
off_setting(v) if {
	is_string(v)
	lower(trim_space(v)) in {"off", "false", "0", "no"}
}

off_setting(false)

# false_value(v): literally false, or the string "false" in any case (CloudFormation
# and launch-template arguments write booleans as strings).
false_value(v) if v == false

false_value(v) if {
	is_string(v)
	lower(v) == "false"
}

# true_value(v): literally true, or the string "true" in any case.
true_value(v) if v == true

true_value(v) if {
	is_string(v)
	lower(v) == "true"
}

# known_object(v): an object whose content is known (not the unknown sentinel).
known_object(v) if {
	is_object(v)
	not is_unknown(v)
}

# known(v): v when known_object(v), for use as a value (known(known(a).b));
# undefined otherwise.
known(v) := v if known_object(v)

# flag_off(obj, container, key): [where, case] when the switch
# obj[container][key] is left off: "absent" (no container, or null: where is
# []), "unset" (a known container without the key, or with null: where is
# [container]) or "false" (false or "false" in any case: where is
# [container, key]). Undefined when the switch is on, or when the container
# or the key is not known statically. Callers give each case its own message.
flag_off(obj, container, _) := [[], "absent"] if absent_or_null(obj, container)

flag_off(obj, container, key) := [[container], "unset"] if {
	known_object(obj[container])
	absent_or_null(obj[container], key)
}

flag_off(obj, container, key) := [[container, key], "false"] if false_value(obj[container][key])

# lower_text(v): a setting's value as lower-case text, for comparing and for
# messages: a string in lower case, anything else as JSON (1 and "1", "ON" and
# "on", false and "FALSE" read the same).
lower_text(v) := lower(v) if is_string(v)

else := json.marshal(v)

# placeholder_text(v): a value written to be replaced, not a credential: a
# placeholder word (changeme, todo, redacted…) or a template or mask (${X},
# $(X), <x>, {{x}}, xxxx, ****, %X%).
placeholder_text(v) if lower(trim_space(v)) in placeholder_words

placeholder_text(v) if {
	t := trim_space(v)
	may_match_a_pattern(t)
	some pattern in placeholder_patterns
	regex.match(pattern, t)
}

# may_match_a_pattern(t): what one of placeholder_patterns needs (its first
# character, in any case, or "here", or xxxx). Tested first: in wasm each pattern is
# compiled again for every document evaluated, and most values are not placeholders.
may_match_a_pattern(t) if pattern_starts[lower(substring(t, 0, 1))]

may_match_a_pattern(t) if contains(lower(t), "here")

may_match_a_pattern(t) if contains(lower(t), "xxxx")

pattern_starts := {"$", "<", "{", "x", "*", ".", "%", "c", "r", "f", "t", "m", "y", "s"}

placeholder_words := {
	"changeme", "change-me", "change_me", "replaceme", "replace-me", "replace_me", "password", "secret",
	"todo", "tbd", "example", "dummy", "test", "none", "null", "redacted", "placeholder",
}

# The last pattern: a placeholder word padded to a length a setting requires
# (Kiali's `signing_key: CHANGEME00000000` in Istio's samples), or followed by words
# (External Secrets' `token: change-me-placeholder`, change-me-in-production).
# And an upper-case name ending in _HERE, braced or not (Loki's `license.jwt: LICENSE_HERE`,
# `{ GCP_SERVICE_ACCOUNT_JSON_HERE }`); what "goes here" (External Secrets' `token: "**access
# token goes here**"`); a sample named for its owner (my-token, your_api_key, some-password,
# my-service-principal-client-secret); a short prefix and xxxx (`accessId: p-XXXX`).
placeholder_patterns := [
	`^\$\{[^}]*\}$`, `^\$\([^)]*\)$`, `^<[^>]*>$`, `^\{\{.*\}\}$`, `^[xX*.]+$`, `^%[A-Za-z_]+%$`,
	`(?i)^(change[-_ ]?me|replace[-_ ]?me|fixme|todo)([-_.0xX]*|([-_. ][a-z]+)+)$`,
	`^\{?\s*[A-Z][A-Z0-9_]*_HERE\s*\}?$`,
	`(?i)\bgoes[-_ ]here\b`,
	`(?i)^(my|your|some)[-_ ]([a-z]+[-_ ])*(secret|token|password|passwd|pass|key|api[-_]?key|id|credentials?)$`,
	`^[A-Za-z0-9]{1,8}[-_][xX]{4,}$`,
]

# matched(text, patterns): the names of `patterns` ({name: [needle, regular expression]}) whose
# expression matches text. Each expression is tried only when the lower-cased text holds its
# needle: OPA's wasm runtime compiles every regular expression again for each document, and most
# texts (a Dockerfile's RUN, a workflow step's run) hold none of the needles.
matched(text, patterns) := {name |
	lower_text := lower(text)
	some name, [needle, pattern] in patterns
	contains(lower_text, needle)
	regex.match(pattern, text)
}
