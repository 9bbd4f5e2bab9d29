/**
 * terraform-aws-modules/dynamodb-table/aws: the table its arguments create,
 * read from the module's main.tf and autoscaling.tf (versions 0.x to 6).
 *
 * Modelled: the table, named as the module names it (`this`, or
 * `autoscaled` / `autoscaled_gsi_ignore` when autoscaling is on; `this` when
 * that is not known), with its point-in-time recovery, server-side encryption
 * and replicas. Up to version 5 (`create_table`) the module always writes
 * `point_in_time_recovery { enabled = point_in_time_recovery_enabled }` and
 * `server_side_encryption { enabled = server_side_encryption_enabled,
 * kms_key_arn = server_side_encryption_kms_key_arn }`, both defaulting to
 * false, and a `replica` block per `replica_regions` item. From version 6
 * (`create`) the arguments are objects: `point_in_time_recovery` (default
 * null: no block), `server_side_encryption` (default `{ enabled = true }`:
 * the AWS managed key), `replicas`, `ttl`; `autoscaling_enabled`,
 * `autoscaling_read`, `autoscaling_write` and `autoscaling_indexes` keep their
 * names in both generations, so they tell neither. Which arguments a call
 * uses tells the generation when the version is not pinned (Terraform
 * rejects an argument the module does not declare); when nothing tells, the
 * encryption default is unknown (the two generations differ) and
 * point-in-time recovery is off (it is in both). Not modelled: indexes, TTL,
 * streams, autoscaling policies, resource policies (no check reads them).
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import { Inputs, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const TABLE = 'aws_dynamodb_table';

/**
 * Arguments only versions up to 5 declare. Not the `autoscaling_*` ones:
 * version 6 still declares `autoscaling_enabled`, `autoscaling_read`,
 * `autoscaling_write` and `autoscaling_indexes` (the last three now typed objects).
 */
const UP_TO_V5: readonly string[] = [
  'create_table',
  'point_in_time_recovery_enabled',
  'server_side_encryption_enabled',
  'server_side_encryption_kms_key_arn',
  'replica_regions',
  'ttl_enabled',
  'ttl_attribute_name',
];

/** Arguments only versions 6 and later declare. */
const FROM_V6: readonly string[] = ['create', 'point_in_time_recovery', 'server_side_encryption', 'replicas', 'ttl'];

/** 'current' for versions 6 and later, 'legacy' before, undefined when neither the pin nor the arguments tell. */
function generation(call: ModuleCall, inputs: Inputs): 'legacy' | 'current' | undefined {
  if (call.major !== undefined) return call.major >= 6 ? 'current' : 'legacy';
  if (FROM_V6.some((name) => inputs.lookup([name]).present)) return 'current';
  if (UP_TO_V5.some((name) => inputs.lookup([name]).present)) return 'legacy';
  return undefined;
}

/** The resource name: `autoscaled_gsi_ignore`, `autoscaled` or `this` (also when autoscaling is not known); `autoscaling_enabled` in every version. */
function tableName(inputs: Inputs): string {
  if (inputs.flag(['autoscaling_enabled'], false) !== true) return 'this';
  return inputs.flag(['ignore_changes_global_secondary_index'], false) === true ? 'autoscaled_gsi_ignore' : 'autoscaled';
}

/**
 * A block the module writes from a legacy boolean argument
 * (`point_in_time_recovery_enabled`): `[{ enabled }]`, the default when absent.
 */
function flagBlock(table: ResourceBuilder, inputs: Inputs, block: string, name: string, fallback: HclValue, extra: JsonObject = {}): void {
  const found = inputs.lookup([name]);
  table.set(block, [{ enabled: found.present ? found.value : fallback, ...extra }]);
  if (found.present) {
    table.origin([block], [name]);
    table.origin([block, 0, 'enabled'], [name]);
  }
}

/**
 * A block the module writes from an object argument of version 6
 * (`point_in_time_recovery = { enabled = true }`), whose `enabled` defaults
 * to true; `fallback` (the argument's own default) when absent, no block when
 * that is null.
 */
function objectBlock(call: ModuleCall, table: ResourceBuilder, inputs: Inputs, block: string, name: string, keys: readonly string[], fallback: JsonObject | null): void {
  const found = inputs.lookup([name]);
  const value = found.present ? found.value : fallback;
  if (value === null) return;
  if (isUnknownValue(value) || !isObjectValue(value)) {
    table.set(block, [{ enabled: isUnknownValue(value) ? value : undecided(call, `${block} from ${name}`) }], [name]);
    return;
  }
  const item: JsonObject = { enabled: value.enabled === undefined || value.enabled === null ? true : value.enabled };
  for (const key of keys) if (value[key] !== undefined && value[key] !== null) item[key] = value[key]!;
  table.set(block, [item]);
  if (found.present) {
    table.origin([block], [name]);
    for (const key of ['enabled', ...keys]) if (value[key] !== undefined) table.origin([block, 0, key], [name, key]);
  }
}

