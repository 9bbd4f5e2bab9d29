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
	some pattern in as_list(st.Action)
	some action in assume_actions
	action_matches(pattern, action)
}

allows_assume(st) if {
	not st.Action
	excluded := as_list(st.NotAction)
	every pattern in excluded {
		is_string(pattern)
	}
	some action in assume_actions
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
