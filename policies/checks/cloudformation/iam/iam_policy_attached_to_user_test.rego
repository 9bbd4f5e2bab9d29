package evident.checks.cloudformation.iam_policy_attached_to_user_test

import data.evident.checks.cloudformation.iam_policy_attached_to_user as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

inline := {"PolicyName": "deploy", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}}

test_user_with_inline_and_managed_policies if {
	check.deny == {
		{"resource": "Ci", "path": ["properties", "Policies"], "msg": "Ci has inline Policies (grant permissions through a group or role)"},
		{"resource": "Ci", "path": ["properties", "ManagedPolicyArns"], "msg": "Ci has ManagedPolicyArns attached directly (grant permissions through a group or role)"},
	} with input as {"resources": [res("Ci", "AWS::IAM::User", {"Policies": [inline], "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]})]}
}

test_policies_with_users if {
	check.deny == {
		{"resource": "Deploy", "path": ["properties", "Users"], "msg": "Deploy is attached directly to IAM users (Users; grant permissions through a group or role)"},
		{"resource": "Read", "path": ["properties", "Users"], "msg": "Read is attached directly to IAM users (Users; grant permissions through a group or role)"},
	} with input as {"resources": [
		res("Deploy", "AWS::IAM::Policy", object.union(inline, {"Users": [ref("Ci")]})),
		res("Read", "AWS::IAM::ManagedPolicy", {"PolicyDocument": inline.PolicyDocument, "Users": ["analyst-jane"], "Groups": ["analysts"]}),
	]}
}

test_groups_roles_empty_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Jane", "AWS::IAM::User", {"Groups": [ref("Analysts")]}),
		res("Empty", "AWS::IAM::User", {"Policies": [], "ManagedPolicyArns": []}),
		res("Unknown", "AWS::IAM::User", {"ManagedPolicyArns": param("PolicyArns")}),
		res("Analysts", "AWS::IAM::Group", {"Policies": [inline], "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]}),
		res("App", "AWS::IAM::Role", {"Policies": [inline]}),
		res("Deploy", "AWS::IAM::Policy", object.union(inline, {"Groups": [ref("Analysts")], "Roles": [ref("App")]})),
		res("Read", "AWS::IAM::ManagedPolicy", {"PolicyDocument": inline.PolicyDocument, "Users": param("Users")}),
	]}
}

# AWS::IAM::UserPolicy exists only to give one user an inline policy.
test_user_policy_resource if {
	check.deny == {{"resource": "CiPolicy", "msg": "CiPolicy is an inline policy of an IAM user (grant permissions through a group or role)"}} with input as {"resources": [
		res("Ci", "AWS::IAM::User", {}),
		res("CiPolicy", "AWS::IAM::UserPolicy", object.union(inline, {"UserName": ref("Ci")})),
		res("GroupPolicy", "AWS::IAM::GroupPolicy", object.union(inline, {"GroupName": "deployers"})),
	]}
}

# An Fn::If the parser could not resolve may be AWS::NoValue: a list of only such items
# may be empty; one known item beside it is a grant.
test_lists_of_unresolved_fn_if_items if {
	if_item := {"__unknown__": "Fn::If UseReadOnly"}
	count(check.deny) == 0 with input as {"resources": [
		res("A", "AWS::IAM::User", {"ManagedPolicyArns": [if_item]}),
		res("B", "AWS::IAM::ManagedPolicy", {"Users": [if_item], "PolicyDocument": inline.PolicyDocument}),
	]}
	check.deny == {{"resource": "C", "path": ["properties", "ManagedPolicyArns"], "msg": "C has ManagedPolicyArns attached directly (grant permissions through a group or role)"}} with input as {"resources": [res("C", "AWS::IAM::User", {"ManagedPolicyArns": [if_item, "arn:aws:iam::aws:policy/ReadOnlyAccess"]})]}
}
