/**
 * terraform-aws-modules/rds-aurora/aws: the cluster, its instances, the
 * cluster parameter group, the CloudWatch log groups and the security group
 * rules a call creates, read from the module's main.tf (versions 1 to 10).
 *
 * Modelled: `aws_rds_cluster.this` with engine, storage encryption (default
 * true in every version), KMS key, backup retention (given only: the default
 * is 7 days or the provider's, never reported), deletion protection (default
 * false up to version 5, none from 6), CloudWatch log exports (default none),
 * IAM authentication, replication source, and the master password the module
 * passes: `password` up to version 5 and `master_password` in 6 to 9, unless a
 * random password replaces it (`create_random_password`, default true in 6
 * and 7, undecided before) or RDS manages it (`manage_master_user_password`,
 * default true from version 8); only the write-only `master_password_wo` from
 * version 10. `aws_rds_cluster_instance.this["<key>"]` for each entry of
 * `instances` (version 6 and later; publicly_accessible from the entry, else
 * the call's `publicly_accessible` before version 10), or `this[<i>]` for each
 * of `replica_count` instances (version 5 and earlier, with
 * `instances_parameters`); none for a serverless (v1) cluster.
 * `aws_rds_cluster_parameter_group.this` from `create_db_cluster_parameter_group`
 * and `db_cluster_parameter_group_family` / `_parameters` (6 to 9) or from the
 * `cluster_parameter_group` object (10). `aws_cloudwatch_log_group.this[…]`
 * when `create_cloudwatch_log_group` is on. `aws_security_group.this` (unless
 * `create_security_group = false`) and its ingress rules: `allowed_cidr_blocks`
 * (up to version 6), `security_group_rules` (7 to 9), `security_group_ingress_rules`
 * (10), on the cluster's port (the given one, else 5432 for aurora-postgresql,
 * 3306 for Aurora MySQL, and for RDS for PostgreSQL Multi-AZ clusters 3306
 * before version 8 and 5432 from it). When the call pins no version, an
 * argument that only some versions take (`instances`, `master_password_wo`,
 * `security_group_rules`…) tells which version's behaviour applies; a default
 * that still differs is unknown. The cluster is `module.<call>.aws_rds_cluster.this`
 * (`this[0]` in a plan).
 *
 * Not modelled: the instance-level `aws_db_parameter_group`
 * (`create_db_parameter_group`, `db_parameter_group`): Aurora takes
 * `rds.force_ssl` and `require_secure_transport` in the cluster parameter
 * group only, and EVD-TF-029 would report every instance group without them.
 * Also not modelled: the subnet group, the monitoring role, autoscaling,
 * endpoints, role associations, activity streams, shard groups, egress rules,
 * the `allowed_security_groups` rules (up to version 6), instances of an
 * autoscaled `replica_count`, and the `//modules/dsql` submodule.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import { Inputs, instanceName, reference, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import {
  GENERATED,
  MANAGED,
  NO_PASSWORD,
  UNDECIDED_PASSWORD,
  applyPassword,
  givenPassword,
  
  logGroups,
  setParameters,
  type Password,
} from './rds.js';

const CLUSTER = 'aws_rds_cluster';
const INSTANCE = 'aws_rds_cluster_instance';
const CLUSTER_PARAMETER_GROUP = 'aws_rds_cluster_parameter_group';
const SECURITY_GROUP = 'aws_security_group';

/** Most instances modelled for one `replica_count`. */
const MAX_REPLICAS = 64;

/**
 * Whether the call is of a version in [from, to]; with no version pinned,
 * whether it passes `argument`, which only those versions take.
 */
function within(call: ModuleCall, inputs: Inputs, from: number, to: number, argument: string): boolean {
  const major = call.major;
  return major !== undefined ? major >= from && major <= to : inputs.lookup([argument]).present;
}

