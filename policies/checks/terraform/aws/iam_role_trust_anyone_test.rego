package evident.checks.terraform.iam_role_trust_anyone_test

import data.evident.checks.terraform.iam_role_trust_anyone as check
import data.evident.lib.tf_fixtures_test as tf

role(name, trust) := tf.res("aws_iam_role", name, {"name": name, "assume_role_policy": trust})

trust(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

anyone := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}

lambda := {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}

msg(id, actions, how) := sprintf("%s has a trust policy that allows %s to anyone (Principal \"*\" %s)", [id, actions, how])

test_roles_anyone_can_assume if {
	check.deny == {
		{"resource": "aws_iam_role.json", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.json", "sts:AssumeRole", "without a condition")},
		{"resource": "aws_iam_role.encoded", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.encoded", "sts:*", "without a condition")},
		{"resource": "aws_iam_role.list", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.list", "sts:AssumeRole, sts:TagSession", "without a condition")},
		{"resource": "aws_iam_role.everything", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.everything", "*", "without a condition")},
		{"resource": "aws_iam_role.web", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.web", "STS:AssumeRoleWithWebIdentity", "without a condition")},
		{"resource": "aws_iam_role.glob", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.glob", "sts:AssumeRole*", "without a condition")},
		{"resource": "aws_iam_role.data", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.data", "sts:AssumeRole", "without a condition")},
		{"resource": "aws_iam_role.star", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.star", "sts:AssumeRole", "without a condition")},
	} with input as tf.doc([
		role("json", trust([lambda, anyone])),
		role("encoded", {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:*"}}),
		role("list", trust([{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::123456789012:root", "*"]}, "Action": ["sts:AssumeRole", "sts:TagSession"]}])),
		role("everything", trust([object.union(anyone, {"Action": ["*"]})])),
		role("web", trust([object.union(anyone, {"Action": "STS:AssumeRoleWithWebIdentity"})])),
		role("glob", trust([object.union(anyone, {"Action": "sts:AssumeRole*"})])),
		tf.data_res("aws_iam_policy_document", "trust", {"statement": [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}),
		role("data", tf.unknown("data.aws_iam_policy_document.trust.json")),
		tf.data_res("aws_iam_policy_document", "star", {"statement": [{"actions": ["sts:AssumeRole"], "principals": [{"type": "*", "identifiers": ["*"]}]}]}),
		role("star", tf.unknown("data.aws_iam_policy_document.star.json")),
	])
}

# A NotAction that leaves an assume action out allows it; one that excludes
# every assume action does not.
test_not_action if {
	check.deny == {{"resource": "aws_iam_role.not", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.not", "every action but sts:TagSession", "without a condition")}} with input as tf.doc([
		role("not", trust([{"Effect": "Allow", "Principal": "*", "NotAction": "sts:TagSession"}])),
		role("sts", trust([{"Effect": "Allow", "Principal": "*", "NotAction": ["sts:*"]}])),
		role("unknown", trust([{"Effect": "Allow", "Principal": "*", "NotAction": [tf.unknown("var.excluded")]}])),
	])
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one on the caller's organisation, account or external id
# restricts it.
test_conditions if {
	check.deny == {{"resource": "aws_iam_role.tls", "path": ["config", "assume_role_policy"], "msg": msg("aws_iam_role.tls", "sts:AssumeRole", "conditioned only on aws:SecureTransport, which the client sets")}} with input as tf.doc([
		role("tls", trust([object.union(anyone, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})])),
		role("org", trust([object.union(anyone, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})])),
		role("account", trust([object.union(anyone, {"Condition": {"StringEquals": {"aws:PrincipalAccount": "123456789012"}}})])),
		role("arn", trust([object.union(anyone, {"Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/ci-*"}}})])),
		tf.data_res("aws_iam_policy_document", "org", {"statement": [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "StringEquals", "variable": "aws:PrincipalOrgID", "values": ["o-a1b2c3d4e5"]}]}]}),
		role("data", tf.unknown("data.aws_iam_policy_document.org.json")),
	])
}

# Named accounts (a foreign account root included), roles, services and
# identity providers, statements that assume nothing, denials, and whatever is
# not known stay silent.
test_named_principals_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		role("service", trust([lambda])),
		role("root", trust([object.union(anyone, {"Principal": {"AWS": "arn:aws:iam::210987654321:root"}})])),
		role("account_id", trust([object.union(anyone, {"Principal": {"AWS": ["210987654321"]}})])),
		role("oidc", trust([{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}])),
		role("tag", trust([object.union(anyone, {"Action": ["sts:TagSession", "sts:SetSourceIdentity"]})])),
		role("deny", trust([lambda, object.union(anyone, {"Effect": "Deny"})])),
		role("variable", tf.unknown("var.trust_policy")),
		role("file", tf.unknown("file(\"../trust.json\")")),
		role("principal", trust([object.union(anyone, {"Principal": {"AWS": tf.unknown("var.trusted")}})])),
		role("action", trust([object.union(anyone, {"Action": tf.unknown("var.actions")})])),
		role("effect", {"Statement": [object.union(anyone, {"Effect": tf.unknown("var.effect")})]}),
		role("condition", {"Statement": [object.union(anyone, {"Condition": tf.unknown("var.condition")})]}),
		role("statement", {"Statement": [tf.unknown("var.statement")]}),
		role("not_json", "{ not json"),
		tf.data_res("aws_iam_policy_document", "merged", {"source_policy_documents": [tf.unknown("var.base")], "statement": [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}),
		role("merged", tf.unknown("data.aws_iam_policy_document.merged.json")),
		tf.res("aws_iam_role", "none", {"name": "none"}),
		tf.res("aws_iam_role_policy", "p", {"role": "x", "policy": trust([anyone])}),
	])
}
