# METADATA
# title: EC2 user data has a literal credential
# description: >-
#   The user data of an aws_instance, aws_spot_instance_request,
#   aws_launch_template or aws_launch_configuration (user_data, or
#   user_data_base64 written as a base64 literal, which is decoded) writes a
#   credential literally: an AWS access key ID (AKIA… or ASIA… and 16
#   upper-case letters or digits), an assignment whose name says it holds a
#   credential (export AWS_SECRET_ACCESS_KEY=…, DB_PASSWORD=…, password: … in
#   cloud-init, "client_secret": "…", --api-key=…), or a connection string
#   with an embedded password (git clone https://user:token@host/…). User data
#   is committed with the code, kept in the state, readable by every principal
#   allowed ec2:DescribeInstanceAttribute or ec2:DescribeLaunchTemplateVersions,
#   and served by the instance metadata service to every process on the
#   instance. Names and values are read as the ECS and ConfigMap checks read
#   them (policies/lib/env.rego). Not reported: values the script computes at
#   boot ($(aws secretsmanager get-secret-value …), $VAR, ${VAR}, `cmd`);
#   placeholders (changeme, <password>, {{x}}, ****); settings about
#   credentials (…_FILE, …_PATH, …_ID, …_NAME, …_ARN); crypt hashes of account
#   passwords; comment lines; a value interpolated from a secret-looking
#   variable with a committed value (reported by EVD-TF-057 at the variable);
#   user data the parser cannot read (file(), templatefile(), filebase64(), a
#   cloudinit_config data source, a variable without value). When a heredoc
#   interpolates unknown values, its literal lines are still read (a line with
#   ${…} or %{…} is left out); plan files are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html
# custom:
#   id: EVD-TF-179
#   severity: high
#   remediation: >-
#     Give the instance an IAM role (iam_instance_profile) instead of access
#     keys, and let the script read other secrets at boot from Secrets Manager
#     or SSM Parameter Store (aws secretsmanager get-secret-value, aws ssm
#     get-parameter --with-decryption) with that role. Rotate the exposed
#     credential.
#   selector:
#     input: terraform
#     resources: [aws_instance, aws_spot_instance_request, aws_launch_template, aws_launch_configuration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the code, the state, the instance's attributes or its metadata service breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.terraform.ec2_user_data_secret

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform

types := ["aws_instance", "aws_spot_instance_request", "aws_launch_template", "aws_launch_configuration"]

deny contains f if {
	not input.format == "plan"
	some r in terraform.resources_of(types)
	some key in ["user_data", "user_data_base64"]
	text := env.hcl_script(r.config[key])
	some [secret, value] in env.script_secrets(text)
	not value in aws.committed_secret_values
	f := finding.secret_at(r, ["config", key], finding.format("%s writes %s into its %s", [r.id, secret, key]))
}
