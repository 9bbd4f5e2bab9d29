# The credential-name helpers use plain string built-ins, not regular
# expressions (in wasm a pattern is compiled again for every document
# evaluated). These tests hold them to the patterns they replaced, name by name
# (ASCII names: RE2's case folding also equates a few other letters, such as
# the long s, with ASCII ones; lower() and upper() do not).
package evident.lib.secret_names_test

import data.evident.lib.aws
import data.evident.lib.cloudformation

names := [
	"password", "DB_PASSWORD", "dbPassword", "MasterUserPassword", "passwd", "PASSWD_FILE", "pwd", "PWD",
	"secret", "client_secret", "ClientSecret", "CLIENT_SECRET", "CLIENTSECRET", "SECRET2", "TOPSECRET",
	"token", "GITHUB_TOKEN", "tokens", "api_key", "apikey", "API_KEY", "ApiKey", "api-key", "APIKEY_ID",
	"private_key", "PrivateKey", "PRIVATE_KEY", "private__key", "access_key", "AWS_ACCESS_KEY_ID", "AccessKey",
	"auth_key", "AUTHKEY", "Auth_Key_2", "credential", "credentials", "CREDENTIALS", "Credentials_File",
	"password_arn", "PasswordArn", "password_id", "secret_ids", "SecretName", "secret_names",
	"password_length", "token_ttl", "secret_version", "secret_path", "secret_rotation",
	"secret_kms_key_id", "SecretKmsKeyId", "kms_secret", "password_type", "token_enabled", "secret_arns",
	"SecretParameter", "TokenParam", "PasswordSsm", "TokenHeader", "SecretUri", "TokenUrl", "SecretKeyId",
	"_PASSWORD_", "X__TOKEN", "PASSWORD2", "MY_PASSWORD_HASH", "username", "host", "", "_", "__",
	"ACCESS_KEY_SECRET", "AUTH", "CLIENT", "API", "KEY", "API_", "_KEY", "CLIENT_", "client_SECRET_x",
	"APIKEY", "API__KEY", "Api_Key", "apiKey", "PRIVATEKEY_FILE", "MY_PWD", "PWDX", "XPWD",
]

cfn_former(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_?key|private_?key|access_?key|credential)`, name)
	not regex.match(`(?i)(arn|id|ids|name|names|length|ttl|version|path|rotation|kms.*|keyid|type|enabled|arns|parameter|param|ssm|header|uri|url)$`, name)
}

aws_former(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_?key|private_?key|access_?key|credential)`, name)
	not regex.match(`(?i)(_arn|_id|_ids|_name|_names|_length|_ttl|_version|_path|_rotation|_kms.*|_type|_enabled|_arns)$`, name)
}

test_cloudformation_secret_name_agrees_with_its_former_patterns if {
	disagree := {name | some name in names; not cfn_agrees(name)}
	disagree == set()
	count({name | some name in names; cloudformation.secret_name(name)}) > 20
}

cfn_agrees(name) if {
	cloudformation.secret_name(name)
	cfn_former(name)
}

cfn_agrees(name) if {
	not cloudformation.secret_name(name)
	not cfn_former(name)
}

test_aws_secret_name_agrees_with_its_former_patterns if {
	disagree := {name | some name in names; not aws_agrees(name)}
	disagree == set()
	count({name | some name in names; aws.secret_name(name)}) > 20
}

aws_agrees(name) if {
	aws.secret_name(name)
	aws_former(name)
}

aws_agrees(name) if {
	not aws.secret_name(name)
	not aws_former(name)
}
