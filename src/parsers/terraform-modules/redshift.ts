/**
 * terraform-aws-modules/redshift/aws: the cluster, its parameter group and
 * the CloudWatch log groups a call creates, read from the module's main.tf
 * and variables.tf (versions 2 to 7; version 1 changed its parameter group
 * handling within the major version and is not modelled).
 *
 * Versions 2 and 3 (arguments prefixed `cluster_`: `cluster_node_type`,
 * `cluster_master_password`…) always create the cluster, with `encrypted`
 * defaulting to false (written null, it is passed on as null and the AWS
 * provider's own default, which changed between provider versions, applies:
 * unknown) and the master password the call writes
 * (`cluster_master_password`); unless `parameter_group_name` names an existing
 * group, they create an `aws_redshift_parameter_group.this` (family
 * `cluster_parameter_group`, default `redshift-1.0`) whose `require_ssl`
 * parameter is the call's `require_ssl` (default "false"; written null, the
 * provider rejects the parameter: unknown; the other fixed parameters of that
 * group are not modelled). Versions 4 to 7
 * create the cluster unless `create = false`, with `encrypted` defaulting to
 * true and `kms_key_arn` as its key; the master password is none when
 * restoring a snapshot, managed by Redshift with `manage_master_password`
 * (version 5.1 and later, default false), a random password of the module
 * when `create_random_password` is on (default true in 4 to 6; removed in 7),
 * and otherwise the call's `master_password` (or, from version 7,
 * `master_password_wo`). Their parameter group (unless
 * `create_parameter_group = false`, in which case the cluster uses the
 * `parameter_group_name` given, or the default group) has the family
 * `parameter_group_family` (default `redshift-1.0`, `redshift-2.0` from
 * version 7) and the parameters of `parameter_group_parameters` (a map of
 * `{ name, value }` up to version 6, a list from 7). With
 * `create_cloudwatch_log_group` (version 5.3 and later, default false), an
 * `aws_cloudwatch_log_group.this["<log>"]` for each of `logging.log_exports`,
 * named `/aws/redshift/cluster/<identifier>/<log>`, retention
 * `cloudwatch_log_group_retention_in_days` (default 0, never expire, in every
 * released version; written null, none), KMS key from
 * `cloudwatch_log_group_kms_key_id`.
 * When the call pins no version, the arguments tell the layout (only versions 2
 * and 3 take the `cluster_`-prefixed ones), and a default that still differs
 * between versions (the encryption and `require_ssl` of versions 2 and 3, the
 * random password of 4 to 6) is unknown.
 *
 * Version 7 also creates `aws_security_group.this` (unless
 * `create_security_group = false`) and an
 * `aws_vpc_security_group_ingress_rule.this["<key>"]` for each entry of
 * `security_group_ingress_rules`, on the ports the entry gives, else the
 * cluster's `port` (default 5439); a call without a version is read as
 * version 7 when it uses that argument, which no earlier version has.
 *
 * Not modelled: the subnet group, IAM roles, logging to S3, snapshot copy and
 * schedules, scheduled actions, endpoint access, usage limits,
 * authentication profiles, egress rules and the secret rotation. The real
 * address of the cluster is `module.<call>.aws_redshift_cluster.this[0]` from
 * version 4; here it is `module.<call>.aws_redshift_cluster.this`.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import { Inputs, instanceName, passedNull, reference, ResourceBuilder, undecided, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import { GENERATED, NO_PASSWORD, UNDECIDED_PASSWORD, applyPassword, givenPassword, setParameters, type Password } from './rds.js';
import { typedIngressRules } from './elasticache.js';

const CLUSTER = 'aws_redshift_cluster';
const PARAMETER_GROUP = 'aws_redshift_parameter_group';
const SECURITY_GROUP = 'aws_security_group';

/** Arguments only versions 2 and 3 take (several of them required there). */
const LEGACY_ARGUMENTS: readonly string[] = [
  'cluster_node_type',
  'cluster_master_password',
  'cluster_master_username',
  'cluster_database_name',
  'cluster_number_of_nodes',
  'cluster_parameter_group',
  'cluster_port',
  'redshift_subnet_group_name',
  'require_ssl',
];

/** Whether the call uses the layout of versions 2 and 3; undefined for version 1 (not modelled). */
function legacyLayout(call: ModuleCall, inputs: Inputs): boolean | undefined {
  const major = call.major;
  if (major !== undefined) return major <= 1 ? undefined : major <= 3;
  return LEGACY_ARGUMENTS.some((name) => inputs.lookup([name]).present);
}

/** Sets `attribute` of the builder from the call argument `name` when given. */
function rename(builder: ResourceBuilder, inputs: Inputs, name: string, attribute: string): void {
  const found = inputs.lookup([name]);
  if (found.present) builder.set(attribute, found.value, [name]);
}

