/**
 * terraform-aws-modules/elasticache/aws: the replication group, the CloudWatch
 * log groups of its log delivery, and the security group rules a call of the
 * root module creates, read from the module's main.tf and variables.tf
 * (versions 1 and 2; the code in the repository before 1.0, never published
 * to the registry, is not modelled).
 *
 * Modelled: `aws_elasticache_replication_group.this` (or `.global` when the
 * call creates or joins a global datastore with
 * `create_primary_global_replication_group` /
 * `create_secondary_global_replication_group`) unless `create_replication_group
 * = false`, with the engine (default `redis`), at-rest and in-transit
 * encryption (both default true in every version; a secondary member of a
 * global datastore gets neither, it inherits them from the global group, so
 * they are unknown), the KMS key (`kms_key_arn`, passed only with at-rest
 * encryption), the transit encryption mode and the `auth_token` as written.
 * `aws_cloudwatch_log_group.this["<key>"]` for each entry of
 * `log_delivery_configuration` (default: one `slow-log` entry delivered to
 * CloudWatch Logs) whose destination type is `cloudwatch-logs` and that does
 * not opt out with `create_cloudwatch_log_group = false`, for every engine but
 * memcached: named `/aws/elasticache/<cloudwatch_log_group_name, else the
 * cluster or replication group id>`, retention 14 days unless the entry sets
 * `cloudwatch_log_group_retention_in_days`, KMS key from
 * `cloudwatch_log_group_kms_key_id`. Version 1 reads the entries with try()
 * (a key written null is passed on as null: a null retention never expires,
 * and an entry without a destination type gets no group); version 2 types them
 * (`optional(…, default)`: a null or absent retention is 14 days, a null or
 * absent destination type is `cloudwatch-logs`, a null switch is true), so
 * without a pinned version what differs is unknown or left out.
 * `aws_security_group.this` (unless `create_security_group = false`) and an
 * `aws_vpc_security_group_ingress_rule.this["<key>"]` for each ingress rule:
 * in version 1 each ingress entry of `security_group_rules`, on the engine's
 * port (6379, 11211 for memcached) unless the entry gives its ports; in
 * version 2, which replaced that argument with `security_group_ingress_rules`
 * (and `security_group_egress_rules`), each entry of it, with the ports it
 * gives (`to_port` falls back to `from_port`; version 2 gives no engine-port
 * default, so a missing port is unknown). A call that pins no version is read
 * by the argument it uses.
 *
 * Not modelled: the cache cluster (`create_cluster`: no check reads
 * `aws_elasticache_cluster`), the global replication group itself, the
 * parameter and subnet groups, egress rules, and calls of the submodules
 * (`//modules/serverless-cache`, `//modules/user-group`), for which nothing
 * is created. The real addresses carry an index (`this[0]`); here they are
 * `module.<call>.aws_elasticache_replication_group.this`.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, instanceName, numeric, reference, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const GROUP = 'aws_elasticache_replication_group';
const LOG_GROUP = 'aws_cloudwatch_log_group';
const SECURITY_GROUP = 'aws_security_group';

/** The module's default `log_delivery_configuration`: the slow log, delivered to CloudWatch Logs as JSON. */
const DEFAULT_LOG_DELIVERY: JsonObject = { 'slow-log': { destination_type: 'cloudwatch-logs', log_format: 'json' } };

/** A value and the call argument it came from (none for a module default). */
export interface Sourced {
  readonly value: HclValue;
  readonly from: ValuePath | undefined;
}

/**
 * `try(object.key, fallback)` as a module evaluates it on an object the caller
 * wrote at `from`: the written value (located there), the fallback when the key
 * is absent, and an unknown when it is written as null (try() passes the null
 * on, and what the provider then does is not modelled). Undefined when absent
 * without a fallback.
 */
export function member(call: ModuleCall, object: JsonObject, key: string, fallback: HclValue | undefined, from: ValuePath | undefined): Sourced | undefined {
  const value = object[key];
  if (value === undefined) return fallback === undefined ? undefined : { value: fallback, from: undefined };
  const at = from === undefined ? undefined : [...from, key];
  if (value === null) return fallback === undefined ? undefined : { value: undecided(call, `${key} written as null`), from: at };
  return { value, from: at };
}

