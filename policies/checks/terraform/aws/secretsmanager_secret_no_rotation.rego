# METADATA
# title: Secrets Manager secret is not rotated automatically
# description: >-
#   An aws_secretsmanager_secret has no aws_secretsmanager_secret_rotation that
#   refers to it (secret_id = aws_secretsmanager_secret.x.id or .arn, or the
#   secret's literal name), nor the rotation_lambda_arn or rotation_rules that
#   provider v3 set on the secret itself. Its value (a database password, an
#   API key) then stays the same until someone changes it by hand, and a copy
#   that leaked (in a log, a laptop, a former employee's notes) keeps working.
#   A rotation whose secret_id is unknown and not a reference to a secret of
#   this module (a variable, a module output) may belong to any secret: the
#   check then stays silent. So it does for a secret passed to a scanned local
#   module that declares an aws_secretsmanager_secret_rotation, or to a registry
#   or git module whose code is not read (that module may rotate it), and for a secret created by a terraform-aws-modules/secrets-manager
#   call (its model does not carry the call's rotation settings).
#   Severity low: the secret stays encrypted and access-controlled, rotation
#   only shortens the life of a copy that has already leaked, and secrets of
#   third parties often cannot be rotated by Secrets Manager at all.
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation
# custom:
#   id: EVD-TF-222
#   severity: low
#   remediation: >-
#     Add an aws_secretsmanager_secret_rotation with secret_id =
#     aws_secretsmanager_secret.<name>.id, rotation_lambda_arn set to a rotation
#     function and rotation_rules { automatically_after_days = 30 }; for an RDS
#     master password, set manage_master_user_password = true on the database
#     instead, which RDS rotates itself.
#   selector:
#     input: terraform
#     resources: [aws_secretsmanager_secret]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(D)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Changing the passwords and keys that open ePHI systems on a schedule is part of password management and keeps granted access current.
#     gdpr: Rotating credentials keeps a leaked one from giving lasting access, part of the ongoing confidentiality of processing systems.
package evident.checks.terraform.secretsmanager_secret_no_rotation

import data.evident.lib.finding
import data.evident.lib.terraform

rotation_type := "aws_secretsmanager_secret_rotation"

deny contains f if {
	some secret in terraform.resources("aws_secretsmanager_secret")
	not secret.created_by
	not inline_rotation(secret.config)
	not rotated(secret)
	not terraform.unattributed(rotation_type, "secret_id", "aws_secretsmanager_secret")
	not terraform.passed_to_module_that_may_declare(secret, rotation_type)
	f := finding.of(secret, finding.format("%s has no aws_secretsmanager_secret_rotation (its value is never rotated automatically)", [secret.id]))
}

# rotated(secret): a rotation of this module names the secret, by reference
# (its id or arn) or by its literal name.
rotated(secret) if {
	some rotation in terraform.resources(rotation_type)
	terraform.points_at(rotation.config.secret_id, secret, "name")
}

# inline_rotation(cfg): the rotation arguments of the secret itself (provider
# v3; deprecated in v4, removed in v5).
inline_rotation(cfg) if terraform.given(cfg, "rotation_lambda_arn")

inline_rotation(cfg) if terraform.has_block(cfg, "rotation_rules")