/** Versions 2 and 3: the cluster and the parameter group (see the header). */
function legacy(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  const cluster = new ResourceBuilder(CLUSTER).copy(inputs, ['cluster_identifier', 'cluster_version', 'publicly_accessible', 'snapshot_identifier', 'encrypted']);
  rename(cluster, inputs, 'cluster_node_type', 'node_type');
  rename(cluster, inputs, 'cluster_database_name', 'database_name');
  rename(cluster, inputs, 'cluster_master_username', 'master_username');
  rename(cluster, inputs, 'cluster_master_password', 'master_password');
  // `encrypted = null` reaches the cluster as null: the provider's default applies, which is not modelled.
  if (passedNull(call, 'encrypted')) cluster.set('encrypted', undecided(call, 'encrypted written as null (the AWS provider default applies)'), ['encrypted']);
  else if (!inputs.lookup(['encrypted']).present) cluster.set('encrypted', inputs.versionedDefault('encrypted', 4, false, true));
  const key = inputs.get(['kms_key_id']);
  if (key !== undefined && key !== '') cluster.set('kms_key_id', key, ['kms_key_id']);

  const resources: SyntheticResource[] = [];
  // A group is created unless parameter_group_name names one; an unknown name leaves that undecided.
  const named = inputs.get(['parameter_group_name']);
  if (named === undefined || named === '') {
    const group = new ResourceBuilder(PARAMETER_GROUP);
    const family = inputs.lookup(['cluster_parameter_group']);
    group.set('family', family.present ? family.value : 'redshift-1.0', family.present ? ['cluster_parameter_group'] : undefined);
    const ssl = inputs.lookup(['require_ssl']);
    const nulled = passedNull(call, 'require_ssl');
    const value: HclValue = ssl.present
      ? ssl.value
      : nulled
        ? undecided(call, 'require_ssl written as null (the provider rejects a parameter without a value)')
        : call.major !== undefined
          ? 'false'
          : undecided(call, 'the default of require_ssl (the call pins no version)');
    group.set('parameter', [{ name: 'require_ssl', value }], ssl.present || nulled ? ['require_ssl'] : undefined);
    if (ssl.present || nulled) group.origin(['parameter', 0, 'value'], ['require_ssl']);
    resources.push(group.build());
    cluster.set('cluster_parameter_group_name', reference(call, PARAMETER_GROUP, 'this', 'id'));
  } else {
    cluster.set('cluster_parameter_group_name', typeof named === 'string' ? named : isUnknownValue(named) ? named : undecided(call, 'the parameter group'), ['parameter_group_name']);
  }
  return [cluster.build(), ...resources];
}

/** Versions 4 to 7: what the module passes as the master password, and as which argument. */
function masterPassword(call: ModuleCall, inputs: Inputs): { attribute: string; password: Password } {
  const major = call.major;
  const writeOnly = inputs.lookup(['master_password_wo']).present;
  const attribute = writeOnly && (major === undefined || major >= 7) ? 'master_password_wo' : 'master_password';
  const given = givenPassword(inputs, attribute);
  const orUndecided = (p: Password): Password => (given.kind === 'none' ? NO_PASSWORD : p);

  // Restoring a snapshot: no password.
  const snapshot = inputs.lookup(['snapshot_identifier']);
  if (snapshot.present) return { attribute, password: isUnknownValue(snapshot.value) ? orUndecided(UNDECIDED_PASSWORD) : NO_PASSWORD };
  const managed = inputs.flag(['manage_master_password'], false);
  if (managed === true) return { attribute, password: { kind: 'managed' } };
  if (managed === undefined) return { attribute, password: orUndecided(UNDECIDED_PASSWORD) };
  if (attribute === 'master_password_wo' || (major !== undefined && major >= 7)) return { attribute, password: given };
  // Versions 4 to 6 generate one unless create_random_password = false; without a version, that default is undecided.
  const generates = inputs.flag(['create_random_password'], major === undefined ? undefined : true);
  if (generates === true) return { attribute, password: GENERATED };
  if (generates === false) return { attribute, password: given };
  return { attribute, password: orUndecided(UNDECIDED_PASSWORD) };
}

