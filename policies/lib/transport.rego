# METADATA
# title: Transport settings of environments
# description: >-
#   How an environment variable turns encryption in transit off: TLS
#   certificate verification disabled (NODE_TLS_REJECT_UNAUTHORIZED=0,
#   PYTHONHTTPSVERIFY=0, NPM_CONFIG_STRICT_SSL=false, GIT_SSL_NO_VERIFY and
#   PIP_TRUSTED_HOST at any value), a database connection without TLS
#   (sslmode=disable and similar in a URL to a remote host; PGSSLMODE=disable
#   and similar settings), a URL to a remote host over plain HTTP; and how a
#   shell command turns verification off. Read the same way in .env files,
#   compose services' environments, Kubernetes containers' env and
#   ConfigMaps, Lambda functions, ECS task definitions, Azure apps, Cloud
#   Functions and Cloud Run, Dockerfiles (ENV, ARG and RUN) and workflows
#   (env and run). A host is local when it does not leave the
#   machine or the private network: loopback and documentation names (as the
#   source-code rules read them, src/engine/code/secrets.ts
#   isLocalOrReservedHost), private IPv4 ranges, .internal, .lan, .home,
#   .svc and .cluster.local names, and names without a dot (a compose service
#   such as db, a Kubernetes Service of the same namespace); a host that names
#   a variable (${DB_HOST}) is not known and not reported.
# custom:
#   library: true
package evident.lib.transport

import data.evident.lib.finding
import data.evident.lib.values

# url(value): the URL that a whole value is: {"scheme", "host", "params"}, scheme and host lower
# case, params the query parameters by lower-case name (the first of a repeated name).
url(value) := {"scheme": lower(m[1]), "host": lower(m[2]), "params": query_params(m[3])} if {
	is_string(value)
	contains(value, "://")
	some m in regex.find_all_string_submatch_n(url_pattern, trim_space(value), 1)
}

url_pattern := `^([a-zA-Z][a-zA-Z0-9+.-]*)://(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^:/?#\s]*)(?::\d+)?[^?#\s]*(?:\?([^#\s]*))?(?:#\S*)?$`

query_params(query) := {name: param_value(pair) |
	pairs := split(query, "&")
	some i, pair in pairs
	pair != ""
	name := param_name(pair)
	not named_before(pairs, i, name)
}

param_name(pair) := lower(substring(pair, 0, indexof(pair, "="))) if contains(pair, "=")

else := lower(pair)

param_value(pair) := substring(pair, indexof(pair, "=") + 1, -1) if contains(pair, "=")

else := ""

named_before(pairs, i, name) if {
	some j, pair in pairs
	j < i
	pair != ""
	param_name(pair) == name
}

# local_host(host): the host does not leave the machine or the private network, or is not known.
local_host(host) if host == ""

local_host(host) if contains(host, "$")

local_host(host) if {
	not contains(host, ".")
	not contains(host, ":")
}

local_host(host) if reserved_host(trim_right(trim_left(host, "["), "]"))

local_host(host) if regex.match(`^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)`, host)

local_host(host) if {
	some suffix in [".internal", ".lan", ".home", ".cluster.local", ".svc"]
	endswith(host, suffix)
}

reserved_host(h) if h in {"localhost", "::1", "0.0.0.0", "::"}

reserved_host(h) if startswith(h, "127.")

reserved_host(h) if {
	some suffix in [".localhost", ".local", ".test", ".example", ".invalid"]
	endswith(h, suffix)
}

reserved_host(h) if regex.match(`(?:^|\.)example\.(?:com|net|org)$`, h)

# setting_text(v): an environment value as the program reads it: a string as it is, a number or a
# boolean as written (Terraform and CloudFormation turn NODE_TLS_REJECT_UNAUTHORIZED = 0 into
# "0"); undefined for anything else (null, a value not known here).
setting_text(v) := v if is_string(v)

else := json.marshal(v) if is_number(v)

else := json.marshal(v) if is_boolean(v)

# may_turn_off(name, value): a cheap test that the variable may be one these functions judge: a
# URL, a verification setting, or a value that turns something off. The environment readers keep
# only these, so that the checks build nothing for the many variables that are neither.
may_turn_off(_, value) if contains(value, "://")

may_turn_off(name, _) if verification_settings[name]

may_turn_off(name, _) if any_value_settings[name]

may_turn_off(_, value) if lower(value) in off_values

off_values := {"disable", "disabled", "false", "0", "off", "no"}

