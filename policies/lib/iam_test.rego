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