/** A number written as a string (`port = "5432"`, a string variable in some versions) as the number. */
function numeric(value: HclValue): HclValue {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

/** The master password the module passes to the cluster, per version (see the header). */
function clusterPassword(call: ModuleCall, inputs: Inputs): Password {
  const major = call.major;
  const primary = inputs.flag(['is_primary_cluster'], true);
  const managedOr = (argument: string): Password => {
    const managed = inputs.flag(['manage_master_user_password'], true);
    if (managed === true) return inputs.lookup(['global_cluster_identifier']).present ? NO_PASSWORD : MANAGED;
    const given = givenPassword(inputs, argument);
    if (managed === undefined || primary === undefined) return given.kind === 'none' ? NO_PASSWORD : UNDECIDED_PASSWORD;
    return primary ? given : NO_PASSWORD;
  };
  // Version 10: only the write-only master_password_wo.
  if (within(call, inputs, 10, Infinity, 'master_password_wo')) return managedOr('master_password_wo');
  // Versions 8 and 9: master_password unless RDS manages it (the default).
  if (within(call, inputs, 8, 9, 'manage_master_user_password')) return managedOr('master_password');
  // Versions 6 and 7: master_password unless a random password replaces it (the default); only a primary cluster gets one.
  if (within(call, inputs, 6, 7, 'master_password')) {
    const given = givenPassword(inputs, 'master_password');
    if (primary === false) return NO_PASSWORD;
    const generates = inputs.flag(['create_random_password'], major === undefined ? undefined : true);
    if (generates === false && primary === true) return given;
    if (generates === true && primary === true) return GENERATED;
    return given.kind === 'none' ? NO_PASSWORD : UNDECIDED_PASSWORD;
  }
  // Up to version 5: password, unless create_random_password (whose default changed within 2.x and 3.x) is on.
  const given = givenPassword(inputs, 'password');
  const generates = inputs.flag(['create_random_password'], undefined);
  if (generates === false) return given;
  if (generates === true && primary === true) return GENERATED;
  return given.kind === 'none' ? NO_PASSWORD : UNDECIDED_PASSWORD;
}

/** The port the module gives the cluster: the given one, else 5432 for PostgreSQL engines and 3306 otherwise. */
function clusterPort(call: ModuleCall, inputs: Inputs): HclValue {
  const port = inputs.lookup(['port']);
  if (port.present && port.value !== '') return numeric(port.value);
  const engine = inputs.get(['engine']);
  if (engine === undefined) return 3306;
  if (typeof engine !== 'string') return undecided(call, 'the cluster port');
  if (engine === 'aurora-postgresql') return 5432;
  // Multi-AZ DB clusters of RDS for PostgreSQL: 5432 from version 8, the module's 3306 before.
  if (engine === 'postgres') return call.major === undefined ? undecided(call, 'the cluster port') : call.major >= 8 ? 5432 : 3306;
  return 3306;
}

/** The cluster instances: the `instances` map (version 6 and later), or `replica_count` of them (up to 5). */
function clusterInstances(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  const mode = inputs.get(['engine_mode']);
  // Serverless (v1) clusters have no instances; an unknown mode leaves them undecided, and they are left out.
  if (mode !== undefined && mode !== 'provisioned' && mode !== 'global' && mode !== 'parallelquery' && mode !== 'multimaster') return [];
  const clusterId = reference(call, CLUSTER, 'this', 'id');
  const rootPublic = inputs.lookup(['publicly_accessible']);
  const out: SyntheticResource[] = [];
  const start = (name: string): ResourceBuilder => new ResourceBuilder(INSTANCE, name).set('cluster_identifier', clusterId).copy(inputs, ['engine', 'engine_version', 'region']);

  if (within(call, inputs, 6, Infinity, 'instances')) {
    const map = inputs.get(['instances']);
    if (map === undefined || map === null || isUnknownValue(map) || !isObjectValue(map)) return [];
    for (const [key, value] of Object.entries(map)) {
      const name = instanceName('this', key);
      const instance = start(name);
      if (isUnknownValue(value)) instance.set('publicly_accessible', value, ['instances', key]);
      else if (value !== null && isObjectValue(value)) {
        const own = value.publicly_accessible;
        if (own !== undefined && own !== null) instance.set('publicly_accessible', own, ['instances', key, 'publicly_accessible']);
        // The call's publicly_accessible is the fallback before version 10 (which has no such argument):
        // `try(each.value.publicly_accessible, var.publicly_accessible)` falls back only when the entry
        // has no such key; an entry's explicit null is what try() returns (the provider's false).
        else if (own === undefined && rootPublic.present && (call.major === undefined || call.major < 10)) instance.set('publicly_accessible', rootPublic.value, ['publicly_accessible']);
        const ownClass = value.instance_class;
        if (ownClass !== undefined && ownClass !== null) instance.set('instance_class', ownClass, ['instances', key, 'instance_class']);
        else instance.copy(inputs, ['instance_class']);
      } else continue;
      out.push(instance.build());
    }
    return out;
  }

  if (call.major !== undefined ? call.major <= 5 : inputs.lookup(['replica_count']).present || inputs.lookup(['instances_parameters']).present) {
    // With autoscaling the count is replica_scale_min: not modelled.
    if (inputs.flag(['replica_scale_enabled'], false) !== false) return [];
    const count = numeric(inputs.get(['replica_count']) ?? 1);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return [];
    const parameters = inputs.get(['instances_parameters']);
    for (let i = 0; i < Math.min(count, MAX_REPLICAS); i++) {
      const instance = start(`this[${i}]`);
      const own = Array.isArray(parameters) ? parameters[i] : undefined;
      if (parameters !== undefined && isUnknownValue(parameters)) instance.set('publicly_accessible', parameters, ['instances_parameters']);
      else if (own !== undefined && own !== null && isUnknownValue(own)) instance.set('publicly_accessible', own, ['instances_parameters', i]);
      else if (own !== undefined && own !== null && isObjectValue(own) && own.publicly_accessible !== undefined && own.publicly_accessible !== null) {
        instance.set('publicly_accessible', own.publicly_accessible, ['instances_parameters', i, 'publicly_accessible']);
      } else if (own !== undefined && own !== null && isObjectValue(own) && own.publicly_accessible === null) {
        // `try(lookup(params, "publicly_accessible"), var.publicly_accessible)`: lookup() of a key set to null returns null, and try() keeps it.
      } else instance.set('publicly_accessible', rootPublic.present ? rootPublic.value : false, rootPublic.present ? ['publicly_accessible'] : undefined);
      out.push(instance.build());
    }
  }
  return out;
}

/** The cluster parameter group: the `cluster_parameter_group` object (10), or the create_db_cluster_parameter_group switch (6 to 9). */
function clusterParameterGroup(call: ModuleCall, inputs: Inputs): SyntheticResource | undefined {
  if (within(call, inputs, 10, Infinity, 'cluster_parameter_group')) {
    const settings = inputs.object(['cluster_parameter_group']);
    // Absent: none; unknown: undecided, left out (only its absence of settings is ever reported).
    if (settings === undefined || isUnknownValue(settings)) return undefined;
    const group = new ResourceBuilder(CLUSTER_PARAMETER_GROUP).copy(inputs, ['region']);
    if (settings.family !== undefined && settings.family !== null) group.set('family', settings.family, ['cluster_parameter_group', 'family']);
    const name = settings.name ?? inputs.get(['name']);
    if (name !== undefined && name !== null) group.set('name', name, settings.name !== undefined && settings.name !== null ? ['cluster_parameter_group', 'name'] : ['name']);
    setParameters(group, settings.parameters ?? undefined, ['cluster_parameter_group', 'parameters'], true);
    return group.build();
  }
  if (call.major !== undefined && call.major < 6) return undefined;
  if (inputs.flag(['create_db_cluster_parameter_group'], false) !== true) return undefined;
  const group = new ResourceBuilder(CLUSTER_PARAMETER_GROUP).copy(inputs, ['region']);
  const family = inputs.lookup(['db_cluster_parameter_group_family']);
  if (family.present) group.set('family', family.value, ['db_cluster_parameter_group_family']);
  const name = inputs.lookup(['db_cluster_parameter_group_name']);
  if (name.present) group.set('name', name.value, ['db_cluster_parameter_group_name']);
  else group.copy(inputs, ['name']);
  setParameters(group, inputs.get(['db_cluster_parameter_group_parameters']), ['db_cluster_parameter_group_parameters']);
  return group.build();
}

/** The security group's ingress rules that admit CIDR ranges or other sources, per version (see the header). */
function ingressRules(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  const groupId = reference(call, SECURITY_GROUP, 'this', 'id');
  const port = clusterPort(call, inputs);
  const out: SyntheticResource[] = [];
  const entries = (argument: string): Array<[string, JsonObject]> => {
    const map = inputs.get([argument]);
    if (map === undefined || map === null || isUnknownValue(map) || !isObjectValue(map)) return [];
    return Object.entries(map).filter((entry): entry is [string, JsonObject] => entry[1] !== null && !isUnknownValue(entry[1]) && isObjectValue(entry[1]));
  };
  const given = (value: HclValue | undefined): value is HclValue => value !== undefined && value !== null;

  if (within(call, inputs, 10, Infinity, 'security_group_ingress_rules')) {
    for (const [key, rule] of entries('security_group_ingress_rules')) {
      const name = instanceName('this', key);
      const from = ['security_group_ingress_rules', key];
      const builder = new ResourceBuilder('aws_vpc_security_group_ingress_rule', name).set('security_group_id', groupId).copy(inputs, ['region']);
      for (const attribute of ['cidr_ipv4', 'cidr_ipv6', 'ip_protocol', 'prefix_list_id', 'referenced_security_group_id', 'description']) {
        if (given(rule[attribute])) builder.set(attribute, rule[attribute]!, [...from, attribute]);
      }
      const fromPort = given(rule.from_port) ? rule.from_port : undefined;
      builder.set('from_port', fromPort ?? port, fromPort !== undefined ? [...from, 'from_port'] : undefined);
      const toPort = given(rule.to_port) ? rule.to_port : fromPort;
      builder.set('to_port', toPort ?? port, given(rule.to_port) ? [...from, 'to_port'] : fromPort !== undefined ? [...from, 'from_port'] : undefined);
      out.push(builder.build());
    }
    return out;
  }

  if (within(call, inputs, 7, 9, 'security_group_rules')) {
    for (const [key, rule] of entries('security_group_rules')) {
      const name = instanceName('this', key);
      const from = ['security_group_rules', key];
      const builder = new ResourceBuilder('aws_security_group_rule', name).set('security_group_id', groupId);
      const defaults: ReadonlyArray<readonly [string, HclValue]> = [
        ['type', 'ingress'],
        ['from_port', port],
        ['to_port', port],
        ['protocol', 'tcp'],
      ];
      for (const [attribute, fallback] of defaults) {
        builder.set(attribute, given(rule[attribute]) ? rule[attribute]! : fallback, given(rule[attribute]) ? [...from, attribute] : undefined);
      }
      for (const attribute of ['cidr_blocks', 'ipv6_cidr_blocks', 'prefix_list_ids', 'source_security_group_id', 'description']) {
        if (given(rule[attribute])) builder.set(attribute, rule[attribute]!, [...from, attribute]);
      }
      out.push(builder.build());
    }
    return out;
  }

  if (within(call, inputs, 1, 6, 'allowed_cidr_blocks')) {
    const cidrs = inputs.get(['allowed_cidr_blocks']);
    // The rule exists for a non-empty list; an unknown list leaves it undecided, and it is left out.
    if (Array.isArray(cidrs) && cidrs.length > 0) {
      out.push(
        new ResourceBuilder('aws_security_group_rule', 'cidr_ingress')
          .set('security_group_id', groupId)
          .set('type', 'ingress')
          .set('from_port', port)
          .set('to_port', port)
          .set('protocol', 'tcp')
          .set('cidr_blocks', cidrs, ['allowed_cidr_blocks'])
          .build(),
      );
    }
  }
  return out;
}

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or what is created cannot be decided: model nothing (`create_cluster` up to 7, `create` from 8).
  for (const name of ['create', 'create_cluster', 'putin_khuylo']) if (inputs.flag([name], true) !== true) return [];

  const resources: SyntheticResource[] = [];
  const cluster = new ResourceBuilder(CLUSTER).copy(inputs, [
    'engine',
    'engine_mode',
    'engine_version',
    'kms_key_id',
    'backup_retention_period',
    'iam_database_authentication_enabled',
    'replication_source_identifier',
    'global_cluster_identifier',
    'snapshot_identifier',
    'database_name',
    'source_region',
    'region',
  ]);
  if (inputs.flag(['cluster_use_name_prefix'], false) === false) {
    const name = inputs.lookup(['name']);
    if (name.present) cluster.set('cluster_identifier', name.value, ['name']);
  }
  const username = inputs.lookup(['master_username']).present ? 'master_username' : 'username';
  const user = inputs.lookup([username]);
  if (user.present) cluster.set('master_username', user.value, [username]);

  const encrypted = inputs.lookup(['storage_encrypted']);
  cluster.set('storage_encrypted', encrypted.present ? encrypted.value : true, encrypted.present ? ['storage_encrypted'] : undefined);
  const exports = inputs.lookup(['enabled_cloudwatch_logs_exports']);
  cluster.set('enabled_cloudwatch_logs_exports', exports.present ? exports.value : [], exports.present ? ['enabled_cloudwatch_logs_exports'] : undefined);
  // Default false up to version 5, none (the provider's false) from 6: not protected either way.
  const protection = inputs.lookup(['deletion_protection']);
  if (protection.present) cluster.set('deletion_protection', protection.value, ['deletion_protection']);
  else if (call.major !== undefined && call.major <= 5) cluster.set('deletion_protection', false);

  applyPassword(cluster, call, within(call, inputs, 10, Infinity, 'master_password_wo') ? 'master_password_wo' : 'master_password', clusterPassword(call, inputs));

  const parameterGroup = clusterParameterGroup(call, inputs);
  if (parameterGroup !== undefined) {
    resources.push(parameterGroup);
    cluster.set('db_cluster_parameter_group_name', reference(call, CLUSTER_PARAMETER_GROUP, 'this', 'id'));
  } else {
    const name = inputs.lookup(['db_cluster_parameter_group_name']);
    if (name.present) cluster.set('db_cluster_parameter_group_name', name.value, ['db_cluster_parameter_group_name']);
  }

  resources.unshift(cluster.build());
  resources.push(...clusterInstances(call, inputs));
  resources.push(...logGroups(call, inputs, 'cluster', 'name', 'cluster_use_name_prefix'));

  if (inputs.flag(['create_security_group'], true) === true) {
    resources.push(new ResourceBuilder(SECURITY_GROUP).copy(inputs, ['vpc_id', 'region']).build());
    resources.push(...ingressRules(call, inputs));
  }
  return resources;
}

