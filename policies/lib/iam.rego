# METADATA
# title: AWS IAM helpers
# description: >-
#   What makes an IAM grant administrator access, a policy statement open to
#   anyone, or a trust policy statement one that assumes the role, as the
#   Terraform and CloudFormation checks judge it. Format-neutral: the format
#   libraries and checks decide where the policy documents and ARNs are
#   written.
# custom:
#   library: true
package evident.lib.iam

import data.evident.lib.finding
import data.evident.lib.values

# admin_action(actions): "*" when a statement's actions (a list) include every
# action, else "iam:*" when they include every IAM action (action names are
# case-insensitive), which can attach AdministratorAccess to itself.
# Undefined otherwise.
admin_action(actions) := "*" if "*" in actions

else := "iam:*" if {
	some action in actions
	is_string(action)
	lower(action) == "iam:*"
}

# administrator_grant(st): "*" or "iam:*" (admin_action) when the statement allows every action,
# or every IAM action, on Resource "*": administrator access (EVD-TF-039, EVD-CFN-035).
# Undefined otherwise.
administrator_grant(st) := admin_action(as_list(st.Action)) if {
	is_object(st)
	object.get(st, "Effect", "Allow") == "Allow"
	"*" in as_list(st.Resource)
}

# grants_administrator(statements): one of the statements is an administrator_grant.
grants_administrator(statements) if {
	some st in statements
	administrator_grant(st)
}