/** Versions 4 to 7: the cluster, the parameter group and the log groups (see the header). */
function current(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (inputs.flag(['create'], true) !== true) return [];
  const cluster = new ResourceBuilder(CLUSTER).copy(inputs, [
    'cluster_identifier',
    'cluster_version',
    'node_type',
    'number_of_nodes',
    'database_name',
    'master_username',
    'publicly_accessible',
    'snapshot_identifier',
    'port',
    'region',
  ]);
  const encrypted = inputs.lookup(['encrypted']);
  cluster.set('encrypted', encrypted.present ? encrypted.value : true, encrypted.present ? ['encrypted'] : undefined);
  rename(cluster, inputs, 'kms_key_arn', 'kms_key_id');

  const { attribute, password } = masterPassword(call, inputs);
  if (password.kind === 'managed') cluster.set('manage_master_password', true, ['manage_master_password']);
  else applyPassword(cluster, call, attribute, password);

  const resources: SyntheticResource[] = [];
  const createGroup = inputs.flag(['create_parameter_group'], true);
  if (createGroup === true) {
    const group = new ResourceBuilder(PARAMETER_GROUP).copy(inputs, ['region']);
    const name = inputs.lookup(['parameter_group_name']);
    if (name.present) group.set('name', name.value, ['parameter_group_name']);
    const family = inputs.lookup(['parameter_group_family']);
    group.set('family', family.present ? family.value : inputs.versionedDefault('parameter_group_family', 7, 'redshift-1.0', 'redshift-2.0'), family.present ? ['parameter_group_family'] : undefined);
    setParameters(group, inputs.get(['parameter_group_parameters']), ['parameter_group_parameters']);
    resources.push(group.build());
    cluster.set('cluster_parameter_group_name', reference(call, PARAMETER_GROUP, 'this', 'id'));
  } else if (createGroup === false) {
    rename(cluster, inputs, 'parameter_group_name', 'cluster_parameter_group_name');
  } else {
    cluster.set('cluster_parameter_group_name', undecided(call, 'the parameter group'), ['create_parameter_group']);
  }
  resources.push(...logGroups(call, inputs));
  // Version 7's security group and its ingress rules (from_port = try(coalesce(each.value.from_port, var.port), null)).
  const v7 = call.major === undefined ? inputs.lookup(['security_group_ingress_rules']).present : call.major >= 7;
  if (v7 && inputs.flag(['create_security_group'], true) === true) {
    resources.push(new ResourceBuilder(SECURITY_GROUP).copy(inputs, ['vpc_id', 'region']).build());
    const port = inputs.lookup(['port']);
    const fallback: HclValue = !port.present
      ? passedNull(call, 'port')
        ? undecided(call, 'the rule ports (port written as null)')
        : 5439
      : port.value;
    resources.push(...typedIngressRules(call, inputs, fallback));
  }
  return [cluster.build(), ...resources];
}

/** The log group of each exported log when create_cloudwatch_log_group is on; none when that or the list is undecided. */
function logGroups(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (inputs.flag(['create_cloudwatch_log_group'], false) !== true) return [];
  const exports = inputs.get(['logging', 'log_exports']);
  if (!Array.isArray(exports)) return [];
  const identifier = inputs.get(['cluster_identifier']) ?? '';
  const retention = inputs.lookup(['cloudwatch_log_group_retention_in_days']);
  const kms = inputs.lookup(['cloudwatch_log_group_kms_key_id']);
  const out: SyntheticResource[] = [];
  for (const log of new Set(exports)) {
    if (typeof log !== 'string') continue;
    const name = instanceName('this', log);
    const group = new ResourceBuilder('aws_cloudwatch_log_group', name);
    group.set('name', typeof identifier === 'string' ? `/aws/redshift/cluster/${identifier}/${log}` : undecided(call, `the name of the ${log} log group`));
    // Default 0 (never expire) in every released version with these groups (5.3.0 on); written null, none.
    if (!passedNull(call, 'cloudwatch_log_group_retention_in_days')) {
      group.set('retention_in_days', retention.present ? retention.value : 0, retention.present ? ['cloudwatch_log_group_retention_in_days'] : undefined);
    }
    if (kms.present) group.set('kms_key_id', kms.value, ['cloudwatch_log_group_kms_key_id']);
    group.copy(inputs, ['region']);
    out.push(group.build());
  }
  return out;
}

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  const layout = legacyLayout(call, inputs);
  if (layout === undefined) return [];
  return layout ? legacy(call, inputs) : current(call, inputs);
}

export const redshift: ModuleModel = {
  address: 'terraform-aws-modules/redshift/aws',
  repository: 'terraform-aws-modules/terraform-aws-redshift',
  outputs: {
    cluster_arn: `${CLUSTER}.this.arn`,
    cluster_id: `${CLUSTER}.this.id`,
    cluster_identifier: `${CLUSTER}.this.cluster_identifier`,
    cluster_endpoint: `${CLUSTER}.this.endpoint`,
    cluster_dns_name: `${CLUSTER}.this.dns_name`,
    cluster_port: `${CLUSTER}.this.port`,
    cluster_database_name: `${CLUSTER}.this.database_name`,
    cluster_namespace_arn: `${CLUSTER}.this.cluster_namespace_arn`,
    this_redshift_cluster_arn: `${CLUSTER}.this.arn`,
    this_redshift_cluster_id: `${CLUSTER}.this.id`,
    this_redshift_cluster_identifier: `${CLUSTER}.this.cluster_identifier`,
    this_redshift_cluster_endpoint: `${CLUSTER}.this.endpoint`,
    parameter_group_arn: `${PARAMETER_GROUP}.this.arn`,
    parameter_group_id: `${PARAMETER_GROUP}.this.id`,
  },
  expand,
};