# map_variables(map, path): {"path", "name", "value"} of a map of environment variables written
# at `path` (Terraform's app_settings and environment_variables, CloudFormation's
# Environment.Variables, a ConfigMap's data): its literal values as text (setting_text) that may
# turn TLS off (may_turn_off). Empty when the map is not known here.
map_variables(map, path) := [{"path": array.concat(path, [name]), "name": name, "value": text} |
	values.known_object(map)
	some name, value in map
	text := setting_text(value)
	may_turn_off(name, text)
]

# list_variables(list, path, name_key, value_key): the same of a list of {name, value} entries
# written at `path` (Kubernetes' and Cloud Run's env, ECS container definitions' environment:
# "name" and "value"; CloudFormation's: "Name" and "Value"). Entries without a name are left out.
list_variables(list, path, name_key, value_key) := [{"path": array.concat(path, [k, value_key]), "name": e[name_key], "value": text} |
	is_array(list)
	some k, e in list
	is_string(e[name_key])
	text := setting_text(e[value_key])
	may_turn_off(e[name_key], text)
]

# verification_off(name, value): the variable turns TLS certificate verification off.
verification_off(name, value) if {
	is_string(value)
	lower(value) in verification_settings[name]
}

verification_off(name, value) if {
	is_string(value)
	value != ""
	any_value_settings[name]
}

# verification_off_commands(command): how a shell command turns TLS certificate verification off,
# as the findings name it (a Dockerfile's RUN, a workflow step's run): an option of curl, wget,
# pip, npm/yarn/pnpm, git, yum or dnf, or one of the variables of verification_settings and
# any_value_settings set in front of a command (VAR=value cmd, export VAR=value). Options are read
# after the command's name within one command (up to |, ;, & or the end of a line).
verification_off_commands(command) := values.matched(command, verification_off_patterns)

verification_off_patterns := {
	"curl -k/--insecure": ["curl", `\bcurl\b[^|;&\n]*\s(-[a-zA-Z]*k[a-zA-Z]*|--insecure)(\s|$)`],
	"wget --no-check-certificate": ["--no-check-certificate", `\bwget\b[^|;&\n]*\s--no-check-certificate\b`],
	"pip --trusted-host": ["--trusted-host", `\bpip[0-9.]*\b[^|;&\n]*\s--trusted-host\b`],
	"npm/yarn strict-ssl false": ["strict-ssl", `\b(npm|yarn|pnpm)\b[^|;&\n]*\s["']?(--)?strict-ssl["']?(\s+|=)["']?false\b`],
	"git http.sslVerify false": ["sslverify", `(?i)\bgit\b[^|;&\n]*http\.sslverify(\s+|=)false\b`],
	"sslverify=0 for yum/dnf": ["sslverify", `(?im)\b(yum|dnf|dnf-3|tdnf|microdnf|yum-config-manager)\b[^|;&\n]*--setopt=["']?([^=\s]+\.)?sslverify["']?=["']?(0|false|no)\b|(^|\\n)\s*sslverify\s*=\s*["']?(0|false|no)\b`],
	"GIT_SSL_NO_VERIFY": ["git_ssl_no_verify", `\bGIT_SSL_NO_VERIFY=\S`],
	"NODE_TLS_REJECT_UNAUTHORIZED=0": ["node_tls_reject_unauthorized", `\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b`],
	"PYTHONHTTPSVERIFY=0": ["pythonhttpsverify", `\bPYTHONHTTPSVERIFY=["']?0\b`],
	"NPM_CONFIG_STRICT_SSL=false": ["npm_config_strict_ssl", `(?i)\bnpm_config_strict_ssl=["']?false\b`],
	"PIP_TRUSTED_HOST": ["pip_trusted_host", `\bPIP_TRUSTED_HOST=["']?[^\s"']`],
}

# verification_settings: the values that turn verification off, by variable: Node.js, Python's
# standard library (PEP 476), npm (its configuration from the environment, NPM_CONFIG_STRICT_SSL
# or npm_config_strict_ssl) and Yarn 2 and later.
verification_settings := {
	"NODE_TLS_REJECT_UNAUTHORIZED": {"0"},
	"PYTHONHTTPSVERIFY": {"0"},
	"NPM_CONFIG_STRICT_SSL": {"false"},
	"npm_config_strict_ssl": {"false"},
	"YARN_ENABLE_STRICT_SSL": {"false", "0"},
}

# verification_off_note(name, value): what a message adds when the value reads as "keep it on" but
# is not: GIT_SSL_NO_VERIFY=false or 0 (git skips verification whenever the variable is set);
# empty otherwise.
verification_off_note(name, value) := " (git skips verification whenever GIT_SSL_NO_VERIFY is set, whatever its value)" if {
	name == "GIT_SSL_NO_VERIFY"
	lower(value) in off_values
} else := ""

