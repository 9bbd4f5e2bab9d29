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
