package evident.checks.terraform.gcp_workload_identity_ci_provider_open_test

import data.evident.checks.terraform.gcp_workload_identity_ci_provider_open as check
import data.evident.lib.tf_fixtures_test as tf

provider(name, issuer, extra) := tf.res("google_iam_workload_identity_pool_provider", name, object.union(
	{
		"workload_identity_pool_id": "ci",
		"workload_identity_pool_provider_id": name,
		"attribute_mapping": {"google.subject": "assertion.sub", "attribute.repository": "assertion.repository", "attribute.ref": "assertion.ref"},
		"oidc": [{"issuer_uri": issuer}],
	},
	extra,
))

github := "https://token.actions.githubusercontent.com"

gh_msg(name, gap) := sprintf("google_iam_workload_identity_pool_provider.%s accepts GitHub Actions tokens (token.actions.githubusercontent.com) %s: a workflow in any GitHub repository can sign in to the pool", [name, gap])

test_no_owner_condition if {
	check.deny == {
		{"resource": "google_iam_workload_identity_pool_provider.none", "msg": gh_msg("none", "without an attribute_condition")},
		{"resource": "google_iam_workload_identity_pool_provider.null", "msg": gh_msg("null", "without an attribute_condition")},
		{"resource": "google_iam_workload_identity_pool_provider.empty", "path": ["config", "attribute_condition"], "msg": gh_msg("empty", "with an empty attribute_condition")},
		{"resource": "google_iam_workload_identity_pool_provider.ref", "path": ["config", "attribute_condition"], "msg": gh_msg("ref", "with an attribute_condition that tests no claim naming the repository owner (attribute.ref == 'refs/heads/main')")},
		{"resource": "google_iam_workload_identity_pool_provider.gitlab", "msg": "google_iam_workload_identity_pool_provider.gitlab accepts GitLab.com CI/CD tokens (gitlab.com) without an attribute_condition: a pipeline of any GitLab.com project can sign in to the pool"},
		{"resource": "google_iam_workload_identity_pool_provider.tfc", "path": ["config", "attribute_condition"], "msg": "google_iam_workload_identity_pool_provider.tfc accepts HCP Terraform tokens (app.terraform.io) with an attribute_condition that tests no claim naming the organization (assertion.terraform_run_phase == 'apply'): a run in any HCP Terraform organization can sign in to the pool"},
	} with input as tf.doc([
		provider("none", github, {}),
		provider("null", "https://token.actions.githubusercontent.com/", {"attribute_condition": null}),
		provider("empty", github, {"attribute_condition": "  "}),
		provider("ref", github, {"attribute_condition": "attribute.ref == 'refs/heads/main'"}),
		provider("gitlab", "https://gitlab.com", {}),
		provider("tfc", "https://app.terraform.io", {"attribute_condition": "assertion.terraform_run_phase == 'apply'"}),
	])
}

test_owner_tested if {
	count(check.deny) == 0 with input as tf.doc([
		provider("owner", github, {"attribute_condition": "assertion.repository_owner == 'acme-health'"}),
		provider("owner_id", github, {"attribute_condition": "assertion.repository_owner_id == '4711' && attribute.ref == 'refs/heads/main'"}),
		provider("mapped", github, {"attribute_condition": "attribute.repository == 'acme-health/records'"}),
		provider("renamed", github, {"attribute_mapping": {"google.subject": "assertion.sub", "attribute.repo": "assertion.repository"}, "attribute_condition": "attribute.repo.startsWith('acme-health/')"}),
		provider("subject", github, {"attribute_condition": "google.subject.startsWith('repo:acme-health/')"}),
		provider("gitlab", "https://gitlab.com", {"attribute_condition": "assertion.namespace_path == 'acme-health'"}),
		provider("tfc", "https://app.terraform.io", {"attribute_condition": "assertion.terraform_organization_name == 'acme-health'"}),
	])
}

test_not_judged if {
	count(check.deny) == 0 with input as tf.doc([
		provider("own_idp", "https://login.acme-health.example", {}),
		provider("self_hosted_gitlab", "https://gitlab.acme-health.example", {}),
		provider("disabled", github, {"disabled": true}),
		provider("maybe_disabled", github, {"disabled": tf.unknown("var.disabled")}),
		provider("condition", github, {"attribute_condition": tf.unknown("var.condition")}),
		provider("mapping", github, {"attribute_mapping": tf.unknown("var.mapping"), "attribute_condition": "attribute.repo == 'acme-health/records'"}),
		provider("issuer", tf.unknown("var.issuer"), {}),
		tf.res("google_iam_workload_identity_pool_provider", "aws", {"aws": [{"account_id": "123456789012"}]}),
	])
}
