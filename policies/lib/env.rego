# METADATA
# title: Container environment secrets
# description: >-
#   Whether a literal environment value of a container definition (ECS task
#   definitions, where the parser cannot see inside the JSON) is a committed
#   credential: the same reading as the compose and .env parsers' secretHint
#   (src/parsers/secret-value.ts): a credential word in the name that is not a
#   setting about credentials (…_EXPIRE_MINUTES, …_ALGORITHM, …_BACKEND,
#   …_REGION), and a value that is not a placeholder, a reference, a switch, a
#   number or an ARN; or a connection string whose password is not a
#   placeholder. Unlike secretHint, names are also read in camelCase
#   (dbPassword) and written run together (dbpassword, by a credential word
#   that ends them: see words and credential_word). A function's
#   environment variable (Lambda) is judged the same way, and also for an AWS
#   access key ID in its value (variable_secret).
package evident.lib.env

import data.evident.lib.values

# secret_reason(name, value): "(a secret by its name)" or "(a connection
# string with an embedded password)" when the literal value of the variable
# `name` is a credential; undefined otherwise.
secret_reason(name, value) := "(a secret by its name)" if {
	credential_name(name)
	credential_value(name, value)
} else := "(a connection string with an embedded password)" if {
	url_password(value)
}

# variable_secret(name, value): why the literal value of an environment
# variable `name` of a function (Lambda: EVD-TF-202, EVD-CFN-031) is a
# credential: secret_reason(name, value), else "(an AWS access key ID)" when
# the value holds one (AKIA… or ASIA… and 16 upper-case letters or digits,
# found as in scripts by unnamed_secrets), whatever the name:
# AWS_ACCESS_KEY_ID ends in _ID, which the name test leaves out. Undefined
# otherwise.
variable_secret(name, value) := reason if {
	reason := secret_reason(name, value)
} else := "(an AWS access key ID)" if {
	some [what, _] in unnamed_secrets(value)
	what == "an AWS access key ID"
}

# Words of a name, upper case: DB_PASSWORD, db.password and db-password all give ["DB",
# "PASSWORD"], and so does the camelCase dbPassword. A part of the name that mixes cases is
# cut before each capital that follows a lower-case letter or a digit (oauth2Token gives
# ["OAUTH2", "TOKEN"], secretARN ["SECRET", "ARN"]); capitals written together stay with
# the word they start (DBPassword gives ["DBPASSWORD"], APIKey ["APIKEY"]), as does a name
# written run together (dbpassword, DBPASSWORD): credential_word reads those by their end.
# No regex.replace: the wasm build does not implement it.
words(name) := [upper(w) |
	some part in split(strings.replace_n({".": "_", "-": "_"}, name), "_")
	some w in part_words(part)
]

part_words(part) := [match[0] | some match in regex.find_all_string_submatch_n(`[A-Z]*[a-z0-9]+|[A-Z]+`, part, -1)] if {
	lower(part) != part
	upper(part) != part
} else := [part] if part != ""

else := []

credential_words := {
	"PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY", "CREDENTIAL",
	"CREDENTIALS", "ACCESSKEY", "AUTHKEY", "CLIENTSECRET", "SECRETKEY", "SIGNINGKEY", "ENCRYPTIONKEY",
	"MASTERKEY", "PGPASSWORD",
}

# Two words that name a credential together: API_KEY, CLIENT_SECRET, SIGNING_KEY.
credential_pairs := {
	["API", "KEY"], ["PRIVATE", "KEY"], ["ACCESS", "KEY"], ["AUTH", "KEY"], ["CLIENT", "SECRET"],
	["SECRET", "KEY"], ["SIGNING", "KEY"], ["ENCRYPTION", "KEY"], ["MASTER", "KEY"],
}

# A last word that makes the name a setting about a credential, not the credential. The
# second group names the Java and Spring settings that camelCase names bring in
# (passwordEncoder, tokenStrategy, secretProvider, passwordPattern).
setting_words := {
	"FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "ENABLE", "ENABLED", "DISABLE",
	"DISABLED", "LENGTH", "TTL", "EXPIRY", "EXPIRE", "EXPIRES", "EXPIRATION", "TIMEOUT", "NAME", "ID",
	"TYPE", "HEADER", "FIELD", "MIN", "MAX", "ALGORITHM", "ALG", "POLICY", "ROTATION", "COUNT", "SIZE",
	"MODE", "MINUTES", "SECONDS", "HOURS", "DAYS", "ISSUER", "AUDIENCE", "PREFIX", "REGION", "BACKEND",
	"COMMAND", "ARN", "KWARGS", "PARAMETER", "PARAM", "SSM", "VERSION", "SCOPE", "SCOPES",
	"ENCODER", "STRATEGY", "PROVIDER", "CLASS", "FORMAT", "PATTERN", "REGEX", "COMPLEXITY", "STRENGTH",
	"LOCATION",
}

