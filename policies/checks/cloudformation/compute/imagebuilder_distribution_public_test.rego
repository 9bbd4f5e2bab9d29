package evident.checks.cloudformation.imagebuilder_distribution_public_test

import data.evident.checks.cloudformation.imagebuilder_distribution_public as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

# distribution(id, permission): a distribution configuration whose second Region shares
# its AMIs with `permission` (the first has no launch permission).
distribution(id, permission) := res(id, "AWS::ImageBuilder::DistributionConfiguration", {
	"Name": id,
	"Distributions": [
		{"Region": "eu-central-1", "AmiDistributionConfiguration": {"Name": "clinic-{{ imagebuilder:buildDate }}"}},
		{"Region": "eu-west-1", "AmiDistributionConfiguration": {"Name": "clinic-{{ imagebuilder:buildDate }}", "LaunchPermissionConfiguration": permission}},
	],
})

unknown(ref) := {"__unknown__": ref, "refs": [ref]}

msg(id) := concat("", [id, " makes the AMIs it distributes public (LaunchPermissionConfiguration UserGroups contains \"all\")"])

test_distribution_to_all_is_reported_at_the_group if {
	check.deny == {
		{"resource": "Golden", "path": ["properties", "Distributions", 1, "AmiDistributionConfiguration", "LaunchPermissionConfiguration", "UserGroups", 1], "msg": msg("Golden")},
		{"resource": "Upper", "path": ["properties", "Distributions", 1, "AmiDistributionConfiguration", "LaunchPermissionConfiguration", "UserGroups", 0], "msg": msg("Upper")},
	} with input as {"resources": [
		distribution("Golden", {"UserIds": ["123456789012"], "UserGroups": ["partners", "all"]}),
		distribution("Upper", {"UserGroups": ["ALL"]}),
	]}
}

test_every_region_that_shares_with_all_is_reported if {
	check.deny == {
		{"resource": "Both", "path": ["properties", "Distributions", 0, "AmiDistributionConfiguration", "LaunchPermissionConfiguration", "UserGroups", 0], "msg": msg("Both")},
		{"resource": "Both", "path": ["properties", "Distributions", 1, "AmiDistributionConfiguration", "LaunchPermissionConfiguration", "UserGroups", 0], "msg": msg("Both")},
	} with input as {"resources": [res("Both", "AWS::ImageBuilder::DistributionConfiguration", {"Distributions": [
		{"Region": "eu-central-1", "AmiDistributionConfiguration": {"LaunchPermissionConfiguration": {"UserGroups": ["all"]}}},
		{"Region": "eu-west-1", "AmiDistributionConfiguration": {"LaunchPermissionConfiguration": {"UserGroups": ["All"]}}},
	]})]}
}

# Sharing with named accounts, an organization or an OU, or copying to other accounts, is not public.
test_sharing_with_named_accounts_passes if {
	count(check.deny) == 0 with input as {"resources": [
		distribution("Accounts", {"UserIds": ["123456789012"], "OrganizationArns": ["arn:aws:organizations::123456789012:organization/o-abc123"]}),
		distribution("Unit", {"OrganizationalUnitArns": ["arn:aws:organizations::123456789012:ou/o-abc123/ou-ab12-cdef3456"]}),
		distribution("NoGroups", {"UserGroups": []}),
		distribution("OtherGroup", {"UserGroups": ["partners"]}),
		res("Copy", "AWS::ImageBuilder::DistributionConfiguration", {"Distributions": [{"Region": "eu-central-1", "AmiDistributionConfiguration": {"TargetAccountIds": ["123456789012"]}}]}),
		res("Container", "AWS::ImageBuilder::DistributionConfiguration", {"Distributions": [{"Region": "eu-central-1", "ContainerDistributionConfiguration": {"TargetRepository": {"Service": "ECR", "RepositoryName": "clinic"}}}]}),
		res("Empty", "AWS::ImageBuilder::DistributionConfiguration", {"Name": "empty"}),
	]}
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as {"resources": [
		distribution("Groups", {"UserGroups": unknown("Groups")}),
		distribution("Item", {"UserGroups": [unknown("Group")]}),
		distribution("Permission", unknown("Fn::If Public")),
		res("Ami", "AWS::ImageBuilder::DistributionConfiguration", {"Distributions": [{"Region": "eu-central-1", "AmiDistributionConfiguration": unknown("Fn::If Shared")}]}),
		res("Entry", "AWS::ImageBuilder::DistributionConfiguration", {"Distributions": [unknown("Fn::If Extra")]}),
		res("List", "AWS::ImageBuilder::DistributionConfiguration", {"Distributions": unknown("Distributions")}),
	]}
}

# Other resources are not judged, even with a property of the same name.
test_other_resources_are_not_judged if {
	check.deny == {{"resource": "Golden", "path": ["properties", "Distributions", 1, "AmiDistributionConfiguration", "LaunchPermissionConfiguration", "UserGroups", 0], "msg": msg("Golden")}} with input as {"resources": [
		res("Recipe", "AWS::ImageBuilder::ImageRecipe", {"Distributions": [{"AmiDistributionConfiguration": {"LaunchPermissionConfiguration": {"UserGroups": ["all"]}}}]}),
		distribution("Golden", {"UserGroups": ["all"]}),
	]}
}