/** `replica` blocks from `replica_regions` (up to 5) or `replicas` (6). */
function replicaBlocks(call: ModuleCall, table: ResourceBuilder, inputs: Inputs): void {
  const name = inputs.lookup(['replicas']).present ? 'replicas' : 'replica_regions';
  const found = inputs.lookup([name]);
  if (!found.present) return;
  const list = found.value;
  if (!Array.isArray(list)) {
    table.set('replica', isUnknownValue(list) ? list : undecided(call, `replicas from ${name}`), [name]);
    return;
  }
  const blocks: HclValue[] = [];
  list.forEach((replica, i) => {
    if (replica === null || !isObjectValue(replica) || isUnknownValue(replica)) {
      blocks.push({ region_name: isUnknownValue(replica) ? replica : null });
      table.origin(['replica', i], [name, i]);
      return;
    }
    const item: JsonObject = {};
    for (const key of ['region_name', 'kms_key_arn', 'point_in_time_recovery', 'propagate_tags']) {
      if (replica[key] !== undefined && replica[key] !== null) item[key] = replica[key]!;
    }
    blocks.push(item);
    table.origin(['replica', i], [name, i]);
    if (replica.region_name !== undefined) table.origin(['replica', i, 'region_name'], [name, i, 'region_name']);
  });
  table.set('replica', blocks, [name]);
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  if (call.submodule !== '') return [];
  if (inputs.flag(['create'], true) !== true || inputs.flag(['create_table'], true) !== true) return [];
  const era = generation(call, inputs);

  const table = new ResourceBuilder(TABLE, tableName(inputs)).copy(inputs, ['name', 'billing_mode', 'hash_key', 'range_key', 'table_class', 'tags']);

  // Point-in-time recovery: off by default in every version.
  if (inputs.lookup(['point_in_time_recovery_enabled']).present || era === 'legacy') {
    flagBlock(table, inputs, 'point_in_time_recovery', 'point_in_time_recovery_enabled', false);
  } else {
    objectBlock(call, table, inputs, 'point_in_time_recovery', 'point_in_time_recovery', ['recovery_period_in_days'], null);
  }

  // Server-side encryption: the AWS owned key up to 5, the AWS managed key from 6.
  if (inputs.lookup(['server_side_encryption_enabled']).present || inputs.lookup(['server_side_encryption_kms_key_arn']).present || era === 'legacy') {
    const key = inputs.lookup(['server_side_encryption_kms_key_arn']);
    flagBlock(table, inputs, 'server_side_encryption', 'server_side_encryption_enabled', false, key.present ? { kms_key_arn: key.value } : {});
    if (key.present) table.origin(['server_side_encryption', 0, 'kms_key_arn'], ['server_side_encryption_kms_key_arn']);
  } else if (era === 'current' || inputs.lookup(['server_side_encryption']).present) {
    objectBlock(call, table, inputs, 'server_side_encryption', 'server_side_encryption', ['kms_key_arn'], { enabled: true });
  } else {
    table.set('server_side_encryption', [{ enabled: inputs.versionedDefault('server_side_encryption', 6, false, true) }]);
  }

  replicaBlocks(call, table, inputs);
  return [table.build()];
}

export const dynamodbTable: ModuleModel = {
  address: 'terraform-aws-modules/dynamodb-table/aws',
  repository: 'terraform-aws-modules/terraform-aws-dynamodb-table',
  outputs: {
    dynamodb_table_arn: `${TABLE}.this.arn`,
    dynamodb_table_id: `${TABLE}.this.id`,
    dynamodb_table_stream_arn: `${TABLE}.this.stream_arn`,
    dynamodb_table_stream_label: `${TABLE}.this.stream_label`,
    // Version 0.x, and 6.
    this_dynamodb_table_arn: `${TABLE}.this.arn`,
    this_dynamodb_table_id: `${TABLE}.this.id`,
    arn: `${TABLE}.this.arn`,
    id: `${TABLE}.this.id`,
    stream_arn: `${TABLE}.this.stream_arn`,
    stream_label: `${TABLE}.this.stream_label`,
  },
  expand,
};
