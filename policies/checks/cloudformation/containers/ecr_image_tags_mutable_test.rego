package evident.checks.cloudformation.ecr_image_tags_mutable_test

import data.evident.checks.cloudformation.ecr_image_tags_mutable as check

repo(id, props) := {"id": id, "type": "AWS::ECR::Repository", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_default_and_mutable if {
	check.deny == {
		{"resource": "A", "msg": "A uses mutable image tags (ImageTagMutability defaults to MUTABLE)"},
		{"resource": "B", "msg": "B uses mutable image tags (ImageTagMutability defaults to MUTABLE)"},
		{"resource": "C", "path": ["properties", "ImageTagMutability"], "msg": "C sets ImageTagMutability to MUTABLE"},
	} with input as {"resources": [
		repo("A", {"RepositoryName": "api"}),
		repo("B", {"ImageTagMutability": null}),
		repo("C", {"ImageTagMutability": "MUTABLE"}),
	]}
}

test_immutable_exclusions_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		repo("A", {"ImageTagMutability": "IMMUTABLE"}),
		repo("B", {"ImageTagMutability": "IMMUTABLE_WITH_EXCLUSION", "ImageTagMutabilityExclusionFilters": [{"ImageTagMutabilityExclusionFilterType": "WILDCARD", "ImageTagMutabilityExclusionFilterValue": "latest"}]}),
		repo("C", {"ImageTagMutability": "MUTABLE_WITH_EXCLUSION", "ImageTagMutabilityExclusionFilters": [{"ImageTagMutabilityExclusionFilterType": "WILDCARD", "ImageTagMutabilityExclusionFilterValue": "v*"}]}),
		repo("D", {"ImageTagMutability": {"__unknown__": "Ref Mutability", "refs": ["Mutability"]}}),
	]}
}

# Only the repository next to it is reported: the check reads its own type only.
test_other_resource_types_are_not_judged if {
	check.deny == {{"resource": "R", "msg": "R uses mutable image tags (ImageTagMutability defaults to MUTABLE)"}} with input as {"resources": [
		{"id": "P", "type": "AWS::ECR::PublicRepository", "properties": {}, "dependsOn": [], "file": "t.yaml", "startLine": 1, "endLine": 2},
		repo("R", {}),
	]}
}
