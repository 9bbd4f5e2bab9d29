package evident.checks.cloudformation.cognito_guest_access_test

import data.evident.checks.cloudformation.cognito_guest_access as check

pool(id, properties) := {"id": id, "type": "AWS::Cognito::IdentityPool", "properties": properties}

attachment(id, pool_id, roles) := {"id": id, "type": "AWS::Cognito::IdentityPoolRoleAttachment", "properties": {"IdentityPoolId": {"__unknown__": concat(" ", ["Ref", pool_id]), "refs": [pool_id]}, "Roles": roles}}

msg(id) := concat("", [id, " lets anyone get AWS credentials without signing in (AllowUnauthenticatedIdentities: true): guests receive its unauthenticated role"])

test_guest_access_is_reported_unless_guests_get_no_role if {
	check.deny == {
		{"resource": "PortalPool", "path": ["properties", "AllowUnauthenticatedIdentities"], "msg": msg("PortalPool")},
		{"resource": "LegacyPool", "path": ["properties", "AllowUnauthenticatedIdentities"], "msg": msg("LegacyPool")},
	} with input as {"type": "cloudformation", "resources": [
		pool("PortalPool", {"AllowUnauthenticatedIdentities": true}),
		attachment("PortalRoles", "PortalPool", {"authenticated": "arn:aws:iam::123456789012:role/user", "unauthenticated": "arn:aws:iam::123456789012:role/guest"}),
		pool("LegacyPool", {"AllowUnauthenticatedIdentities": "true"}),
		pool("MembersPool", {"AllowUnauthenticatedIdentities": false}),
	]}
}

test_a_pool_whose_guests_get_no_role_or_a_parameter_passes if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		pool("KioskPool", {"AllowUnauthenticatedIdentities": true}),
		attachment("KioskRoles", "KioskPool", {"authenticated": "arn:aws:iam::123456789012:role/user"}),
		pool("ParameterPool", {"AllowUnauthenticatedIdentities": {"__unknown__": "Ref AllowGuests", "refs": ["AllowGuests"]}}),
	]}
}
