package evident.checks.terraform.iam_role_ci_federation_open_test

import data.evident.checks.terraform.iam_role_ci_federation_open as check
import data.evident.lib.tf_fixtures_test as tf

role(name, trust) := tf.res("aws_iam_role", name, {"name": name, "assume_role_policy": trust})

trust(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

github_arn := "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"

web(federated, condition) := {"Effect": "Allow", "Principal": {"Federated": federated}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": condition}

aud := {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}

finding(id, service, host, gap, anyone) := {
	"resource": id, "path": ["config", "assume_role_policy"],
	"msg": sprintf("%s lets %s tokens (%s) assume it %s: %s can take on its permissions", [id, service, host, gap, anyone]),
}

gh(id, gap) := finding(id, "GitHub Actions", "token.actions.githubusercontent.com", gap, "a workflow in any GitHub repository")

no_sub := "without a condition on token.actions.githubusercontent.com:sub"

test_subject_not_restricted if {
	check.deny == {
		gh("aws_iam_role.aud_only", no_sub),
		gh("aws_iam_role.no_condition", no_sub),
		gh("aws_iam_role.negated", no_sub),
		gh("aws_iam_role.if_exists", no_sub),
		gh("aws_iam_role.any_repo", `with token.actions.githubusercontent.com:sub "repo:*" (StringLike), which names no repository owner`),
		gh("aws_iam_role.prefix", `with token.actions.githubusercontent.com:sub "repo:acme*" (StringLike), which names no repository owner`),
		gh("aws_iam_role.environment", `with token.actions.githubusercontent.com:sub "environment:production" (StringEquals), which names no repository owner`),
		gh("aws_iam_role.one_open", `with token.actions.githubusercontent.com:sub "*" (ForAnyValue:StringLike), which names no repository owner`),
		gh("aws_iam_role.by_key", no_sub),
	} with input as tf.doc([
		role("aud_only", trust([web(github_arn, {"StringEquals": aud})])),
		role("no_condition", trust([object.remove(web(github_arn, {}), ["Condition"])])),
		role("negated", trust([web(github_arn, {"StringEquals": aud, "StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:evil/*"}})])),
		# IfExists holds when the claim is absent, as it always is in IAM: it restricts no one.
		role("if_exists", trust([web(github_arn, {"StringEquals": aud, "StringEqualsIfExists": {"token.actions.githubusercontent.com:repository_owner": "acme"}})])),
		role("any_repo", trust([web(github_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}})])),
		role("prefix", trust([web(github_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme*"}})])),
		role("environment", trust([web(github_arn, {"StringEquals": {"token.actions.githubusercontent.com:sub": "environment:production"}})])),
		role("one_open", trust([web(github_arn, {"ForAnyValue:StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/records:*", "*"]}})])),
		# The principal is an expression: the condition keys name the issuer.
		role("by_key", trust([web(tf.unknown("var.oidc_provider_arn"), {"StringEquals": aud})])),
	])
}

# The owner written out, in any of the forms GitHub, GitLab and HCP Terraform use.
test_owner_named if {
	count(check.deny) == 0 with input as tf.doc([
		role("repo", trust([web(github_arn, {"StringEquals": object.union(aud, {"token.actions.githubusercontent.com:sub": "repo:acme/records:ref:refs/heads/main"})})])),
		role("org", trust([web(github_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/*", "repo:acme-labs/etl:*"]}})])),
		role("owner_claim", trust([web(github_arn, {"StringEquals": {"token.actions.githubusercontent.com:sub": "repository_owner_id:123456:environment:prod"}})])),
		role("enterprise", trust([web("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/acme", {"StringLike": {"token.actions.githubusercontent.com/acme:sub": "repo:acme/*"}})])),
		# A literal asterisk (StringEquals) matches no subject: the role is closed, not open.
		role("literal", trust([web(github_arn, {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:*"}})])),
		# Two tests on sub must both hold: the one naming the owner closes the role.
		role("both", trust([web(github_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}, "StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:acme/sandbox:*"}})])),
		role("gitlab", trust([web("arn:aws:iam::123456789012:oidc-provider/gitlab.com", {"StringLike": {"gitlab.com:sub": "project_path:acme/records:ref_type:branch:ref:main"}})])),
		role("tfc", trust([web("arn:aws:iam::123456789012:oidc-provider/app.terraform.io", {"StringLike": {"app.terraform.io:sub": "organization:acme:project:*:workspace:*:run_phase:*"}})])),
		# A claim AWS does not pass to IAM: the test never holds, nobody can assume the role.
		role("owner_key", trust([web(github_arn, {"StringEquals": object.union(aud, {"token.actions.githubusercontent.com:repository_owner": "acme"})})])),
	])
}

test_other_services if {
	check.deny == {
		finding("aws_iam_role.gitlab", "GitLab.com CI/CD", "gitlab.com", `with gitlab.com:sub "project_path:*" (StringLike), which names no group`, "a pipeline of any GitLab.com project"),
		finding("aws_iam_role.tfc", "HCP Terraform", "app.terraform.io", "without a condition on app.terraform.io:sub", "a run in any HCP Terraform organization"),
	} with input as tf.doc([
		role("gitlab", trust([web("arn:aws:iam::123456789012:oidc-provider/gitlab.com", {"StringLike": {"gitlab.com:sub": "project_path:*"}})])),
		role("tfc", trust([web("arn:aws:iam::123456789012:oidc-provider/app.terraform.io", {"StringEquals": {"app.terraform.io:aud": "aws.workload.identity"}})])),
		# A self-hosted GitLab or an identity provider of one's own: its tokens are the owner's.
		role("own_gitlab", trust([web("arn:aws:iam::123456789012:oidc-provider/gitlab.acme.example", {})])),
		role("eks", trust([web("arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC", {})])),
	])
}

# The principal references an OIDC provider of the module (a resource or a
# data source) whose url names the issuer; the policy is a data source.
test_provider_reference if {
	check.deny == {gh("aws_iam_role.data", no_sub), gh("aws_iam_role.looked_up", no_sub)} with input as tf.doc([
		tf.res("aws_iam_openid_connect_provider", "github", {"url": "https://token.actions.githubusercontent.com", "client_id_list": ["sts.amazonaws.com"]}),
		tf.data_res("aws_iam_policy_document", "trust", {"statement": [{"actions": ["sts:AssumeRoleWithWebIdentity"], "principals": [{"type": "Federated", "identifiers": [tf.unknown("aws_iam_openid_connect_provider.github.arn")]}]}]}),
		role("data", tf.unknown("data.aws_iam_policy_document.trust.json")),
		tf.data_res("aws_iam_openid_connect_provider", "existing", {"url": "token.actions.githubusercontent.com"}),
		role("looked_up", trust([object.remove(web(tf.unknown("data.aws_iam_openid_connect_provider.existing.arn"), {}), ["Condition"])])),
	])
}

# Unknown values are not judged: the sub values, the condition, the action.
test_unknown if {
	count(check.deny) == 0 with input as tf.doc([
		role("sub", trust([web(github_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": tf.unknown("var.subject")}})])),
		role("condition", trust([web(github_arn, tf.unknown("var.condition"))])),
		role("operator", trust([web(github_arn, {"StringLike": tf.unknown("var.tests")})])),
		role("action", trust([object.union(web(github_arn, {}), {"Action": tf.unknown("var.action")})])),
		role("policy", tf.unknown("var.trust_policy")),
		role("assume_only", trust([object.union(web(github_arn, {}), {"Action": "sts:AssumeRole"})])),
		role("deny", trust([object.union(web(github_arn, {}), {"Effect": "Deny"})])),
	])
}