# PGPASSWORD: the password variable of PostgreSQL clients (libpq, psql).
password_words := {"PASSWORD", "PASSWD", "PASS", "PWD", "PGPASSWORD"}

# Credential words that also name a credential at the end of a word written run together
# (DBPASSWORD, mysqlrootpassword, githubtoken, jwtsecret, stripeapikey, keypassword: a
# keystore's key password). Not PASS, PWD or a bare KEY, which end ordinary words (BYPASS,
# COMPASS, OLDPWD, MONKEY, HOTKEY).
suffix_words := {
	"PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL", "CREDENTIALS", "APIKEY", "PRIVATEKEY",
	"ACCESSKEY", "AUTHKEY", "SECRETKEY", "SIGNINGKEY", "ENCRYPTIONKEY", "MASTERKEY",
}

# Run-together beginnings that say the name is a switch about the credential, not the
# credential: NOPASSWD (sudoers), NOPASSWORD.
negating_prefixes := {"NO"}

# credential_word(word): a credential word, whole or at the end of a word run together.
credential_word(word) if credential_words[word]

credential_word(word) if ends_in(word, suffix_words)

# password_word(word): a password word, whole or at the end of a word run together (DBPASSWORD).
password_word(word) if password_words[word]

password_word(word) if ends_in(word, {"PASSWORD", "PASSWD"})

# ends_in(word, suffixes): the word is longer than one of `suffixes` and ends with it, after
# a beginning that does not negate it.
ends_in(word, suffixes) if {
	some suffix in suffixes
	count(word) > count(suffix)
	endswith(word, suffix)
	not negating_prefixes[substring(word, 0, count(word) - count(suffix))]
}

credential_name(name) if {
	may_name_a_credential(name)
	w := words(name)
	count(w) > 0
	w != ["PWD"] # the shell's working directory
	not setting_words[w[count(w) - 1]]
	named_credential(w)
}

# may_name_a_credential(name): the name holds a fragment of every credential word and pair
# above (env_test checks that none lacks one). Tested first: reading a name into words costs
# about 25 µs in wasm, and most names (LOG_LEVEL) name no credential.
may_name_a_credential(name) if {
	n := upper(name)
	some fragment in credential_fragments
	contains(n, fragment)
}

credential_fragments := ["PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL"]

named_credential(w) if {
	some word in w
	credential_word(word)
}

named_credential(w) if {
	some i, word in w
	credential_pairs[[word, w[i + 1]]]
}

# A password-named variable holds a password from four characters without
# spaces; any other credential name needs a value shaped like a key or token:
# eight characters or more, no spaces, a digit or both cases, and not an
# identifier: a dotted one such as a class name, or words in camel case such as
# a parameter's name (SLACK_TOKEN: SlackToken, where !Ref SlackToken was meant;
# the source-code rules' names, src/engine/code/secrets.ts NAME_LIKE).
# One definition with else: in wasm every definition of a function is evaluated, and the
# second one's patterns are compiled again for every document evaluated.
credential_value(name, value) if {
	not placeholder(value)
	not has_space(value)
	credential_shaped(name, value)
}

credential_shaped(name, value) if {
	count(value) >= 4
	some word in words(name)
	password_word(word)
} else if {
	count(value) >= 8
	regex.match(`[0-9]|[a-z].*[A-Z]|[A-Z].*[a-z]`, value)
	not regex.match(`^(?:[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+|[A-Za-z][a-z]+(?:[A-Z][a-z]+)+)$`, value)
}

# Beyond values.placeholder_text's words: the compose and .env parsers' own.
more_placeholder_words := {
	"passwd", "pass", "token", "changeit", "fixme", "nil", "undefined", "empty", "true", "false", "yes",
	"no", "on", "off", "foo", "bar", "sample", "secret_here", "your_password", "your-password",
}

# placeholder(value): not a credential whatever the name: empty, a placeholder
# word, a reference to be substituted (${X}, $X, $x-y: Argo CD's reference to
# a key of its Secret, {{x}}, <x>, %X%), a mask
# (****, xxxx, ....), a number, an ARN, an absolute path or a secret-backend
# handle such as Datadog's ENC[...] (pointers to a secret, not the secret).
placeholder(value) if trim_space(value) == ""

placeholder(value) if values.placeholder_text(value)

placeholder(value) if more_placeholder_words[lower(trim_space(value))]

