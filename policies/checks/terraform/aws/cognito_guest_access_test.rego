package evident.checks.terraform.cognito_guest_access_test

import data.evident.checks.terraform.cognito_guest_access as check

pool(name, config) := {"id": concat(".", ["aws_cognito_identity_pool", name]), "type": "aws_cognito_identity_pool", "mode": "managed", "config": config}

attachment(name, pool_name, roles) := {
	"id": concat(".", ["aws_cognito_identity_pool_roles_attachment", name]),
	"type": "aws_cognito_identity_pool_roles_attachment",
	"mode": "managed",
	"config": {"identity_pool_id": {"__unknown__": concat("", ["aws_cognito_identity_pool.", pool_name, ".id"]), "refs": [concat("", ["aws_cognito_identity_pool.", pool_name, ".id"])]}, "roles": roles},
}

arn(name) := {"__unknown__": concat("", ["aws_iam_role.", name, ".arn"]), "refs": [concat("", ["aws_iam_role.", name, ".arn"])]}

msg(id) := concat("", [id, " lets anyone get AWS credentials without signing in (allow_unauthenticated_identities = true): guests receive its unauthenticated role"])

test_guest_access_is_reported_unless_guests_get_no_role if {
	check.deny == {
		{"resource": "aws_cognito_identity_pool.portal", "path": ["config", "allow_unauthenticated_identities"], "msg": msg("aws_cognito_identity_pool.portal")},
		{"resource": "aws_cognito_identity_pool.kiosk", "path": ["config", "allow_unauthenticated_identities"], "msg": msg("aws_cognito_identity_pool.kiosk")},
		{"resource": "aws_cognito_identity_pool.legacy", "path": ["config", "allow_unauthenticated_identities"], "msg": msg("aws_cognito_identity_pool.legacy")},
	} with input as {"type": "terraform", "resources": [
		pool("portal", {"identity_pool_name": "portal", "allow_unauthenticated_identities": true}),
		attachment("portal", "portal", {"authenticated": arn("auth"), "unauthenticated": arn("guest")}),
		pool("kiosk", {"identity_pool_name": "kiosk", "allow_unauthenticated_identities": true}),
		attachment("kiosk", "kiosk", {"__unknown__": "var.roles", "refs": ["var.roles"]}),
		pool("legacy", {"identity_pool_name": "legacy", "allow_unauthenticated_identities": "true"}),
		pool("members", {"identity_pool_name": "members", "allow_unauthenticated_identities": false}),
		pool("staff", {"identity_pool_name": "staff"}),
	]}
}

test_a_pool_whose_guests_get_no_role_or_a_variable_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		pool("members", {"identity_pool_name": "members", "allow_unauthenticated_identities": true}),
		attachment("members", "members", {"authenticated": arn("auth")}),
		pool("variable", {"identity_pool_name": "v", "allow_unauthenticated_identities": {"__unknown__": "var.guests", "refs": ["var.guests"]}}),
	]}
}