/** A boolean argument of the call with the module's default `fallback`: the value written (unknown when not a boolean), located at the argument. */
export function switchArgument(call: ModuleCall, inputs: Inputs, name: string, fallback: boolean): Sourced {
  const found = inputs.lookup([name]);
  if (!found.present) return { value: fallback, from: undefined };
  const flag = inputs.flag([name], fallback);
  return { value: flag ?? (isUnknownValue(found.value) ? found.value : undecided(call, name)), from: [name] };
}

/** Sets `key` on a builder from a sourced value, when there is one. */
export function setSourced(builder: ResourceBuilder, key: string, sourced: Sourced | undefined): void {
  if (sourced !== undefined) builder.set(key, sourced.value, sourced.from);
}

/**
 * The `aws_vpc_security_group_ingress_rule.this["<key>"]` a module creates for
 * each entry of `security_group_rules` whose `type` is `ingress` (the
 * default): protocol tcp and the ports `port` unless the entry gives them, the
 * CIDR ranges, prefix list and referenced group as written. None when the map
 * is unknown (the rules are only ever reported, so undecided ones are left
 * out), nor for an entry that is unknown or whose type is.
 */
export function ingressRules(call: ModuleCall, inputs: Inputs, port: HclValue): SyntheticResource[] {
  const rules = inputs.get(['security_group_rules']);
  if (rules === undefined || rules === null || isUnknownValue(rules) || !isObjectValue(rules)) return [];
  const groupId = reference(call, SECURITY_GROUP, 'this', 'id');
  const out: SyntheticResource[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    if (rule === null || isUnknownValue(rule) || !isObjectValue(rule)) continue;
    if ((rule.type === undefined ? 'ingress' : rule.type) !== 'ingress') continue;
    const name = instanceName('this', key);
    const from: ValuePath = ['security_group_rules', key];
    const builder = new ResourceBuilder('aws_vpc_security_group_ingress_rule', name).set('security_group_id', groupId);
    setSourced(builder, 'ip_protocol', member(call, rule, 'ip_protocol', 'tcp', from));
    // lookup(each.value, "<x>", null): a null is as if absent.
    for (const attribute of ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id', 'description']) {
      const value = rule[attribute];
      if (value !== undefined && value !== null) builder.set(attribute, value, [...from, attribute]);
    }
    setSourced(builder, 'from_port', member(call, rule, 'from_port', port, from));
    setSourced(builder, 'to_port', member(call, rule, 'to_port', port, from));
    const region = member(call, rule, 'region', undefined, from);
    if (region !== undefined) setSourced(builder, 'region', region);
    else builder.copy(inputs, ['region']);
    out.push(builder.build());
  }
  return out;
}

/**
 * The `aws_vpc_security_group_ingress_rule.this["<key>"]` of each entry of a
 * typed `security_group_ingress_rules` (elasticache 2, redshift 7:
 * `ip_protocol` defaults to tcp, also when written null), with the CIDR
 * ranges, prefix list and referenced group as written (`"self"` is the
 * module's group) and the ports written: `from_port` falls back to
 * `fallbackPort`, `to_port` to `from_port` (then `fallbackPort`); a port none
 * gives is unknown (elasticache 2 passes no engine-port default). None when the
 * map is unknown, nor for an entry that is unknown.
 */
