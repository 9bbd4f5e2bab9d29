# METADATA
# title: EC2 user data has a literal credential
# description: >-
#   The UserData of an AWS::EC2::Instance or AWS::AutoScaling::LaunchConfiguration,
#   or the LaunchTemplateData.UserData of an AWS::EC2::LaunchTemplate, is a
#   script that writes a credential literally: an assignment
#   whose name says it holds a credential (export AWS_SECRET_ACCESS_KEY=…,
#   DB_PASSWORD=…, password: … in cloud-init, --api-key=…), a connection
#   string with an embedded password, or an AWS access key ID (AKIA… or ASIA…
#   and 16 upper-case letters or digits). User data is committed with the
#   template, readable by every principal allowed
#   ec2:DescribeInstanceAttribute or ec2:DescribeLaunchTemplateVersions, and
#   served by the instance metadata service to every process on the instance.
#   Lines are read as EVD-TF-179 reads them (policies/lib/env.rego): values
#   the script computes at boot ($(aws secretsmanager get-secret-value …), $X,
#   `cmd`), placeholders, settings about credentials (…_ID, …_PATH, …_ARN),
#   crypt hashes and comment lines are not reported. The script is read where
#   the template says it: a literal (plain, or base64 and decoded), a Ref to a
#   parameter's Default, a Fn::Sub or Fn::Join of known parts, Fn::Base64 of
#   any of these; of a Fn::Sub with parts only known at deploy time
#   (${AWS::StackName}, ${AWS::Region}, a parameter without Default, a
#   resource attribute: the usual cfn-init script), the lines without a ${…}.
#   Not read: a parameter without Default, a Fn::Join with unknown parts, a
#   dynamic reference.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html#cfn-ec2-instance-userdata
# custom:
#   id: EVD-CFN-047
#   severity: high
#   remediation: >-
#     Give the instance an IAM role (IamInstanceProfile) instead of access
#     keys, and let the script read other secrets at boot from Secrets Manager
#     or SSM Parameter Store with that role. Rotate the exposed credential.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the template, the instance's attributes or its metadata service breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.ec2_user_data_secret

import data.evident.lib.cloudformation as cfn
import data.evident.lib.env
import data.evident.lib.finding

# [resource, path] of each UserData property. An array: a set would hash every
# whole resource put in it.
user_data := [[r, path] |
	some r in cfn.resources_of(["AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::LaunchTemplate"])
	path := user_data_paths[r.type]
	object.get(r, path, false)
]

user_data_paths := {
	"AWS::EC2::Instance": ["properties", "UserData"],
	"AWS::AutoScaling::LaunchConfiguration": ["properties", "UserData"],
	"AWS::EC2::LaunchTemplate": ["properties", "LaunchTemplateData", "UserData"],
}

deny contains f if {
	some [r, path] in user_data
	text := script(object.get(r, path, null))
	some [secret, _] in env.script_secrets(text)
	f := finding.secret_at(r, path, finding.format("%s writes %s into its %s", [r.id, secret, path[count(path) - 1]]))
}

# script(v): the text of UserData: a known string (base64 decoded), or the literal lines
# of a Fn::Sub the parser could not resolve (its template; lines with a ${…} left out).
script(v) := env.script_text(v) if is_string(v)

else := env.literal_lines(split(cfn.sub_template(v), "\n"), ["${"])
