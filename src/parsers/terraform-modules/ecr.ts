/**
 * terraform-aws-modules/ecr/aws: the private repository a call creates and
 * the registry scanning configuration it may manage, read from the module's
 * main.tf and variables.tf (versions 1 to 3, which agree on what is modelled).
 *
 * Modelled:
 * - `aws_ecr_repository.this`, created when `create` and `create_repository`
 *   (both default true) are true and `repository_type` is "private" (the
 *   default). `image_tag_mutability` is `repository_image_tag_mutability`,
 *   whose default is IMMUTABLE in every version (the provider's is MUTABLE:
 *   the variable is not `nullable = false`, so an explicit null leaves the
 *   argument out, and the repository's tags are mutable). The
 *   `image_scanning_configuration` block is always written, with
 *   `scan_on_push = repository_image_scan_on_push` (default true in every
 *   version; null, which the provider rejects for this required argument, is
 *   undecided). `encryption_configuration` from `repository_encryption_type`
 *   and `repository_kms_key`.
 * - `aws_ecr_registry_scanning_configuration.this` when
 *   `manage_registry_scanning_configuration` is true or unknown (its presence
 *   only silences the scan-on-push check), unless `create` is false.
 *
 * Not modelled: the repository policy (no check reads
 * `aws_ecr_repository_policy`), the lifecycle policy, public repositories
 * (`aws_ecrpublic_repository`), the registry policy, pull-through cache and
 * replication rules, and calls of `//modules/repository-template` (a
 * creation template, no repository) and `//wrappers`.
 */
import type { HclValue } from '../hcl/values.js';
import { Inputs, passedNull, ResourceBuilder, switchOf, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const REPOSITORY = 'aws_ecr_repository';
const SCANNING = 'aws_ecr_registry_scanning_configuration';

function repository(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (switchOf(call, inputs, 'create_repository', true) !== true) return [];
  // local.create_private_repository = … && var.repository_type == "private"
  if (passedNull(call, 'repository_type')) return [];
  const type = inputs.get(['repository_type']);
  if (type !== undefined && type !== 'private') return [];

  const repo = new ResourceBuilder(REPOSITORY).copy(inputs, ['region', 'tags']);
  const name = inputs.lookup(['repository_name']);
  repo.set('name', name.present ? name.value : '', name.present ? ['repository_name'] : undefined);

  const mutability = inputs.lookup(['repository_image_tag_mutability']);
  if (mutability.present) repo.set('image_tag_mutability', mutability.value, ['repository_image_tag_mutability']);
  else if (!passedNull(call, 'repository_image_tag_mutability')) repo.set('image_tag_mutability', 'IMMUTABLE');

  const scan = inputs.lookup(['repository_image_scan_on_push']);
  let scanOnPush: HclValue;
  if (passedNull(call, 'repository_image_scan_on_push')) scanOnPush = undecided(call, 'scan_on_push (passed as null)');
  else if (!scan.present) scanOnPush = true;
  else scanOnPush = inputs.flag(['repository_image_scan_on_push'], true) ?? scan.value;
  repo.set('image_scanning_configuration', [{ scan_on_push: scanOnPush }], scan.present ? ['repository_image_scan_on_push'] : undefined);
  if (scan.present) repo.origin(['image_scanning_configuration', 0, 'scan_on_push'], ['repository_image_scan_on_push']);

  const encryption: JsonObject = {};
  const encryptionType = inputs.lookup(['repository_encryption_type']);
  if (encryptionType.present) encryption.encryption_type = encryptionType.value;
  const kmsKey = inputs.lookup(['repository_kms_key']);
  if (kmsKey.present) encryption.kms_key = kmsKey.value;
  repo.set('encryption_configuration', [encryption]);
  if (encryptionType.present) repo.origin(['encryption_configuration', 0, 'encryption_type'], ['repository_encryption_type']);
  if (kmsKey.present) repo.origin(['encryption_configuration', 0, 'kms_key'], ['repository_kms_key']);
  return [repo.build()];
}

function scanningConfiguration(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (switchOf(call, inputs, 'manage_registry_scanning_configuration', false) === false) return [];
  const scanning = new ResourceBuilder(SCANNING);
  const scanType = inputs.lookup(['registry_scan_type']);
  scanning.set('scan_type', scanType.present ? scanType.value : 'ENHANCED', scanType.present ? ['registry_scan_type'] : undefined);
  return [scanning.build()];
}

function expand(call: ModuleCall): SyntheticResource[] {
  // modules/repository-template creates a creation template, not a repository; the wrappers one module per `items` entry: not modelled.
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  const create = switchOf(call, inputs, 'create', true);
  if (create === false) return [];
  // `create` unknown: the repository's existence is undecided (model none); the scanning configuration only protects.
  const scanning = scanningConfiguration(call, inputs);
  if (create !== true) return scanning;
  return [...repository(call, inputs), ...scanning];
}

export const ecr: ModuleModel = {
  address: 'terraform-aws-modules/ecr/aws',
  repository: 'terraform-aws-modules/terraform-aws-ecr',
  outputs: {
    repository_name: `${REPOSITORY}.this.name`,
    repository_arn: `${REPOSITORY}.this.arn`,
    repository_registry_id: `${REPOSITORY}.this.registry_id`,
    repository_url: `${REPOSITORY}.this.repository_url`,
  },
  expand,
};
