/**
 * terraform-aws-modules/msk-kafka-cluster/aws: the MSK cluster and the broker
 * log group a call of the root module creates, read from the module's main.tf
 * and variables.tf (versions 1 to 3, which pass these arguments the same way
 * and with the same defaults; version 3 only typed the object variables).
 *
 * Modelled: `aws_msk_cluster` with its name (`name`, default "msk") and its
 * `encryption_info` block: `encryption_at_rest_kms_key_arn`, and
 * `encryption_in_transit { client_broker, in_cluster }` from
 * `encryption_in_transit_client_broker` and `encryption_in_transit_in_cluster`
 * (both default to null in every version, which leaves the provider's
 * defaults, TLS and true; an explicit null is the same). The log group
 * (`aws_cloudwatch_log_group`) the module creates when
 * `create_cloudwatch_log_group` is true (the default in every version, whether
 * or not broker logs are sent to CloudWatch), with `retention_in_days` from
 * `cloudwatch_log_group_retention_in_days` (default 0: never expire; an
 * explicit null leaves no retention, which also never expires) and
 * `kms_key_id` from `cloudwatch_log_group_kms_key_id` (default none). An
 * unknown `create_cloudwatch_log_group` creates no log group (its presence is
 * what the log-group checks report). The cluster's `broker_node_group_info`
 * has the broker instance type, client subnets and security groups given, and
 * a `connectivity_info` block from `broker_node_connectivity_info` (`any`,
 * default `{}`, in version 2; an object with optional `public_access { type }`
 * and `vpc_connectivity`, default null, in version 3; both pass
 * `public_access.type` to the block unchanged): no block when it is absent,
 * null or empty, else one block with `public_access { type }` when
 * `public_access` is given (the type as written: SERVICE_PROVIDED_EIPS gives
 * the brokers public addresses, DISABLED or none keeps them private). An
 * unknown `broker_node_connectivity_info`, `public_access` or `type` stays
 * unknown. The argument is read alike whatever the pin: a release that does
 * not declare it rejects the call, so only a release that has it plans. The
 * `logging_info { broker_logs { cloudwatch_logs, firehose, s3 } }` block,
 * each destination's `enabled` from `cloudwatch_logs_enabled`,
 * `firehose_logs_enabled` and `s3_logs_enabled` (all default false: no broker
 * logs by default); none for Express brokers (`broker_node_instance_type`
 * starting with "express", which the module leaves without the block), a
 * block whose content is not known when the instance type is not known.
 * Nothing is created with `create` false or
 * unknown, nor for the `modules/serverless` submodule (MSK Serverless always
 * encrypts in transit). Not modelled: the configuration, VPC connections, the
 * cluster policy, SCRAM secret association, storage autoscaling, Glue schema
 * registries and MSK Connect resources.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { asObject, Inputs, numeric, ResourceBuilder, undecided, written, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const CLUSTER = 'aws_msk_cluster';
const LOG_GROUP = 'aws_cloudwatch_log_group';

function cluster(inputs: Inputs): SyntheticResource {
  const builder = new ResourceBuilder(CLUSTER);
  const name = inputs.lookup(['name']);
  builder.set('cluster_name', name.present ? name.value : 'msk', name.present ? ['name'] : undefined);
  builder.copy(inputs, ['kafka_version', 'number_of_broker_nodes', 'enhanced_monitoring', 'storage_mode', 'region', 'tags']);
  brokerNodeGroup(builder, inputs);
  loggingInfo(builder, inputs);

  const transit: JsonObject = {};
  const info: JsonObject = { encryption_in_transit: [transit] };
  builder.set('encryption_info', [info]);
  const atRest = inputs.lookup(['encryption_at_rest_kms_key_arn']);
  if (atRest.present) {
    info.encryption_at_rest_kms_key_arn = atRest.value;
    builder.origin(['encryption_info', 0, 'encryption_at_rest_kms_key_arn'], ['encryption_at_rest_kms_key_arn']);
  }
  const clientBroker = inputs.lookup(['encryption_in_transit_client_broker']);
  if (clientBroker.present) {
    transit.client_broker = clientBroker.value;
    builder.origin(['encryption_info', 0, 'encryption_in_transit', 0, 'client_broker'], ['encryption_in_transit_client_broker']);
  }
  const inCluster = inputs.lookup(['encryption_in_transit_in_cluster']);
  if (inCluster.present) {
    // A `bool` variable: "false" is converted to false; anything else undecidable stays as written (unknown).
    const flag = inputs.flag(['encryption_in_transit_in_cluster'], true);
    transit.in_cluster = flag ?? inCluster.value;
    builder.origin(['encryption_info', 0, 'encryption_in_transit', 0, 'in_cluster'], ['encryption_in_transit_in_cluster']);
  }
  return builder.build();
}

/** Broker log destinations: the block's name under broker_logs and the call argument that enables it. */
const BROKER_LOGS: ReadonlyArray<[string, string]> = [
  ['cloudwatch_logs', 'cloudwatch_logs_enabled'],
  ['firehose', 'firehose_logs_enabled'],
  ['s3', 's3_logs_enabled'],
];