# escalation_methods: the sets of actions with which a principal can make itself (or a role it
# can use) an administrator, as Rhino Security Labs and cloudsplaining list them: a new default
# version of a policy it holds, a policy attached to or written into itself, its group or a role,
# credentials or a console password for another user, itself added to a group, a role's trust
# policy rewritten and the role assumed, and a role passed to a compute service that then runs
# code with it (EC2, Lambda, CloudFormation, Glue), or new code written into a function or dev
# endpoint that already runs with one.
escalation_methods := [
	["iam:CreatePolicyVersion"], ["iam:SetDefaultPolicyVersion"],
	["iam:AttachUserPolicy"], ["iam:AttachGroupPolicy"], ["iam:AttachRolePolicy"],
	["iam:PutUserPolicy"], ["iam:PutGroupPolicy"], ["iam:PutRolePolicy"],
	["iam:CreateAccessKey"], ["iam:CreateLoginProfile"], ["iam:UpdateLoginProfile"], ["iam:AddUserToGroup"],
	["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
	["iam:PassRole", "ec2:RunInstances"],
	["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
	["iam:PassRole", "cloudformation:CreateStack"],
	["iam:PassRole", "glue:CreateDevEndpoint"],
	["glue:UpdateDevEndpoint"], ["lambda:UpdateFunctionCode"],
]

# escalations(statements): the escalation methods (each written as its actions joined by " with
# ") whose every action an Allow statement of `statements` grants on Resource "*" without a
# Condition. Statements with a condition or on named resources are not judged (cloudsplaining
# does the same). The open statements' actions are read once: exact names are looked up in a set,
# and only wildcard patterns (and NotAction) are matched, which costs a regular expression and
# a glob in wasm.
escalations(statements) := {concat(" with ", escalation_methods[i]) |
	open := [st | some st in statements; unconstrained_allow(st)]
	patterns := {lower(p) | some st in open; some p in as_list(st.Action); is_string(p)}
	wildcards := [p | some p in patterns; contains(p, "*")]
	negated := [st | some st in open; not st.Action]
	some i, method in lower_escalation_methods
	every action in method {
		granted(action, patterns, wildcards, negated)
	}
}

lower_escalation_methods := [[lower(action) | some action in method] | some method in escalation_methods]

granted(action, patterns, _, _) if patterns[action]

granted(action, _, wildcards, _) if {
	some pattern in wildcards
	action_matches(pattern, action)
}

granted(action, _, _, negated) if {
	some st in negated
	allows_action(st, action)
}

# unconstrained_allow(st): an Allow statement whose Resource includes "*" and that has no Condition.
unconstrained_allow(st) if {
	is_object(st)
	object.get(st, "Effect", "Allow") == "Allow"
	"*" in as_list(st.Resource)
	not st.Condition
}

# administrator_access_suffix: the ARN of the AWS managed policy
# AdministratorAccess after its partition.
administrator_access_suffix := ":iam::aws:policy/AdministratorAccess"

# administrator_access_arn(v): the ARN of AdministratorAccess in any
# partition (aws, aws-cn, aws-us-gov, …).
administrator_access_arn(v) if {
	is_string(v)
	startswith(v, "arn:aws")
	endswith(v, administrator_access_suffix)
}

# principal_is_anyone(p): a policy statement's Principal that names everyone:
# "*", or {"AWS": "*"} (or a list holding "*").
principal_is_anyone(p) if p == "*"

principal_is_anyone(p) if p.AWS == "*"

principal_is_anyone(p) if {
	is_array(p.AWS)
	"*" in p.AWS
}

# caller_set_keys: condition keys whose value the requester chooses freely (in
# lower case), so a condition only on them keeps no one out: the Referer and
# User-Agent headers (AWS's documentation warns that aws:Referer must not be
# used to keep unauthorized parties out), whether and how the request uses TLS
# and which signature version signs it, and the encryption and canned ACL
# headers of an S3 request. Also keys any principal of any account can satisfy:
# sts:ExternalId (the caller passes it to AssumeRole; AWS: "the external ID is not
# a secret"), aws:MultiFactorAuthPresent (whoever signed in with MFA) and
# aws:PrincipalType (every caller has one). Keys that name the caller or where the request
# comes from (aws:SourceArn, aws:SourceAccount, aws:SourceIp, aws:SourceVpc,
# aws:SourceVpce, aws:PrincipalOrgID, aws:PrincipalArn, kms:CallerAccount…)
# are not among them and restrict the statement.
caller_set_keys := {
	"aws:referer",
	"aws:useragent",
	"aws:securetransport",
	"s3:tlsversion",
	"s3:signatureversion",
	"s3:x-amz-server-side-encryption",
	"s3:x-amz-server-side-encryption-aws-kms-key-id",
	"s3:x-amz-acl",
	"sts:externalid",
	"aws:multifactorauthpresent",
	"aws:principaltype",
}

# unrestricted(st): how a statement's Condition leaves it open to whoever asks:
# "without a condition" (absent, null or empty), or "conditioned only on
# <keys>, which the client sets" when every key it tests is in caller_set_keys.
# Undefined when the condition restricts the statement or is not known.
unrestricted(st) := "without a condition" if not st.Condition

else := "without a condition" if st.Condition in {null, {}}

else := concat("", ["conditioned only on ", concat(", ", keys), ", which the client sets"]) if {
	is_object(st.Condition)
	not values.is_unknown(st.Condition)
	every tests in st.Condition {
		is_object(tests)
		not values.is_unknown(tests)
		every key, _ in tests {
			lower(key) in caller_set_keys
		}
	}
	keys := sort({key | some tests in st.Condition; some key, _ in tests})
	count(keys) > 0
}

# public_statement(st): how an Allow statement for everyone is left open to
# whoever asks (see unrestricted); undefined for any other statement.
public_statement(st) := how if {
	st.Effect == "Allow"
	principal_is_anyone(st.Principal)
	how := unrestricted(st)
}

# public_policy_message(id, st, how): the message of a resource policy whose
# statement st is open to everyone (how: see public_statement), shared by the
# checks of queue, topic and data-store policies.
public_policy_message(id, st, how) := finding.format("%s has a policy that allows %s to anyone (Principal \"*\" %s)", [id, action_text(st), how])

# action_text(st): the statement's known actions, comma-separated, for messages.
action_text(st) := concat(", ", [a | some a in actions; is_string(a)]) if {
	actions := st.Action
	is_array(actions)
} else := st.Action if is_string(st.Action)

else := ""

# assume_actions: the actions that open a role session (in lower case: action
# names are case-insensitive). sts:TagSession, sts:SetSourceIdentity and
# sts:SetContext only accompany one of them.
assume_actions := {"sts:assumerole", "sts:assumerolewithwebidentity", "sts:assumerolewithsaml"}

# allows_assume(st): a trust policy statement's Action names or matches (IAM
# wildcards * and ?, in any case) an action of assume_actions, or the statement
# has no Action and its NotAction, known in full, leaves one of them out. The
# Effect and Principal are not looked at (see public_statement). Shared by the
# Terraform and CloudFormation role trust checks (EVD-TF-201, EVD-CFN-077).
allows_assume(st) if {
	some action in assume_actions
	allows_action(st, action)
}

# allows_action(st, action): the statement's Action names or matches `action`
# (in lower case), or it has no Action and its NotAction, known in full,
# leaves `action` out.
allows_action(st, action) if {
	some pattern in as_list(st.Action)
	action_matches(pattern, action)
}

allows_action(st, action) if {
	not st.Action
	excluded := as_list(st.NotAction)
	every pattern in excluded {
		is_string(pattern)
	}
	not excluded_action(excluded, action)
}

excluded_action(patterns, action) if {
	some pattern in patterns
	action_matches(pattern, action)
}

# action_matches(pattern, action): an action pattern of letters, digits and the
# IAM wildcards (* and ?) matches `action` (in lower case), in any case. A
# pattern with any other glob syntax, which IAM does not have, matches nothing;
# the default delimiter "." never occurs in an IAM action.
action_matches(pattern, action) if {
	is_string(pattern)
	regex.match(`^[a-z0-9:*?_-]+$`, lower(pattern))
	glob.match(lower(pattern), [], action)
}

# allowed_actions_text(st): the statement's Action as written (action_text),
# or "every action but …" for a statement with a NotAction, for messages.
allowed_actions_text(st) := action_text(st) if st.Action

else := concat("", ["every action but ", concat(", ", as_list(st.NotAction))])

# statements(doc): the Statement list (a single statement object counts as
# one); empty when the Statement is absent or not known.
statements(doc) := doc.Statement if is_array(doc.Statement)

else := [doc.Statement] if {
	is_object(doc.Statement)
	not values.is_unknown(doc.Statement)
}

else := []

# undecided(doc): a statement of the document, or the list itself, is not
# known, so what the document denies or allows in full is not known.
undecided(doc) if values.is_unknown(doc.Statement)

undecided(doc) if {
	some st in statements(doc)
	values.is_unknown(st)
}

undecided(doc) if {
	some st in statements(doc)
	values.is_unknown(st.Effect)
}

undecided(doc) if {
	some st in statements(doc)
	values.is_unknown(st.Condition)
}

undecided(doc) if {
	some st in statements(doc)
	some tests in st.Condition
	values.is_unknown(tests)
}

# denies_plain_http(doc): the document has a Deny statement on
# aws:SecureTransport = false (Bool or BoolIfExists), or on s3:TlsVersion below
# a minimum: S3 refuses requests without TLS. A Deny whose aws:SecureTransport
# value is not known (a variable) may be that statement and counts too.
denies_plain_http(doc) if {
	some st in statements(doc)
	st.Effect == "Deny"
	some op in ["Bool", "BoolIfExists"]
	some v in as_list(st.Condition[op]["aws:SecureTransport"])
	v in {"false", false}
}

# The TLS-version form of the same guarantee.
denies_plain_http(doc) if {
	some st in statements(doc)
	st.Effect == "Deny"
	st.Condition.NumericLessThan["s3:TlsVersion"]
}

# A Deny whose aws:SecureTransport values are not known (a variable) may be
# the one required: not reported.
denies_plain_http(doc) if {
	some st in statements(doc)
	st.Effect == "Deny"
	some op in ["Bool", "BoolIfExists"]
	some v in as_list(st.Condition[op]["aws:SecureTransport"])
	values.is_unknown(v)
}

# as_list(v): a policy element that may be one value or a list (Action,
# Resource, condition values, principal identifiers) as a list.
as_list(v) := v if is_array(v)

else := [v]

# ----------------------------------------------------------- CI federation

# ci_issuers: the OpenID Connect issuers of CI services that all their
# customers share (one issuer for every repository on GitHub, every project on
# GitLab.com, every workspace on HCP Terraform). A token of any repository,
# project or workspace of the service is signed by that issuer; only its
# subject (sub) claim, and the claims it is made of, say whose it is. Per
# issuer: the service's name and who may hold a token (for messages), what
# names an owner, and for a sub condition value, the regular expressions of
# one that starts with the owner: `exact` when the value is matched literally
# (StringEquals, or StringLike without a wildcard), `like` for a StringLike
# pattern (the owner written without a wildcard before its end). `claims`: the
# token claims that identify an owner (or a repository, project or workspace
# of one), which a Google workload identity pool provider's
# attribute_condition may test.
ci_issuers := {
	"token.actions.githubusercontent.com": {
		"service": "GitHub Actions",
		"anyone": "a workflow in any GitHub repository",
		"owner": "repository owner",
		"exact": `^(repo|repository_owner|repository_owner_id):[^:]`,
		"like": `^(repo:[^/:*?]+/|repository_owner(_id)?:[^:*?]+(:|$))`,
		"claims": ["repository_owner", "repository_owner_id", "repository", "repository_id", "sub", "workflow_ref", "job_workflow_ref", "enterprise", "enterprise_id"],
	},
	"gitlab.com": {
		"service": "GitLab.com CI/CD",
		"anyone": "a pipeline of any GitLab.com project",
		"owner": "group",
		"exact": `^project_path:[^:]`,
		"like": `^project_path:[^/:*?]+/`,
		"claims": ["namespace_path", "namespace_id", "project_path", "project_id", "sub", "ci_config_ref_uri"],
	},
	"app.terraform.io": {
		"service": "HCP Terraform",
		"anyone": "a run in any HCP Terraform organization",
		"owner": "organization",
		"exact": `^organization:[^:]`,
		"like": `^organization:[^:*?]+:`,
		"claims": ["terraform_organization_name", "terraform_organization_id", "terraform_project_id", "terraform_workspace_id", "sub"],
	},
}

# issuer_of_url(url): the CI issuer (a key of ci_issuers) an OIDC provider URL
# names, with or without its scheme and any path (GitHub Enterprise Cloud
# appends the enterprise's slug).
issuer_of_url(url) := host if {
	is_string(url)
	host := split(trim_prefix(trim_prefix(lower(trim_space(url)), "https://"), "http://"), "/")[0]
	ci_issuers[host]
}

# ci_hosts_named(st): the CI issuers a trust statement names: in a federated
# principal (an IAM OIDC provider ARN, ".../oidc-provider/<issuer>", written
# out or in an expression that cannot be resolved) or in the key of a
# condition ("<issuer>:aud", "<issuer>:sub"), which only that issuer's tokens
# carry. A principal that references an OIDC provider resource is resolved by
# the format's check.
ci_hosts_named(st) := hosts if {
	ids := federated_identifiers(st)
	in_ids := {host |
		some id in ids
		some text in identifier_texts(id)
		some match in regex.find_all_string_submatch_n(`oidc-provider/([a-z0-9.-]+)`, lower(text), -1)
		host := match[1]
		ci_issuers[host]
	}
	in_keys := {host |
		some tests in object.get(st, "Condition", {})
		is_object(tests)
		some key, _ in tests
		is_string(key)
		host := regex.find_all_string_submatch_n(`^([a-z0-9.-]+)(/[^:]*)?:`, lower(key), 1)[0][1]
		ci_issuers[host]
	}
	hosts := in_ids | in_keys
}

# federated_identifiers(st): the identifiers of the statement's federated
# principal (undefined without one).
federated_identifiers(st) := as_list(st.Principal.Federated) if {
	is_object(st.Principal)
	not values.is_unknown(st.Principal)
	st.Principal.Federated != null
}

# identifier_texts(id): the text of an identifier: itself, or an unknown's
# expression and template (an ARN built with the account id).
identifier_texts(id) := [id] if is_string(id)

else := [t | some key in ["__unknown__", "template"]; t := id[key]; is_string(t)]

# ci_trust_gap(st, host): how an Allow statement that lets tokens of the CI
# issuer `host` assume the role (sts:AssumeRoleWithWebIdentity) leaves it to
# any customer of the service: "without a condition on <host>:sub", or "with
# <key> "<value>" (<operator>), which names no <owner>" when no condition on
# the sub claim names an owner in every value (StringEquals, StringLike, their
# IgnoreCase, IfExists and ForAnyValue/ForAllValues forms; a negated operator
# restricts no one). The audience (aud) is the same for every customer and
# does not count. Undefined when a sub condition names an owner, and when the
# effect, the action, a condition or a sub value is not known (a variable
# without default).
ci_trust_gap(st, host) := gap if {
	st.Effect == "Allow"
	allows_action(st, "sts:assumerolewithwebidentity")
	conditions := known_conditions(st)
	tests := sub_tests(conditions, host)
	every t in tests {
		every v in t.values {
			is_string(v)
		}
	}
	not pins_owner(tests, host)
	not other_claim_tested(conditions, host)
	gap := sub_gap(tests, host)
}

# other_claim_tested(conditions, host): a condition tests another claim of the
# issuer than aud and sub (token.actions.githubusercontent.com:repository_owner)
# with a string operator that is not IfExists. AWS passes no other claim of these
# tokens to IAM ("custom claims are unavailable"), so such a test never holds
# and nobody can assume the role through the statement; should AWS pass the claim,
# it would narrow the statement. Either way the role is not open: not reported.
other_claim_tested(conditions, host) if {
	some op, tests in conditions
	restriction(op)
	not endswith(lower(op), "ifexists")
	some key, _ in tests
	is_string(key)
	regex.match(concat("", ["^", replace(host, ".", `\.`), `(/[^:]+)?:`]), lower(key))
	not regex.match(`:(aud|sub)$`, lower(key))
}

# ci_trust_message(id, host, gap): the message of a role that a CI service's
# tokens may assume (gap: see ci_trust_gap), in Terraform and CloudFormation.
ci_trust_message(id, host, gap) := finding.format("%s lets %s tokens (%s) assume it %s: %s can take on its permissions", [id, ci_issuers[host].service, host, gap, ci_issuers[host].anyone])

# known_conditions(st): the statement's Condition, {} without one; undefined
# when it or one of its operators is not known.
known_conditions(st) := {} if values.absent_or_null(st, "Condition")

else := st.Condition if {
	is_object(st.Condition)
	not values.is_unknown(st.Condition)
	every tests in st.Condition {
		is_object(tests)
		not values.is_unknown(tests)
	}
}

# sub_tests(conditions, host): the tests of the issuer's sub claim under an
# operator that restricts it, with `like` (the name of the ci_issuers pattern
# that applies) and the values as a list.
sub_tests(conditions, host) := [{"key": key, "operator": op, "like": kind, "values": as_list(v)} |
	some op, tests in conditions
	kind := restriction(op)
	some key, v in tests
	is_string(key)
	regex.match(concat("", ["^", replace(host, ".", `\.`), `(/[^:]+)?:sub$`]), lower(key))
]

# restriction(op): "like" for StringLike, "exact" for StringEquals and
# StringEqualsIgnoreCase (any IfExists or set-operator form); undefined for
# negated and other operators.
restriction(op) := "like" if {
	operator_base(op) == "stringlike"
} else := "exact" if {
	operator_base(op) in {"stringequals", "stringequalsignorecase"}
}

operator_base(op) := trim_suffix(trim_prefix(trim_prefix(lower(op), "foranyvalue:"), "forallvalues:"), "ifexists")

# pins_owner(tests, host): one sub test (all tests must hold) whose every value
# (any of which may match) is closed to other owners.
pins_owner(tests, host) if {
	some t in tests
	every v in t.values {
		closed(v, t.like, host)
	}
}

# closed(v, kind, host): a sub value that only an owner's tokens can match: it
# starts with the owner (matched literally, or as a pattern with the owner
# written out), or it is a literal with * or ? (StringEquals), which no
# subject has.
closed(v, _, host) if {
	not regex.match(`[*?]`, v)
	regex.match(ci_issuers[host].exact, v)
}

closed(v, "like", host) if regex.match(ci_issuers[host].like, v)

closed(v, "exact", _) if regex.match(`[*?]`, v)

sub_gap(tests, host) := concat("", ["without a condition on ", host, ":sub"]) if {
	count(tests) == 0
} else := concat("", ["with ", key, " \"", v, "\" (", op, "), which names no ", ci_issuers[host].owner]) if {
	open := sort([[t.key, v, t.operator] |
		some t in tests
		some v in t.values
		not closed(v, t.like, host)
	])
	[key, v, op] := open[0]
}
