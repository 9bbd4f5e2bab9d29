/**
 * terraform-aws-modules/rds/aws: the DB instance, the DB parameter group and
 * the CloudWatch log groups that a call of the root module creates, read from
 * the module's main.tf and modules/db_instance, modules/db_parameter_group
 * (versions 1 to 7).
 *
 * Modelled: `aws_db_instance.this` with engine, storage encryption (the module
 * defaults `storage_encrypted` to false before version 4 and to true from it),
 * KMS key, public accessibility, backup retention (no default from version 3;
 * 1 day in some 2.x releases, so unknown below 3), deletion protection,
 * CloudWatch log exports, IAM authentication, automatic minor version
 * upgrades when given (the module's default is true, as the provider's),
 * replication source and the
 * master password the module passes: the given `password` only when no
 * generated or managed password replaces it (`create_random_password`, default
 * false before version 4 and true in 4 and 5; `manage_master_user_password`,
 * default true from version 6; version 7 takes only the write-only
 * `password_wo`). `aws_db_parameter_group.this` from `family` and `parameters`
 * when `create_db_parameter_group` (default true) is on; versions 1 and 2
 * skipped it when `parameter_group_name` was given, so it is then assumed only
 * when the call pins version 3 or later. `aws_cloudwatch_log_group.this[…]`,
 * one per exported log, when `create_cloudwatch_log_group` is on (version 4.1
 * and later; retention 7 days unless given).
 *
 * Not modelled: the option group, the subnet group, the enhanced-monitoring
 * role, role associations, automated-backup replication, the blue/green
 * backup-retention floor, and calls of the submodules
 * (`//modules/db_instance`…), for which nothing is created. The real address
 * of the instance is `module.<call>.module.db_instance.aws_db_instance.this[0]`;
 * here it is `module.<call>.aws_db_instance.this`.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, instanceName, reference, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const INSTANCE = 'aws_db_instance';
const PARAMETER_GROUP = 'aws_db_parameter_group';

/** What the module passes as a database's master password argument. */
export type Password =
  /** The call's own argument (literal or not), from the call argument `from`. */
  | { readonly kind: 'given'; readonly value: HclValue; readonly from: ValuePath }
  /** RDS manages it in Secrets Manager (`manage_master_user_password = true` on the resource). */
  | { readonly kind: 'managed' }
  /** A `random_password` of the module. */
  | { readonly kind: 'generated' }
  /** Nothing. */
  | { readonly kind: 'none' }
  /** Cannot be decided (unknown switch, or a default that changed between versions of an unpinned call). */
  | { readonly kind: 'undecided' };

export const MANAGED: Password = { kind: 'managed' };
export const GENERATED: Password = { kind: 'generated' };
export const NO_PASSWORD: Password = { kind: 'none' };
export const UNDECIDED_PASSWORD: Password = { kind: 'undecided' };

/** The argument `name` of the call as the password the module passes on, or none when absent. */
export function givenPassword(inputs: Inputs, name: string): Password {
  const found = inputs.lookup([name]);
  return found.present ? { kind: 'given', value: found.value, from: [name] } : NO_PASSWORD;
}

/**
 * Sets the master password argument `attribute` on a database resource from
 * what the module passes: the given value (located at its call argument), the
 * module's random password, the managed-password switch, or an unknown.
 */
export function applyPassword(builder: ResourceBuilder, call: ModuleCall, attribute: string, password: Password): void {
  switch (password.kind) {
    case 'given':
      builder.set(attribute, password.value, password.from);
      break;
    case 'managed':
      builder.set('manage_master_user_password', true);
      break;
    case 'generated':
      builder.set(attribute, reference(call, 'random_password', 'master_password', 'result'));
      break;
    case 'undecided':
      builder.set(attribute, undecided(call, 'the master password'));
      break;
    case 'none':
      break;
  }
}

/**
 * The `parameter` blocks a module's `dynamic "parameter"` writes from a list
 * of `{ name, value, apply_method }` (or, with `keyNames`, a map whose keys
 * stand for missing names), each value located at its call argument. When the
 * list, an item or a name is unknown (or an item lacks its name or value,
 * which the module rejects), the blocks are a `dynamic` whose content is not
 * known (checks then do not judge the parameters).
 */