export function typedIngressRules(call: ModuleCall, inputs: Inputs, fallbackPort?: HclValue): SyntheticResource[] {
  const rules = inputs.get(['security_group_ingress_rules']);
  if (rules === undefined || rules === null || isUnknownValue(rules) || !isObjectValue(rules)) return [];
  const groupId = reference(call, SECURITY_GROUP, 'this', 'id');
  const out: SyntheticResource[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    if (rule === null || isUnknownValue(rule) || !isObjectValue(rule)) continue;
    const name = instanceName('this', key);
    const from: ValuePath = ['security_group_ingress_rules', key];
    const builder = new ResourceBuilder('aws_vpc_security_group_ingress_rule', name).set('security_group_id', groupId);
    const protocol = rule.ip_protocol;
    if (protocol === undefined || protocol === null) builder.set('ip_protocol', 'tcp');
    else builder.set('ip_protocol', protocol, [...from, 'ip_protocol']);
    for (const attribute of ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'description']) {
      const value = rule[attribute];
      if (value !== undefined && value !== null) builder.set(attribute, value, [...from, attribute]);
    }
    const referenced = rule.referenced_security_group_id;
    if (referenced !== undefined && referenced !== null) builder.set('referenced_security_group_id', referenced === 'self' ? groupId : referenced, [...from, 'referenced_security_group_id']);
    const given = (key: string): boolean => rule[key] !== undefined && rule[key] !== null;
    const fallback = fallbackPort ?? undecided(call, `the ports of the ${key} rule (the module gives no default)`);
    if (given('from_port')) builder.set('from_port', numeric(rule.from_port!), [...from, 'from_port']);
    else builder.set('from_port', fallback);
    if (given('to_port')) builder.set('to_port', numeric(rule.to_port!), [...from, 'to_port']);
    else if (given('from_port')) builder.set('to_port', numeric(rule.from_port!), [...from, 'from_port']);
    else builder.set('to_port', fallback);
    builder.copy(inputs, ['region']);
    out.push(builder.build());
  }
  return out;
}

/** The replication group, or undefined when the call creates none or which one it creates cannot be decided. */
function replicationGroup(call: ModuleCall, inputs: Inputs, engine: Sourced): SyntheticResource | undefined {
  if (inputs.flag(['create_replication_group'], true) !== true) return undefined;
  const primary = inputs.flag(['create_primary_global_replication_group'], false);
  const secondary = inputs.flag(['create_secondary_global_replication_group'], false);
  if (primary === undefined || secondary === undefined) return undefined;

  const group = new ResourceBuilder(GROUP, primary || secondary ? 'global' : 'this').copy(inputs, [
    'replication_group_id',
    'description',
    'node_type',
    'num_cache_clusters',
    'global_replication_group_id',
    'region',
  ]);
  if (secondary) {
    // A member of an existing global datastore: engine and encryption come from the global group.
    const inherited = undecided(call, 'the encryption the global replication group gives its secondary member');
    group.set('at_rest_encryption_enabled', inherited).set('transit_encryption_enabled', inherited);
  } else {
    group.set('engine', engine.value, engine.from);
    group.copy(inputs, ['engine_version']);
    const atRest = switchArgument(call, inputs, 'at_rest_encryption_enabled', true);
    setSourced(group, 'at_rest_encryption_enabled', atRest);
    setSourced(group, 'transit_encryption_enabled', switchArgument(call, inputs, 'transit_encryption_enabled', true));
    const key = inputs.lookup(['kms_key_arn']);
    if (key.present) {
      if (atRest.value === true) group.set('kms_key_id', key.value, ['kms_key_arn']);
      else if (atRest.value !== false) group.set('kms_key_id', undecided(call, 'the KMS key (passed only with at-rest encryption)'), ['kms_key_arn']);
    }
  }
  // transit_encryption_mode is passed to the group of a regional call only.
  if (!primary && !secondary) group.copy(inputs, ['transit_encryption_mode']);
  group.copy(inputs, ['auth_token']);
  return group.build();
}

/** The first of `values` that coalesce() keeps (not null, not ""), an unknown when an unknown comes first, '' when there is none (the module's try(…, "")). */
function coalesced(call: ModuleCall, values: ReadonlyArray<HclValue | undefined>, what: string): HclValue {
  for (const value of values) {
    if (value === undefined || value === null || value === '') continue;
    return typeof value === 'string' ? value : undecided(call, what);
  }
  return '';
}

