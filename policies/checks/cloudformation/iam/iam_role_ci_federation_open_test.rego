package evident.checks.cloudformation.iam_role_ci_federation_open_test

import data.evident.checks.cloudformation.iam_role_ci_federation_open as check

role(id, trust) := {"id": id, "type": "AWS::IAM::Role", "properties": {"AssumeRolePolicyDocument": trust}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 19}

provider(id, url) := {"id": id, "type": "AWS::IAM::OIDCProvider", "properties": {"Url": url, "ClientIdList": ["sts.amazonaws.com"]}, "dependsOn": [], "file": "t.yaml", "startLine": 20, "endLine": 24}

trust(statements) := {"Version": "2012-10-17", "Statement": statements}

web(federated, condition) := {"Effect": "Allow", "Principal": {"Federated": federated}, "Action": ["sts:AssumeRoleWithWebIdentity"], "Condition": condition}

path := ["properties", "AssumeRolePolicyDocument"]

msg(id, gap) := sprintf("%s lets GitHub Actions tokens (token.actions.githubusercontent.com) assume it %s: a workflow in any GitHub repository can take on its permissions", [id, gap])

no_sub := "without a condition on token.actions.githubusercontent.com:sub"

sub_arn := {"__unknown__": "Fn::Sub arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com", "refs": ["AWS::AccountId"], "template": "arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"}

test_subject_not_restricted if {
	check.deny == {
		{"resource": "Ref", "path": path, "msg": msg("Ref", no_sub)},
		{"resource": "GetAtt", "path": path, "msg": msg("GetAtt", no_sub)},
		{"resource": "Sub", "path": path, "msg": msg("Sub", `with token.actions.githubusercontent.com:sub "repo:*" (StringLike), which names no repository owner`)},
		{"resource": "Json", "path": path, "msg": msg("Json", `with token.actions.githubusercontent.com:sub "ref:refs/heads/main" (StringEquals), which names no repository owner`)},
	} with input as {"resources": [
		provider("GithubOidc", "https://token.actions.githubusercontent.com"),
		role("Ref", trust([web({"__unknown__": "Ref GithubOidc", "refs": ["GithubOidc"], "__ref__": "GithubOidc"}, {})])),
		role("GetAtt", trust([web({"__unknown__": "Fn::GetAtt GithubOidc.Arn", "refs": ["GithubOidc.Arn"], "__ref__": "GithubOidc", "attribute": "Arn"}, {})])),
		role("Sub", trust([web(sub_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}})])),
		role("Json", json.marshal(trust([web("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com", {"StringEquals": {"token.actions.githubusercontent.com:sub": "ref:refs/heads/main"}})]))),
	]}
}

test_owner_named_or_undecided if {
	count(check.deny) == 0 with input as {"resources": [
		provider("GithubOidc", "https://token.actions.githubusercontent.com"),
		provider("OwnIdp", "https://login.acme-health.example"),
		role("Repo", trust([web(sub_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme-health/records:*"}})])),
		role("Parameter", trust([web(sub_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": {"__unknown__": "Fn::Sub repo:${GitHubOrg}/records:*", "refs": ["GitHubOrg"]}}})])),
		role("Own", trust([web({"__unknown__": "Ref OwnIdp", "refs": ["OwnIdp"], "__ref__": "OwnIdp"}, {})])),
		role("Service", trust([{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}])),
	]}
}