export function setParameters(builder: ResourceBuilder, value: HclValue | undefined, from: ValuePath, keyNames = false): void {
  if (value === undefined) return;
  const forEach: HclValue = value;
  const undecidable = (): void => {
    builder.dynamicBlock('parameter', forEach, from);
  };
  let entries: Array<[string | number, HclValue]>;
  if (isUnknownValue(value)) return undecidable();
  if (Array.isArray(value)) entries = value.map((item, i) => [i, item]);
  else if (value !== null && isObjectValue(value)) entries = Object.entries(value);
  else return undecidable();
  const blocks: JsonObject[] = [];
  for (const [key, item] of entries) {
    if (item === null || isUnknownValue(item) || !isObjectValue(item)) return undecidable();
    const name = item.name === undefined || item.name === null ? (keyNames && typeof key === 'string' ? key : undefined) : item.name;
    // An unknown name, or an item the module would reject (no name or no value): what is set is undecided.
    if (typeof name !== 'string' || item.value === undefined || item.value === null) return undecidable();
    const block: JsonObject = { name, value: item.value };
    if (item.apply_method !== undefined && item.apply_method !== null) block.apply_method = item.apply_method;
    blocks.push(block);
  }
  if (blocks.length === 0) return;
  builder.set('parameter', blocks, from);
  entries.forEach(([key], i) => {
    builder.origin(['parameter', i], [...from, key]);
    builder.origin(['parameter', i, 'value'], [...from, key, 'value']);
  });
}

/**
 * The `aws_cloudwatch_log_group.this[…]` a module creates for each log type
 * of `enabled_cloudwatch_logs_exports` when `create_cloudwatch_log_group` is
 * on, named `/aws/rds/<kind>/<identifier>/<log>`. None when the switch, the
 * list or the name-prefix switch is undecided: these groups are only ever
 * reported, so an undecided one is left out.
 */
export function logGroups(call: ModuleCall, inputs: Inputs, kind: 'instance' | 'cluster', identifierArg: string, prefixSwitch: string): SyntheticResource[] {
  if (inputs.flag(['create_cloudwatch_log_group'], false) !== true) return [];
  if (inputs.flag([prefixSwitch], false) !== false) return [];
  const exports = inputs.get(['enabled_cloudwatch_logs_exports']);
  if (!Array.isArray(exports)) return [];
  const identifier = inputs.get([identifierArg]);
  const retention = inputs.lookup(['cloudwatch_log_group_retention_in_days']);
  const out: SyntheticResource[] = [];
  for (const log of new Set(exports)) {
    if (typeof log !== 'string') continue;
    const name = instanceName('this', log);
    const group = new ResourceBuilder('aws_cloudwatch_log_group', name);
    if (typeof identifier === 'string') group.set('name', `/aws/rds/${kind}/${identifier}/${log}`, [identifierArg]);
    else group.set('name', undecided(call, `the name of the ${log} log group`));
    group.set('retention_in_days', retention.present ? retention.value : 7, retention.present ? ['cloudwatch_log_group_retention_in_days'] : undefined);
    group.copy(inputs, ['region']);
    const kms = inputs.lookup(['cloudwatch_log_group_kms_key_id']);
    if (kms.present) group.set('kms_key_id', kms.value, ['cloudwatch_log_group_kms_key_id']);
    out.push(group.build());
  }
  return out;
}

/** The password the module gives the instance, per version (see the header). */
function instancePassword(call: ModuleCall, inputs: Inputs): Password {
  const given = givenPassword(inputs, 'password');
  const major = call.major;
  const has = (name: string): boolean => inputs.lookup([name]).present;
  if (major !== undefined && major >= 7) {
    // `password` is no longer an input: the write-only `password_wo` is passed when not managed.
    const managed = inputs.flag(['manage_master_user_password'], true);
    return managed === true ? MANAGED : managed === false ? givenPassword(inputs, 'password_wo') : UNDECIDED_PASSWORD;
  }
  // Version 6 (or a call using its switch, which no earlier version has): the given password unless RDS manages it.
  if (major === 6 || (major === undefined && has('manage_master_user_password'))) {
    const managed = inputs.flag(['manage_master_user_password'], true);
    return managed === true ? MANAGED : managed === false ? given : UNDECIDED_PASSWORD;
  }
  // Versions 2.32 to 5: a random password replaces the given one when create_random_password is on.
  const generates = inputs.flag(['create_random_password'], major === undefined ? undefined : major >= 4);
  if (generates === false) return given;
  if (generates === undefined) return given.kind === 'none' ? NO_PASSWORD : UNDECIDED_PASSWORD;
  // No random password for a replica or a restored snapshot: what is passed then changed within version 4.
  if (has('snapshot_identifier') || has('replicate_source_db')) return given.kind === 'none' ? NO_PASSWORD : UNDECIDED_PASSWORD;
  return GENERATED;
}