/** The log groups of the log delivery entries (see the header); none when the engine or the entries cannot be decided. */
function logGroups(call: ModuleCall, inputs: Inputs, engine: HclValue): SyntheticResource[] {
  if (typeof engine !== 'string' || engine === 'memcached') return [];
  const found = inputs.lookup(['log_delivery_configuration']);
  const entries = found.present ? found.value : DEFAULT_LOG_DELIVERY;
  if (entries === null || isUnknownValue(entries) || !isObjectValue(entries)) return [];
  // Version 1 reads the entries with try(), version 2 types them with optional() defaults.
  const major = call.major;
  const typed = major === undefined ? undefined : major >= 2;
  const fallbackName = coalesced(call, [inputs.get(['cluster_id']), inputs.get(['replication_group_id'])], 'the cluster or replication group id');
  const out: SyntheticResource[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (entry === null || isUnknownValue(entry) || !isObjectValue(entry)) continue;
    // Created when the entry does not opt out and delivers to CloudWatch Logs; undecided ones are left out.
    const create = entry.create_cloudwatch_log_group;
    if (create === null ? typed !== true : create !== undefined && create !== true) continue;
    const destination = entry.destination_type;
    if (destination === undefined || destination === null ? typed !== true : destination !== 'cloudwatch-logs') continue;
    const name = instanceName('this', key);
    const from: ValuePath | undefined = found.present ? ['log_delivery_configuration', key] : undefined;
    const group = new ResourceBuilder(LOG_GROUP, name);
    const own = member(call, entry, 'cloudwatch_log_group_name', undefined, from);
    if (own === undefined) group.set('name', typeof fallbackName === 'string' ? `/aws/elasticache/${fallbackName}` : fallbackName);
    else group.set('name', typeof own.value === 'string' ? `/aws/elasticache/${own.value}` : undecided(call, `the name of the ${key} log group`), own.from);
    // Version 1: try(…, 14) passes a retention written as null on (never expire); version 2: optional(number, 14) makes it 14.
    const retention = entry.cloudwatch_log_group_retention_in_days;
    const at = from === undefined ? undefined : [...from, 'cloudwatch_log_group_retention_in_days'];
    if (retention === undefined) group.set('retention_in_days', 14, from);
    else if (retention !== null) group.set('retention_in_days', retention, at);
    else if (typed === true) group.set('retention_in_days', 14, at);
    else if (typed === undefined) group.set('retention_in_days', undecided(call, 'a retention written as null (never expires in version 1, 14 days in version 2)'), at);
    const kms = entry.cloudwatch_log_group_kms_key_id;
    if (kms !== undefined && kms !== null) group.set('kms_key_id', kms, from === undefined ? undefined : [...from, 'cloudwatch_log_group_kms_key_id']);
    group.copy(inputs, ['region']);
    out.push(group.build());
  }
  return out;
}

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== '') return [];
  if (call.major !== undefined && call.major < 1) return [];
  const inputs = new Inputs(call);
  // Nothing is created, or what is created cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];

  const written = inputs.lookup(['engine']);
  const engine: Sourced = written.present ? { value: written.value, from: ['engine'] } : { value: 'redis', from: undefined };
  const resources: SyntheticResource[] = [];
  const group = replicationGroup(call, inputs, engine);
  if (group !== undefined) resources.push(group);
  resources.push(...logGroups(call, inputs, engine.value));

  if (inputs.flag(['create_security_group'], true) === true) {
    resources.push(new ResourceBuilder(SECURITY_GROUP).copy(inputs, ['vpc_id', 'region']).build());
    // Version 2 replaced security_group_rules with security_group_ingress_rules; without a version, the argument the call uses tells.
    const v2 = call.major === undefined ? inputs.lookup(['security_group_ingress_rules']).present : call.major >= 2;
    if (v2) resources.push(...typedIngressRules(call, inputs));
    else {
      const port = typeof engine.value === 'string' ? (engine.value === 'memcached' ? 11211 : 6379) : undecided(call, 'the engine port');
      resources.push(...ingressRules(call, inputs, port));
    }
  }
  return resources;
}

export const elasticache: ModuleModel = {
  address: 'terraform-aws-modules/elasticache/aws',
  repository: 'terraform-aws-modules/terraform-aws-elasticache',
  outputs: {
    replication_group_arn: `${GROUP}.this.arn`,
    replication_group_id: `${GROUP}.this.id`,
    replication_group_primary_endpoint_address: `${GROUP}.this.primary_endpoint_address`,
    replication_group_reader_endpoint_address: `${GROUP}.this.reader_endpoint_address`,
    replication_group_configuration_endpoint_address: `${GROUP}.this.configuration_endpoint_address`,
    replication_group_port: `${GROUP}.this.port`,
    security_group_id: `${SECURITY_GROUP}.this.id`,
    security_group_arn: `${SECURITY_GROUP}.this.arn`,
  },
  expand,
};
