package evident.checks.cloudformation.kms_key_policy_public_test

import data.evident.checks.cloudformation.kms_key_policy_public as check

key(id, statements) := {"id": id, "type": "AWS::KMS::Key", "properties": {"KeyPolicy": {"Statement": statements}}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

root := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"}

test_keys_anyone_can_use if {
	check.deny == {
		{"resource": "A", "path": ["properties", "KeyPolicy"], "msg": "A has a key policy that allows kms:* to anyone (Principal \"*\" without a condition)"},
		{"resource": "B", "path": ["properties", "KeyPolicy"], "msg": "B has a key policy that allows kms:Decrypt to anyone (Principal \"*\" without a condition)"},
	} with input as {"resources": [
		key("A", {"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}),
		key("B", [root, {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": ["kms:Decrypt"], "Resource": "*"}]),
	]}
}

test_account_conditioned_and_undecided_pass if {
	count(check.deny) == 0 with input as {"resources": [
		key("A", [root]),
		key("B", [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012"}}}]),
		key("C", [{"__unknown__": "Fn::If Shared", "refs": ["Shared"]}]),
		{"id": "D", "type": "AWS::KMS::Key", "properties": {"KeyPolicy": {"__unknown__": "Fn::If Shared", "refs": ["Shared"]}}, "dependsOn": [], "file": "t.yaml", "startLine": 1, "endLine": 2},
	]}
}

# TLS restricts no one: a condition only on aws:SecureTransport leaves the
# statement public; one that adds kms:CallerAccount restricts it.
test_condition_only_on_secure_transport if {
	check.deny == {{"resource": "Tls", "path": ["properties", "KeyPolicy"], "msg": "Tls has a key policy that allows kms:Decrypt to anyone (Principal \"*\" conditioned only on aws:SecureTransport, which the client sets)"}} with input as {"resources": [
		key("Tls", [root, {"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]),
		key("Account", [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"kms:CallerAccount": "123456789012"}}}]),
		key("Org", [{"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]),
	]}
}

string_key(id, document) := {"id": id, "type": "AWS::KMS::Key", "properties": {"KeyPolicy": document}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

# CloudFormation accepts a KeyPolicy written as a JSON string: it is read like
# an object. A string that is not valid JSON, one built at deploy time (!Sub
# with a parameter) and the account root or a conditioned statement stay silent.
test_json_string_key_policies if {
	check.deny == {
		{"resource": "A", "path": ["properties", "KeyPolicy"], "msg": "A has a key policy that allows kms:Decrypt to anyone (Principal \"*\" without a condition)"},
		{"resource": "B", "path": ["properties", "KeyPolicy"], "msg": "B has a key policy that allows kms:* to anyone (Principal \"*\" without a condition)"},
	} with input as {"resources": [
		string_key("A", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*"}]}`),
		string_key("B", json.marshal({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}})),
		string_key("Root", json.marshal({"Statement": [root]})),
		string_key("Account", `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012"}}}]}`),
		string_key("Broken", `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*"}]`),
		string_key("Built", {"__unknown__": "Fn::Sub {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"${Admin}\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}", "refs": ["Admin"], "template": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"${Admin}\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}"}),
		string_key("Empty", ""),
	]}
}
