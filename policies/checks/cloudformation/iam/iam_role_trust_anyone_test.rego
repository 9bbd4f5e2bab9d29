package evident.checks.cloudformation.iam_role_trust_anyone_test

import data.evident.checks.cloudformation.iam_role_trust_anyone as check

role(id, trust) := {"id": id, "type": "AWS::IAM::Role", "properties": {"AssumeRolePolicyDocument": trust}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 19}

function(id, props) := {"id": id, "type": "AWS::Serverless::Function", "properties": object.union({"Handler": "index.handler", "Runtime": "python3.12"}, props), "dependsOn": [], "file": "t.yaml", "startLine": 20, "endLine": 30}

trust(statements) := {"Version": "2012-10-17", "Statement": statements}

unknown := {"__unknown__": "Ref TrustedPrincipal", "refs": ["TrustedPrincipal"]}

anyone := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}

lambda := {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}

path := ["properties", "AssumeRolePolicyDocument"]

test_roles_anyone_can_assume if {
	check.deny == {
		{"resource": "Object", "path": path, "msg": "Object has a trust policy that allows sts:AssumeRole to anyone (Principal \"*\" without a condition)"},
		{"resource": "Json", "path": path, "msg": "Json has a trust policy that allows sts:* to anyone (Principal \"*\" without a condition)"},
		{"resource": "List", "path": path, "msg": "List has a trust policy that allows sts:AssumeRole, sts:TagSession to anyone (Principal \"*\" without a condition)"},
		{"resource": "Saml", "path": path, "msg": "Saml has a trust policy that allows sts:AssumeRoleWithSAML to anyone (Principal \"*\" without a condition)"},
		{"resource": "Everything", "path": path, "msg": "Everything has a trust policy that allows * to anyone (Principal \"*\" without a condition)"},
		{"resource": "Function", "path": path, "msg": "Function has a trust policy that allows sts:AssumeRole to anyone (Principal \"*\" without a condition)"},
	} with input as {"resources": [
		role("Object", trust([lambda, anyone])),
		role("Json", json.marshal({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:*"}})),
		role("List", trust([{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::123456789012:root", "*"]}, "Action": ["sts:AssumeRole", "sts:TagSession"]}])),
		role("Saml", trust([object.union(anyone, {"Action": ["sts:AssumeRoleWithSAML"]})])),
		role("Everything", trust([object.union(anyone, {"Action": "*"})])),
		function("Function", {"AssumeRolePolicyDocument": trust([anyone])}),
	]}
}

# A NotAction that leaves an assume action out allows it; one that excludes
# every assume action does not.
test_not_action if {
	check.deny == {{"resource": "Not", "path": path, "msg": "Not has a trust policy that allows every action but sts:TagSession, sts:SetSourceIdentity to anyone (Principal \"*\" without a condition)"}} with input as {"resources": [
		role("Not", trust([{"Effect": "Allow", "Principal": "*", "NotAction": ["sts:TagSession", "sts:SetSourceIdentity"]}])),
		role("Sts", trust([{"Effect": "Allow", "Principal": "*", "NotAction": "sts:*"}])),
		role("Assume", trust([{"Effect": "Allow", "Principal": "*", "NotAction": "sts:AssumeRole*"}])),
		role("Unknown", trust([{"Effect": "Allow", "Principal": "*", "NotAction": [unknown]}])),
	]}
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one on the caller's organisation, account or ARN restricts it.
test_conditions if {
	check.deny == {{"resource": "Tls", "path": path, "msg": "Tls has a trust policy that allows sts:AssumeRole to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"}} with input as {"resources": [
		role("Tls", trust([object.union(anyone, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})])),
		role("Org", trust([object.union(anyone, {"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})])),
		role("Account", trust([object.union(anyone, {"Condition": {"StringEquals": {"aws:PrincipalAccount": "123456789012"}}})])),
		role("Arn", trust([object.union(anyone, {"Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/ci-*"}}})])),
	]}
}

# Named accounts (a foreign account root included), services and identity
# providers, statements that assume nothing, denials, SAM functions with a
# Role of their own, and whatever the template leaves undecided stay silent.
test_named_principals_and_undecided_pass if {
	count(check.deny) == 0 with input as {"resources": [
		role("Service", trust([lambda])),
		role("Root", trust([object.union(anyone, {"Principal": {"AWS": "arn:aws:iam::210987654321:root"}})])),
		role("AccountId", trust([object.union(anyone, {"Principal": {"AWS": ["210987654321"]}})])),
		role("Oidc", trust([{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}])),
		role("Tag", trust([object.union(anyone, {"Action": ["sts:TagSession", "sts:SetSourceIdentity"]})])),
		role("Deny", trust([lambda, object.union(anyone, {"Effect": "Deny"})])),
		role("Param", unknown),
		role("Principal", trust([object.union(anyone, {"Principal": {"AWS": unknown}})])),
		role("Action", trust([object.union(anyone, {"Action": unknown})])),
		role("Effect", trust([object.union(anyone, {"Effect": unknown})])),
		role("Condition", trust([object.union(anyone, {"Condition": unknown})])),
		role("Statement", trust([unknown])),
		role("NotJson", "{ not json"),
		function("OwnRole", {"Role": {"__unknown__": "Fn::GetAtt AppRole.Arn", "refs": ["AppRole"], "__ref__": "AppRole"}, "AssumeRolePolicyDocument": trust([anyone])}),
		function("Default", {}),
		{"id": "NoTrust", "type": "AWS::IAM::Role", "properties": {"RoleName": "x"}},
		{"id": "Policy", "type": "AWS::IAM::Policy", "properties": {"PolicyDocument": trust([anyone])}},
	]}
}