/** Whether the module creates its parameter group; undefined when that cannot be decided. */
function createsParameterGroup(call: ModuleCall, inputs: Inputs): boolean | undefined {
  const create = inputs.flag(['create_db_parameter_group'], true);
  if (create !== true) return create;
  // Versions 1 and 2 used a given parameter_group_name instead of creating one.
  const named = inputs.get(['parameter_group_name']);
  if (named !== undefined && named !== '' && (call.major === undefined || call.major <= 2)) return undefined;
  return true;
}

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or what is created cannot be decided: model nothing.
  if (inputs.flag(['create_db_instance'], true) !== true) return [];
  if (inputs.flag(['putin_khuylo'], true) !== true) return [];
  // A Multi-AZ DB cluster variant of the module (create_rds_cluster) creates other resources.
  if (inputs.flag(['create_rds_cluster'], false) !== false) return [];

  const resources: SyntheticResource[] = [];
  const instance = new ResourceBuilder(INSTANCE).copy(inputs, [
    'identifier',
    'engine',
    'engine_version',
    'instance_class',
    'kms_key_id',
    'username',
    'db_name',
    'replicate_source_db',
    'snapshot_identifier',
    'multi_az',
    'auto_minor_version_upgrade',
    'region',
  ]);

  const encrypted = inputs.lookup(['storage_encrypted']);
  instance.set('storage_encrypted', encrypted.present ? encrypted.value : inputs.versionedDefault('storage_encrypted', 4, false, true), encrypted.present ? ['storage_encrypted'] : undefined);

  const defaults: ReadonlyArray<readonly [string, HclValue]> = [
    ['publicly_accessible', false],
    ['deletion_protection', false],
    ['iam_database_authentication_enabled', false],
    ['enabled_cloudwatch_logs_exports', []],
  ];
  for (const [name, fallback] of defaults) {
    const found = inputs.lookup([name]);
    instance.set(name, found.present ? found.value : fallback, found.present ? [name] : undefined);
  }

  // No default from version 3 (the provider's then applies); some 2.x releases defaulted to 1 day.
  const retention = inputs.lookup(['backup_retention_period']);
  if (retention.present) instance.set('backup_retention_period', retention.value, ['backup_retention_period']);
  else if (call.major === undefined || call.major <= 2) instance.set('backup_retention_period', undecided(call, 'the default backup_retention_period (1 day in some 2.x releases)'));

  applyPassword(instance, call, call.major !== undefined && call.major >= 7 ? 'password_wo' : 'password', instancePassword(call, inputs));

  if (createsParameterGroup(call, inputs) === true) {
    const group = new ResourceBuilder(PARAMETER_GROUP).copy(inputs, ['family', 'region']);
    const name = inputs.lookup(['parameter_group_name']);
    if (name.present) group.set('name', name.value, ['parameter_group_name']);
    setParameters(group, inputs.get(['parameters']), ['parameters']);
    resources.push(group.build());
    instance.set('parameter_group_name', reference(call, PARAMETER_GROUP, 'this', 'id'));
  } else {
    const name = inputs.lookup(['parameter_group_name']);
    if (name.present) instance.set('parameter_group_name', name.value, ['parameter_group_name']);
  }

  resources.unshift(instance.build());
  resources.push(...logGroups(call, inputs, 'instance', 'identifier', 'instance_use_identifier_prefix'));
  return resources;
}

export const rds: ModuleModel = {
  address: 'terraform-aws-modules/rds/aws',
  repository: 'terraform-aws-modules/terraform-aws-rds',
  outputs: {
    db_instance_identifier: `${INSTANCE}.this.identifier`,
    db_instance_id: `${INSTANCE}.this.id`,
    db_instance_arn: `${INSTANCE}.this.arn`,
    db_instance_address: `${INSTANCE}.this.address`,
    db_instance_endpoint: `${INSTANCE}.this.endpoint`,
    db_instance_resource_id: `${INSTANCE}.this.resource_id`,
    db_instance_port: `${INSTANCE}.this.port`,
    db_parameter_group_id: `${PARAMETER_GROUP}.this.id`,
    db_parameter_group_arn: `${PARAMETER_GROUP}.this.arn`,
  },
  expand,
};
