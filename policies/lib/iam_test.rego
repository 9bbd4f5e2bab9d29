package evident.lib.iam_test

import data.evident.lib.iam

test_admin_action if {
	iam.admin_action(["*"]) == "*"
	iam.admin_action(["s3:GetObject", "*", "iam:*"]) == "*"
	iam.admin_action(["s3:GetObject", "IAM:*"]) == "iam:*"
	not iam.admin_action(["iam:Get*", "iam:List*", "s3:*"])
	not iam.admin_action([{"__unknown__": "var.actions", "refs": ["var.actions"]}])
	not iam.admin_action([])
}

test_administrator_access_arn if {
	iam.administrator_access_arn("arn:aws:iam::aws:policy/AdministratorAccess")
	iam.administrator_access_arn("arn:aws-us-gov:iam::aws:policy/AdministratorAccess")
	not iam.administrator_access_arn("arn:aws:iam::123456789012:policy/AdministratorAccess")
	not iam.administrator_access_arn("arn:aws:iam::aws:policy/AdministratorAccess-Amplify")
	not iam.administrator_access_arn("AdministratorAccess")
	not iam.administrator_access_arn({"__unknown__": "var.arn", "refs": ["var.arn"]})
}

test_principal_is_anyone if {
	iam.principal_is_anyone("*")
	iam.principal_is_anyone({"AWS": "*"})
	iam.principal_is_anyone({"AWS": ["arn:aws:iam::1:root", "*"]})
	not iam.principal_is_anyone({"AWS": "arn:aws:iam::1:root"})
	not iam.principal_is_anyone({"Service": "*"})
	not iam.principal_is_anyone({"__unknown__": "Ref Reader", "refs": ["Reader"]})
}

test_unrestricted if {
	iam.unrestricted({"Effect": "Allow"}) == "without a condition"
	iam.unrestricted({"Condition": null}) == "without a condition"
	iam.unrestricted({"Condition": {}}) == "without a condition"
	iam.unrestricted({"Condition": {"StringLike": {"aws:Referer": ["https://example.com/*"]}}}) == "conditioned only on aws:Referer, which the client sets"
	iam.unrestricted({"Condition": {"StringLike": {"aws:Referer": "x"}, "StringEquals": {"AWS:UserAgent": "y"}}}) == "conditioned only on AWS:UserAgent, aws:Referer, which the client sets"
	not iam.unrestricted({"Condition": {"StringLike": {"aws:Referer": "x"}, "IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}})
	not iam.unrestricted({"Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}})

	# Keys any principal of any account can satisfy: an external ID the caller passes, MFA, a principal type.
	iam.unrestricted({"Condition": {"StringEquals": {"sts:ExternalId": "records-audit-7f3a"}}}) == "conditioned only on sts:ExternalId, which the client sets"
	iam.unrestricted({"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}, "StringEquals": {"aws:PrincipalType": "AssumedRole"}}}) == "conditioned only on aws:MultiFactorAuthPresent, aws:PrincipalType, which the client sets"
	not iam.unrestricted({"Condition": {"StringEquals": {"sts:ExternalId": "x", "aws:PrincipalOrgID": "o-abc123"}}})
	iam.unrestricted({"Condition": {"Bool": {"aws:SecureTransport": "true"}}}) == "conditioned only on aws:SecureTransport, which the client sets"
	iam.unrestricted({"Condition": {"Bool": {"aws:SecureTransport": true}, "NumericGreaterThanEquals": {"s3:TlsVersion": "1.2"}, "StringEquals": {"s3:signatureversion": "AWS4-HMAC-SHA256"}}}) == "conditioned only on aws:SecureTransport, s3:TlsVersion, s3:signatureversion, which the client sets"
	iam.unrestricted({"Condition": {"StringEquals": {"s3:x-amz-server-side-encryption": "aws:kms", "s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:eu-west-1:1:key/k", "s3:x-amz-acl": "bucket-owner-full-control"}}}) == "conditioned only on s3:x-amz-acl, s3:x-amz-server-side-encryption, s3:x-amz-server-side-encryption-aws-kms-key-id, which the client sets"
	not iam.unrestricted({"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceVpce": "vpce-1"}}})
	not iam.unrestricted({"Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-1"}}})
	not iam.unrestricted({"Condition": {"StringEquals": {"aws:SecureTransport": "true", "kms:CallerAccount": "1"}}})
	not iam.unrestricted({"Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"}, "StringEquals": {"aws:SourceAccount": "1"}}})
	not iam.unrestricted({"Condition": {"ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::1:role/r"}}})
	not iam.unrestricted({"Condition": {"StringEquals": {"aws:SourceVpc": "vpc-1"}}})
	not iam.unrestricted({"Condition": {"__unknown__": "Fn::If X", "refs": ["X"]}})
	not iam.unrestricted({"Condition": {"StringLike": {"__unknown__": "var.c", "refs": ["var.c"]}}})
}