placeholder(value) if {
	t := trim_space(value)
	may_be_a_reference(t)
	regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|^\$[A-Za-z_][A-Za-z0-9_.-]*$|\$\{|\{\{|^<[^>]*>$|^%[A-Za-z_]+%$|^\*+$|^[xX]+$|^\.+$|^[0-9]+$|^arn:|^/[A-Za-z0-9_./-]*$|^ENC\[.*\]$`, t)
}

# may_be_a_reference(t): what one of the pattern's alternatives above needs (its first
# character, ${ or {{). Tested first: in wasm the pattern is compiled again for every
# document evaluated, and most values are not placeholders.
may_be_a_reference(t) if reference_starts[substring(t, 0, 1)]

may_be_a_reference(t) if contains(t, "${")

may_be_a_reference(t) if contains(t, "{{")

reference_starts := {"$", "<", "%", "*", "x", "X", ".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "/", "E"}

# has_space(value): a white-space character as RE2's \s matches it, without a regular expression.
has_space(value) if {
	some c in ["\t", "\n", "\f", "\r", " "]
	contains(value, c)
}

# url_password(value): a connection string (scheme://user:password@host) whose
# password is not a placeholder ({password}, %s, <password>, $DB_PASSWORD, ****).
url_password(value) if {
	is_string(value)
	contains(value, "://")
	contains(value, "@")
	some match in regex.find_all_string_submatch_n(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]+:([^@/\s]+)@`, value, 1)
	password := match[1]
	not placeholder(password)
	not regex.match(`^[{%$<]`, password)
}

# variable_secret_or_key_id(name, value): why an environment variable's value is
# a credential (variable_secret), else, for AWS_ACCESS_KEY_ID (which the name
# test leaves out: it ends in _ID), a value shaped like a key (credential_value).
# AWS Config's CodeBuild rule reports both AWS key variables.
variable_secret_or_key_id(name, value) := reason if {
	reason := variable_secret(name, value)
} else := "(an AWS access key ID by its name)" if {
	upper(name) == "AWS_ACCESS_KEY_ID"
	credential_value(name, value)
}

# url_credentials(location): what credentials a URL carries in its user info:
# "a password or token" (user:password@, not a placeholder), else "a token" (a
# user name that is a token, over http or https). Undefined for a URL without
# credentials, or with a user name alone (https://jdoe@bitbucket.org/…).
url_credentials(location) := "a password or token" if {
	url_password(location)
} else := "a token" if {
	url_token_user(location)
}

# url_token_user(location): an http(s) URL whose user info, without a password,
# is a token. Plain string built-ins before any pattern.
url_token_user(location) if {
	is_string(location)
	contains(location, "@")
	l := lower(location)
	some scheme in ["https://", "http://"]
	startswith(l, scheme)
	authority := split(substring(location, count(scheme), -1), "/")[0]
	parts := split(authority, "@")
	count(parts) == 2
	user := parts[0]
	not contains(user, ":")
	token(user)
	not placeholder(user)
}

# token(user): a user name that is a provider's token by its prefix (GitHub
# ghp_, gho_, ghu_, ghs_, ghr_, github_pat_; GitLab glpat-; Bitbucket ATBB), or
# GitHub's classic 40 hexadecimal digits, or a random-looking run of at least 20
# letters and digits (upper case, lower case and digits mixed, as GitLab's
# legacy tokens are). A user name such as build_user_2024_ci_bot is none of
# these.
token(user) if {
	some prefix in token_prefixes
	startswith(user, prefix)
	count(user) >= count(prefix) + 16
}

token(user) if regex.match(`^[0-9a-f]{40}$`, user)

token(user) if {
	count(user) >= 20
	regex.match(`^[A-Za-z0-9_-]+$`, user)
	regex.match(`[0-9]`, user)
	regex.match(`[a-z]`, user)
	regex.match(`[A-Z]`, user)
}

token_prefixes := ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "ATBB"]

# ------------------------------------------------------------ scripts

# script_secrets(text): [description, value] of each literal credential a
# script or configuration text gives away (a VM's user data: a shell script, a
# cloud-init file, a PowerShell script): an assignment on one of its lines
# (NAME=value, export NAME=value, --name=value, name: value, "name": "value")
# judged by secret_reason ("DB_PASSWORD (a secret by its name)"); else, on a
# line without one, a connection string with an embedded password ("a
# connection string with an embedded password", e.g. git clone
# https://user:token@host/…) and an AWS access key ID (AKIA… or ASIA… and 16
# upper-case letters or digits: "an AWS access key ID"). Not read as literal: a
# value with a shell expansion ($X, ${X}, $(command), `command`), which the
# shell computes at boot; a crypt hash ($6$…, a hashed password for a user
# account); comment lines (#, //, ;, REM). The value is returned so that callers
# can leave out values reported elsewhere; it must never be put in a message.
script_secrets(text) := {s |
	some line in split(text, "\n")
	t := trim_space(line)
	t != ""
	not script_comment(t)
	some s in line_secrets(t)
}

script_comment(t) if startswith(t, "#")

script_comment(t) if startswith(t, "//")

script_comment(t) if startswith(t, ";")

script_comment(t) if startswith(upper(t), "REM ")

line_secrets(t) := named if {
	named := {[concat(" ", [name, reason]), value] |
		some [name, value] in assignments(t)
		reason := secret_reason(name, value)
	}
	count(named) > 0
} else := {s | some s in unnamed_secrets(t)}

# Cheap tests before any regex: the line mentions a credential word or a URL.
assignment_hint(t) if {
	u := upper(t)
	some word in ["PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL"]
	contains(u, word)
}

assignment_hint(t) if contains(t, "://")

# assignments(t): [name, value] of each NAME=value or name: value of a line,
# with a value that is written literally.
assignments(t) := {[name, value] |
	assignment_hint(t)
	some match in regex.find_all_string_submatch_n(assignment_pattern, t, -1)
	name := match[1]
	value := trim(match[2], "\"'\\")
	literal_script_value(value)
}

# A name after the start of the line, a space, a quote, an opening bracket, a
# comma, a semicolon or a dash (--password=…); an optional closing quote ("name":);
# = or :; a value that is quoted, or runs to a space, a quote, ; , ) ] or }. A
# backslash before a quote (\"value\", a heredoc's escaped quote) is taken off.
assignment_pattern := `(?:^|[\s;"'\[(,{-])([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[=:]\s*\\?("[^"]*"|'[^']*'|[^\s"';,)\]}]+)`

literal_script_value(value) if {
	value != ""
	not contains(value, "$")
	not contains(value, "`")
	not startswith(value, "//") # the scheme of a URL read as name: value
}

unnamed_secrets(t) := {["a connection string with an embedded password", url] |
	contains(t, "://")
	contains(t, "@")
	some match in regex.find_all_string_submatch_n(`[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>]+`, t, -1)
	url := match[0]
	not contains(url, "$")
	url_password(url)
} | {["an AWS access key ID", key] |
	some prefix in ["AKIA", "ASIA"]
	contains(t, prefix)
	some match in regex.find_all_string_submatch_n(`(?:^|[^A-Za-z0-9/+])((?:AKIA|ASIA)[A-Z0-9]{16})(?:[^A-Za-z0-9/+=]|$)`, t, -1)
	key := match[1]
}

# script_text(v): the text of a bootstrap value (user data, custom data) that
# is a known string: as written, or decoded when it is base64 (one run of
# base64 characters, not gzip: cloud-init accepts gzip, which is not text; nor
# any other bytes that are not UTF-8 text: values.base64_text).
# Undefined for anything else.
script_text(v) := text if {
	is_string(v)
	not contains(v, " ")
	not contains(v, "\n")
	not startswith(v, "H4sI")
	count(trim_right(v, "=")) >= 8
	text := values.base64_text(v)
} else := v if is_string(v)

# hcl_script(v): the text of a Terraform bootstrap argument (user_data,
# custom_data): a known string (script_text); or, when the parser left it
# unknown because a heredoc interpolates values it cannot resolve (<<EOF …
# ${var.x} … EOF, also inside base64encode(), which it does not evaluate), the
# literal lines of the heredoc: a line with an interpolation or a directive
# (${…}, %{…}) is left out, so only text written in the code is read. Undefined
# for any other unknown value (file(), templatefile(), filebase64(), a
# variable, a data source: their text is not in the module).
hcl_script(v) := script_text(v) if is_string(v)

else := heredoc_literal(v.__unknown__) if {
	values.is_unknown(v)
	is_string(v.__unknown__)
	some prefix in ["<<", "base64encode(<<"]
	startswith(v.__unknown__, prefix)
}

heredoc_literal(text) := literal_lines(array.slice(lines, 1, end), ["${", "%{"]) if {
	lines := split(text, "\n")
	marker := trim_left(substring(lines[0], indexof(lines[0], "<<") + 2, -1), "-")
	end := min({i | some i, line in lines; i > 0; trim_space(line) == trim_space(marker)})
}

# literal_lines(lines, markers): the lines of a template (a heredoc, a
# CloudFormation Fn::Sub) that contain none of `markers` (the template's
# interpolation or directive openers, such as "${"), joined with newlines:
# only text written in the code is read.
literal_lines(lines, markers) := concat("\n", [line |
	some line in lines
	not contains_any(line, markers)
])

contains_any(s, markers) if {
	some marker in markers
	contains(s, marker)
}