/** `logging_info` (see the header): every destination, enabled as the call says, false by default. */
function loggingInfo(builder: ResourceBuilder, inputs: Inputs): void {
  const instanceType = inputs.get(['broker_node_instance_type']);
  if (typeof instanceType === 'string' && instanceType.startsWith('express')) return;
  if (instanceType !== undefined && typeof instanceType !== 'string') {
    builder.dynamicBlock('logging_info', undecided(inputs.call, 'logging_info (not written for Express brokers)'), ['broker_node_instance_type']);
    return;
  }
  const brokerLogs: JsonObject = {};
  BROKER_LOGS.forEach(([block, argument]) => {
    const found = inputs.lookup([argument]);
    brokerLogs[block] = [{ enabled: found.present ? found.value : false }];
    if (found.present) builder.origin(['logging_info', 0, 'broker_logs', 0, block, 0, 'enabled'], [argument]);
  });
  builder.set('logging_info', [{ broker_logs: [brokerLogs] }]);
}

/**
 * `broker_node_group_info`: the arguments given, and `connectivity_info` from
 * `broker_node_connectivity_info` (main.tf: `dynamic "connectivity_info"` over
 * the variable, `dynamic "public_access"` over its `public_access`, `type =
 * public_access.value.type`). Findings on the public access type are shown at
 * the `type` the call writes, else at the argument.
 */
function brokerNodeGroup(builder: ResourceBuilder, inputs: Inputs): void {
  const group: JsonObject = {};
  const passed: ReadonlyArray<readonly [string, string]> = [
    ['instance_type', 'broker_node_instance_type'],
    ['client_subnets', 'broker_node_client_subnets'],
    ['security_groups', 'broker_node_security_groups'],
    ['az_distribution', 'broker_node_az_distribution'],
  ];
  for (const [argument, name] of passed) {
    const found = inputs.lookup([name]);
    if (!found.present) continue;
    group[argument] = found.value;
    builder.origin(['broker_node_group_info', 0, argument], [name]);
  }
  builder.set('broker_node_group_info', [group]);

  const NAME = 'broker_node_connectivity_info';
  const at: ValuePath = ['broker_node_group_info', 0, 'connectivity_info'];
  const connectivity = inputs.lookup([NAME]);
  // Absent or null: no block (v1/v2 `length({}) > 0` is false, v3 `null != null` is false).
  if (!connectivity.present) return;
  if (isUnknownValue(connectivity.value)) {
    group.connectivity_info = connectivity.value;
    builder.origin(at, [NAME]);
    return;
  }
  const info = asObject(connectivity.value);
  // Not an object (Terraform rejects it), or an empty one: no public access.
  if (info === undefined || Object.keys(info).length === 0) return;
  const block: JsonObject = {};
  group.connectivity_info = [block];
  builder.origin(at, [NAME]);
  const access = inputs.lookup([NAME, 'public_access']);
  if (!access.present) return;
  if (isUnknownValue(access.value)) {
    block.public_access = access.value;
    builder.origin([...at, 0, 'public_access'], [NAME, 'public_access']);
    return;
  }
  const publicAccess: JsonObject = {};
  block.public_access = [publicAccess];
  builder.origin([...at, 0, 'public_access'], [NAME, 'public_access']);
  const type = inputs.lookup([NAME, 'public_access', 'type']);
  if (type.present) {
    publicAccess.type = type.value;
    builder.origin([...at, 0, 'public_access', 0, 'type'], [NAME, 'public_access', 'type']);
  }
}

function logGroup(call: ModuleCall, inputs: Inputs): SyntheticResource {
  const group = new ResourceBuilder(LOG_GROUP);
  const name = inputs.lookup(['cloudwatch_log_group_name']);
  if (name.present) group.set('name', name.value, ['cloudwatch_log_group_name']);
  else {
    const cluster = inputs.lookup(['name']);
    group.set('name', cluster.present ? (typeof cluster.value === 'string' ? `/aws/msk/${cluster.value}` : cluster.value) : '/aws/msk/msk', cluster.present ? ['name'] : undefined);
  }
  // `cloudwatch_log_group_retention_in_days = null` passes null (no retention: never expire), like the default 0.
  const given = written(call, 'cloudwatch_log_group_retention_in_days');
  const retention = inputs.lookup(['cloudwatch_log_group_retention_in_days']);
  if (retention.present) group.set('retention_in_days', numeric(retention.value), ['cloudwatch_log_group_retention_in_days']);
  else if (!given) group.set('retention_in_days', 0);
  const key = inputs.lookup(['cloudwatch_log_group_kms_key_id']);
  if (key.present) group.set('kms_key_id', key.value, ['cloudwatch_log_group_kms_key_id']);
  const logClass = inputs.lookup(['cloudwatch_log_group_class']);
  if (logClass.present) group.set('log_group_class', logClass.value, ['cloudwatch_log_group_class']);
  group.copy(inputs, ['region', 'tags']);
  return group.build();
}

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or whether it is cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];
  const resources = [cluster(inputs)];
  if (inputs.flag(['create_cloudwatch_log_group'], true) === true) resources.push(logGroup(call, inputs));
  return resources;
}

export const msk: ModuleModel = {
  address: 'terraform-aws-modules/msk-kafka-cluster/aws',
  repository: 'terraform-aws-modules/terraform-aws-msk-kafka-cluster',
  outputs: {
    arn: `${CLUSTER}.this.arn`,
    cluster_uuid: `${CLUSTER}.this.cluster_uuid`,
    bootstrap_brokers_tls: `${CLUSTER}.this.bootstrap_brokers_tls`,
    log_group_arn: `${LOG_GROUP}.this.arn`,
  },
  expand,
};