test_public_statement if {
	iam.public_statement({"Effect": "Allow", "Principal": "*"}) == "without a condition"
	iam.public_statement({"Effect": "Allow", "Principal": {"AWS": "*"}, "Condition": {"StringLike": {"aws:Referer": "x"}}}) == "conditioned only on aws:Referer, which the client sets"
	not iam.public_statement({"Effect": "Deny", "Principal": "*"})
	not iam.public_statement({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"}})
	not iam.public_statement({"Effect": "Allow", "Principal": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}})
	iam.public_statement({"Effect": "Allow", "Principal": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}) == "conditioned only on aws:SecureTransport, which the client sets"
	not iam.public_statement({"Effect": "Allow", "Principal": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:SourceVpce": "vpce-1"}}})
}

test_action_text if {
	iam.action_text({"Action": ["s3:GetObject", {"__unknown__": "var.a"}, "s3:ListBucket"]}) == "s3:GetObject, s3:ListBucket"
	iam.action_text({"Action": "s3:*"}) == "s3:*"
	iam.action_text({}) == ""
}

test_allows_assume if {
	iam.allows_assume({"Action": "sts:AssumeRole"})
	iam.allows_assume({"Action": ["sts:TagSession", "STS:AssumeRoleWithWebIdentity"]})
	iam.allows_assume({"Action": "sts:AssumeRoleWithSAML"})
	iam.allows_assume({"Action": "sts:*"})
	iam.allows_assume({"Action": "*"})
	iam.allows_assume({"Action": "sts:AssumeRole?ith*"})
	iam.allows_assume({"NotAction": "sts:TagSession"})
	iam.allows_assume({"NotAction": ["sts:AssumeRole", "sts:AssumeRoleWithSAML"]})
	not iam.allows_assume({"Action": ["sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"]})
	not iam.allows_assume({"Action": "s3:*"})
	not iam.allows_assume({"Action": "sts:[A]ssumeRole"})
	not iam.allows_assume({"Action": {"__unknown__": "var.actions", "refs": ["var.actions"]}})
	not iam.allows_assume({"NotAction": "sts:*"})
	not iam.allows_assume({"NotAction": "sts:AssumeRole*"})
	not iam.allows_assume({"NotAction": ["sts:TagSession", {"__unknown__": "var.excluded", "refs": ["var.excluded"]}]})
	not iam.allows_assume({"NotAction": {"__unknown__": "var.excluded", "refs": ["var.excluded"]}})
	not iam.allows_assume({"Effect": "Allow", "Principal": "*"})
}

test_action_matches if {
	iam.action_matches("STS:AssumeRole", "sts:assumerole")
	iam.action_matches("sts:Assume*", "sts:assumerolewithsaml")
	iam.action_matches("sts:AssumeRol?", "sts:assumerole")
	not iam.action_matches("sts:AssumeRole", "sts:assumerolewithsaml")
	not iam.action_matches("sts:{AssumeRole,TagSession}", "sts:assumerole")
	not iam.action_matches(["sts:AssumeRole"], "sts:assumerole")
}

test_allowed_actions_text if {
	iam.allowed_actions_text({"Action": ["sts:AssumeRole", "sts:TagSession"]}) == "sts:AssumeRole, sts:TagSession"
	iam.allowed_actions_text({"Action": "sts:*"}) == "sts:*"
	iam.allowed_actions_text({"NotAction": "sts:TagSession"}) == "every action but sts:TagSession"
	iam.allowed_actions_text({"NotAction": ["s3:*", "sts:TagSession"]}) == "every action but s3:*, sts:TagSession"
}

test_escalations if {
	iam.escalations([{"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"}]) == {"iam:PassRole with ec2:RunInstances"}

	# The actions of a method may come from different statements, and wildcards match.
	iam.escalations([
		{"Effect": "Allow", "Action": "iam:Pass*", "Resource": "*"},
		{"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": ["*"]},
	]) == {"iam:PassRole with lambda:CreateFunction with lambda:InvokeFunction"}
	iam.escalations([{"Action": "IAM:CreatePolicyVersion", "Resource": "*"}]) == {"iam:CreatePolicyVersion"}
	iam.escalations([{"Effect": "Allow", "Action": "iam:Put*Policy", "Resource": "*"}]) == {"iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy"}
}

test_no_escalation if {
	# Half a method, a named resource, a condition, a Deny, an unrelated action.
	count(iam.escalations([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}])) == 0
	count(iam.escalations([{"Effect": "Allow", "Action": "iam:CreatePolicyVersion", "Resource": "arn:aws:iam::111122223333:policy/app"}])) == 0
	count(iam.escalations([{"Effect": "Allow", "Action": "lambda:UpdateFunctionCode", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/team": "ci"}}}])) == 0
	count(iam.escalations([{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}])) == 0
	count(iam.escalations([{"Effect": "Allow", "Action": ["s3:GetObject", "iam:GetRole"], "Resource": "*"}])) == 0
	count(iam.escalations([{"Effect": "Allow", "Action": {"__unknown__": "var.actions", "refs": ["var.actions"]}, "Resource": "*"}])) == 0
}

test_administrator_grant if {
	iam.administrator_grant({"Effect": "Allow", "Action": "*", "Resource": "*"}) == "*"
	iam.administrator_grant({"Action": ["s3:GetObject", "IAM:*"], "Resource": ["*"]}) == "iam:*"
	not iam.administrator_grant({"Effect": "Deny", "Action": "*", "Resource": "*"})
	not iam.administrator_grant({"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::records/*"})
	not iam.administrator_grant({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"})
	not iam.administrator_grant("not a statement")
	iam.grants_administrator([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Action": "*", "Resource": "*"}])
	not iam.grants_administrator([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}])
}
