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
#   placeholder.
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

# Words of a name, upper case: DB_PASSWORD, db.password and db-password all give ["DB", "PASSWORD"].
words(name) := [w | some w in split(strings.replace_n({".": "_", "-": "_"}, upper(name)), "_"); w != ""]

credential_words := {
	"PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY", "CREDENTIAL",
	"CREDENTIALS", "ACCESSKEY", "AUTHKEY", "CLIENTSECRET", "SECRETKEY", "SIGNINGKEY", "ENCRYPTIONKEY",
	"MASTERKEY",
}

# Two words that name a credential together: API_KEY, CLIENT_SECRET, SIGNING_KEY.
credential_pairs := {
	["API", "KEY"], ["PRIVATE", "KEY"], ["ACCESS", "KEY"], ["AUTH", "KEY"], ["CLIENT", "SECRET"],
	["SECRET", "KEY"], ["SIGNING", "KEY"], ["ENCRYPTION", "KEY"], ["MASTER", "KEY"],
}

# A last word that makes the name a setting about a credential, not the credential.
setting_words := {
	"FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "ENABLE", "ENABLED", "DISABLE",
	"DISABLED", "LENGTH", "TTL", "EXPIRY", "EXPIRE", "EXPIRES", "EXPIRATION", "TIMEOUT", "NAME", "ID",
	"TYPE", "HEADER", "FIELD", "MIN", "MAX", "ALGORITHM", "ALG", "POLICY", "ROTATION", "COUNT", "SIZE",
	"MODE", "MINUTES", "SECONDS", "HOURS", "DAYS", "ISSUER", "AUDIENCE", "PREFIX", "REGION", "BACKEND",
	"COMMAND", "ARN", "KWARGS", "PARAMETER", "PARAM", "SSM", "VERSION", "SCOPE", "SCOPES",
}

password_words := {"PASSWORD", "PASSWD", "PASS", "PWD"}

credential_name(name) if {
	w := words(name)
	count(w) > 0
	w != ["PWD"] # the shell's working directory
	not setting_words[w[count(w) - 1]]
	named_credential(w)
}

named_credential(w) if {
	some word in w
	credential_words[word]
}

named_credential(w) if {
	some i, word in w
	credential_pairs[[word, w[i + 1]]]
}

# A password-named variable holds a password from four characters without
# spaces; any other credential name needs a value shaped like a key or token:
# eight characters or more, no spaces, a digit or both cases, and not a dotted
# identifier such as a class name.
credential_value(name, value) if {
	not placeholder(value)
	some word in words(name)
	password_words[word]
	count(value) >= 4
	not regex.match(`\s`, value)
}

credential_value(name, value) if {
	not placeholder(value)
	count(value) >= 8
	not regex.match(`\s`, value)
	regex.match(`[0-9]|[a-z].*[A-Z]|[A-Z].*[a-z]`, value)
	not regex.match(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$`, value)
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

placeholder(value) if regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|^\$[A-Za-z_][A-Za-z0-9_.-]*$|\$\{|\{\{|^<[^>]*>$|^%[A-Za-z_]+%$|^\*+$|^[xX]+$|^\.+$|^[0-9]+$|^arn:|^/[A-Za-z0-9_./-]*$|^ENC\[.*\]$`, trim_space(value))

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
