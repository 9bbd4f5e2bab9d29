/**
 * terraform-aws-modules/secrets-manager/aws: the secret a call creates, read
 * from the module's main.tf and variables.tf (versions 1 and 2, which agree on
 * what is modelled).
 *
 * Modelled: `aws_secretsmanager_secret.this`, created when `create` (default
 * true) is true, with `kms_key_id` (default null in every version: the
 * account's AWS managed key aws/secretsmanager; the variable is not
 * `nullable = false`, so an explicit null means the same), and its name,
 * name prefix, description, recovery window, region and tags.
 *
 * Not modelled: the secret version (no check reads
 * `aws_secretsmanager_secret_version`; a literal `secret_string` in the call is
 * left to the checks on committed secrets), the resource policy, replicas,
 * rotation, the random password, and calls of `//wrappers`.
 */
import { Inputs, passedNull, ResourceBuilder, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const SECRET = 'aws_secretsmanager_secret';

function expand(call: ModuleCall): SyntheticResource[] {
  // The wrappers create one secret per `items` entry (with `defaults`): not modelled.
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or whether it is cannot be decided (unknown, or null, which Terraform rejects): model nothing.
  if (passedNull(call, 'create')) return [];
  if (inputs.flag(['create'], true) !== true) return [];
  return [
    new ResourceBuilder(SECRET)
      .copy(inputs, ['name', 'name_prefix', 'description', 'kms_key_id', 'recovery_window_in_days', 'force_overwrite_replica_secret', 'region', 'tags'])
      .build(),
  ];
}

export const secretsManager: ModuleModel = {
  address: 'terraform-aws-modules/secrets-manager/aws',
  repository: 'terraform-aws-modules/terraform-aws-secrets-manager',
  outputs: {
    secret_arn: `${SECRET}.this.arn`,
    secret_id: `${SECRET}.this.id`,
  },
  expand,
};