export const rdsAurora: ModuleModel = {
  address: 'terraform-aws-modules/rds-aurora/aws',
  repository: 'terraform-aws-modules/terraform-aws-rds-aurora',
  outputs: {
    cluster_id: `${CLUSTER}.this.id`,
    cluster_arn: `${CLUSTER}.this.arn`,
    cluster_resource_id: `${CLUSTER}.this.cluster_resource_id`,
    cluster_endpoint: `${CLUSTER}.this.endpoint`,
    cluster_reader_endpoint: `${CLUSTER}.this.reader_endpoint`,
    cluster_port: `${CLUSTER}.this.port`,
    cluster_database_name: `${CLUSTER}.this.database_name`,
    rds_cluster_id: `${CLUSTER}.this.id`,
    rds_cluster_arn: `${CLUSTER}.this.arn`,
    this_rds_cluster_id: `${CLUSTER}.this.id`,
    this_rds_cluster_arn: `${CLUSTER}.this.arn`,
    security_group_id: `${SECURITY_GROUP}.this.id`,
    this_security_group_id: `${SECURITY_GROUP}.this.id`,
    db_cluster_parameter_group_id: `${CLUSTER_PARAMETER_GROUP}.this.id`,
    db_cluster_parameter_group_arn: `${CLUSTER_PARAMETER_GROUP}.this.arn`,
  },
  expand,
};