# any_value_settings: variables that turn verification off whatever their value. git skips it
# whenever GIT_SSL_NO_VERIFY is set, even to 0 or false (its documentation: "to any value"), and
# pip trusts every host PIP_TRUSTED_HOST lists: no certificate check, and plain HTTP accepted.
any_value_settings := {"GIT_SSL_NO_VERIFY", "PIP_TRUSTED_HOST"}

# database_tls_off(value): [host, "name=value"] for each query parameter of a URL to a remote host
# that turns TLS off (sslmode=disable, ssl=false, tls=false, …); empty for any other value.
database_tls_off(value) := {[u.host, concat("=", [name, param])] |
	u := url(value)
	not local_host(u.host)
	some name, param in u.params
	lower(param) in tls_off_params[name]
}

tls_off_params := {"sslmode": {"disable", "allow"}, "ssl": {"false", "0"}, "tls": {"false", "0"}, "usessl": {"false", "0"}, "ssl-mode": {"disabled"}}

# database_setting_tls_off(name, value): the variable is a database client's TLS setting, turned off
# (PGSSLMODE=disable, DB_SSL=false, MYSQL_SSL_MODE=off, …).
database_setting_tls_off(name, value) if {
	is_string(value)
	lower(value) in off_values
	regex.match(`^(?i)(PGSSLMODE|(DB|DATABASE|POSTGRES|PG|MYSQL|MONGO|MONGODB|REDIS)_(SSL|TLS|SSL_?MODE|USE_?SSL))$`, name)
}

# plain_http(value): the host of a URL to a remote host over plain HTTP.
plain_http(value) := u.host if {
	u := url(value)
	u.scheme == "http"
	not local_host(u.host)
}

# cluster_local_host(host, namespaces): local_host, or a Kubernetes Service named as
# <service>.<namespace>: two labels whose second is one of `namespaces` (those of the scanned
# folder) or is not a public top-level domain (two letters, or one of the generic ones below).
cluster_local_host(host, _) if local_host(host)

cluster_local_host(host, namespaces) if {
	labels := split(host, ".")
	count(labels) == 2
	service_namespace(labels[1], namespaces)
}

service_namespace(label, namespaces) if label in namespaces

service_namespace(label, _) if {
	count(label) > 2
	not generic_top_level_domains[label]
	regex.match(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`, label)
}

generic_top_level_domains := {
	"com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "dev", "app", "cloud",
	"health", "care", "clinic", "hospital", "doctor", "online", "site", "tech", "xyz", "pro",
	"asia", "name", "mobi", "aero", "coop", "museum", "jobs", "travel", "tel",
}

# tls_off_findings(owner, name, value, where): [host, message] for each way the environment
# variable `name` of `owner` turns TLS off; host is the remote database's for a URL and null for a
# setting (a reader with a wider idea of local, Kubernetes', filters on it), `where` what messages
# say after the variable ("" or " in its environment"): "<owner> sets NODE_TLS_REJECT_UNAUTHORIZED=0
# <where>, which disables TLS certificate verification", "<owner> connects to <host> with
# sslmode=disable (no TLS) through DATABASE_URL<where>", "<owner> sets PGSSLMODE=disable<where>,
# which turns TLS off for database connections". Empty when it turns nothing off.
tls_off_findings(owner, name, value, where) := ({[null, msg] |
	verification_off(name, value)
	msg := finding.format("%s sets %s=%s%s, which disables TLS certificate verification%s", [owner, name, value, where, verification_off_note(name, value)])
} | {[host, msg] |
	some [host, setting] in database_tls_off(value)
	msg := finding.format("%s connects to %s with %s (no TLS) through %s%s", [owner, host, setting, name, where])
}) | {[null, msg] |
	database_setting_tls_off(name, value)
	msg := finding.format("%s sets %s=%s%s, which turns TLS off for database connections", [owner, name, value, where])
}

# tls_off_messages(owner, name, value): the messages of tls_off_findings for an environment of
# its own (a compose service, a function, a container of a task definition, an app).
tls_off_messages(owner, name, value) := {msg | some [_, msg] in tls_off_findings(owner, name, value, " in its environment")}

# plain_http_message(owner, name, value): "<owner> points <name> at http://<host> over plain HTTP"
# when the value is a URL to a remote host over plain HTTP.
plain_http_message(owner, name, value) := finding.format("%s points %s at http://%s over plain HTTP", [owner, name, plain_http(value)])
