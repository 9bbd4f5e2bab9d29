# METADATA
# title: Secrets Manager secret is not rotated automatically
# description: >-
#   An AWS::SecretsManager::Secret has no AWS::SecretsManager::RotationSchedule
#   whose SecretId refers to it (!Ref, or the secret's literal Name); the
#   rotation function (RotationLambdaARN or HostedRotationLambda) and the
#   schedule (RotationRules) are set on the RotationSchedule, not on the
#   secret. Its value (a database password, an API key) then stays the same
#   until someone changes it by hand, and a copy that leaked (in a log, a
#   laptop, a former employee's notes) keeps working.
#   A RotationSchedule whose SecretId is unknown and not a reference to a
#   secret of this template (a parameter, Fn::ImportValue, a nested stack's
#   output) may belong to any secret: the check then stays silent, and so it
#   does for a secret passed to a nested stack (AWS::CloudFormation::Stack or
#   AWS::Serverless::Application Parameters), which may rotate it. A literal
#   ARN names a secret that already exists, not one this template creates, and
#   does not silence the check.
#   Severity low: the secret stays encrypted and access-controlled, rotation
#   only shortens the life of a copy that has already leaked, and secrets of
#   third parties often cannot be rotated by Secrets Manager at all.
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-rotationschedule.html
# custom:
#   id: EVD-CFN-090
#   severity: low
#   remediation: >-
#     Add an AWS::SecretsManager::RotationSchedule with SecretId !Ref <Secret>,
#     a HostedRotationLambda (with the AWS::SecretsManager-2020-07-23
#     transform) or RotationLambdaARN, and RotationRules
#     AutomaticallyAfterDays 30; for an RDS master password, set
#     ManageMasterUserPassword to true on the database instead, which RDS
#     rotates itself.
#   selector:
#     input: cloudformation
#     resources: [AWS::SecretsManager::Secret]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(D)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Changing the passwords and keys that open ePHI systems on a schedule is part of password management and keeps granted access current.
#     gdpr: Rotating credentials keeps a leaked one from giving lasting access, part of the ongoing confidentiality of processing systems.
package evident.checks.cloudformation.secretsmanager_secret_no_rotation

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

schedule_type := "AWS::SecretsManager::RotationSchedule"

deny contains f if {
	some secret in cfn.resources("AWS::SecretsManager::Secret")
	not rotated(secret)
	not unattributed
	not cfn.passed_to_nested_stack(secret)
	f := finding.of(secret, finding.format("%s has no RotationSchedule that refers to it (its value is never rotated automatically)", [secret.id]))
}

# rotated(secret): a rotation schedule of the template names the secret, by
# Ref (or inside a Fn::Sub / Fn::Join that refers to it) or by its literal Name.
rotated(secret) if {
	some schedule in cfn.resources(schedule_type)
	cfn.points_at(schedule.properties.SecretId, secret, "Name")
}

rotated(secret) if {
	some schedule in cfn.resources(schedule_type)
	values.refers_to(schedule.properties.SecretId, secret.id)
}

# unattributed: a rotation schedule names its secret with an unknown value that
# is not a reference to a secret of this template: it may be any secret's. A
# complete rule: evaluated once per template.
unattributed if cfn.unattributed(cfn.resources(schedule_type), "SecretId", "AWS::SecretsManager::Secret")
