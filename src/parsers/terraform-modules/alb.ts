/**
 * terraform-aws-modules/alb/aws: the load balancer and its listeners, read
 * from the module's main.tf of versions 5 to 8 (listeners as the lists
 * `http_tcp_listeners` / `https_listeners`, addressed
 * `aws_lb_listener.frontend_http_tcp[i]` / `frontend_https[i]`) and of
 * versions 9 and 10 (one `listeners` map, addressed `aws_lb_listener.this["key"]`).
 *
 * Modelled: the `aws_lb` (name, internal, subnets, load_balancer_type, which
 * defaults to application, drop_invalid_header_fields, which defaults to
 * false before version 9 and to true from 9, and the access_logs block: from 5 to 8 `enabled`
 * defaults to whether a bucket is named, from 9 to true); each listener with
 * its load balancer, port, protocol (from 9 the listener's, else
 * `default_protocol`, else HTTP), certificate, ssl_policy (before 9 the
 * listener's, else `listener_ssl_policy_default`, else
 * ELBSecurityPolicy-2016-08, which accepts TLS 1.0; from 9 only HTTPS and TLS
 * listeners get one, ELBSecurityPolicy-TLS13-1-2-Res-2021-06 unless given)
 * and its default actions (forward, redirect with its protocol,
 * fixed-response, authenticate-*). Not modelled: target groups and their
 * attachments, listener rules, extra certificates, the security group, WAF
 * association, Route53 records (nothing is created for them, so nothing is
 * reported on them).
 *
 * Version: from the call's pin; without one, from the shape of its
 * arguments (the listener lists and `create_lb` exist only before 9,
 * `listeners`, `create` and `default_protocol` only from 9; a call that mixes
 * both is rejected by every version and is not modelled). Versions 3 and 4
 * (separate `application_no_logs` resources, access logs on by default
 * through `logging_enabled`, a required `load_balancer_name`) are not
 * modelled, nor is an unpinned call that passes their arguments.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, ResourceBuilder, asObject, knownObject, reference, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const LB = 'aws_lb';
const LISTENER = 'aws_lb_listener';

/** The ssl_policy an HTTPS listener gets by default before version 9 (`listener_ssl_policy_default`). */
const LIST_ERA_SSL_POLICY = 'ELBSecurityPolicy-2016-08';
/** The ssl_policy an HTTPS or TLS listener gets by default from version 9. */
const MAP_ERA_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06';

/** Arguments of versions 3 and 4 only (removed or renamed in 5). */
const LEGACY_ARGUMENTS: readonly string[] = [
  'load_balancer_name',
  'load_balancer_is_internal',
  'logging_enabled',
  'log_bucket_name',
  'log_location_prefix',
  'create_alb',
  'http_tcp_listeners_count',
  'https_listeners_count',
  'target_groups_count',
  'target_groups_defaults',
];
/** Arguments of versions 5 to 8 only (removed or renamed in 9). */
const LIST_ARGUMENTS: readonly string[] = ['http_tcp_listeners', 'https_listeners', 'create_lb', 'listener_ssl_policy_default', 'http_tcp_listener_rules', 'https_listener_rules'];
/** Arguments of versions 9 and later only. */
const MAP_ARGUMENTS: readonly string[] = ['listeners', 'create', 'default_port', 'default_protocol'];

/**
 * The default action a `listeners` entry key creates (versions 9 and 10), in
 * the module's order, with the action type it gives.
 */
const MAP_ACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['authenticate_cognito', 'authenticate-cognito'],
  ['authenticate_oidc', 'authenticate-oidc'],
  ['fixed_response', 'fixed-response'],
  ['forward', 'forward'],
  ['weighted_forward', 'forward'],
  ['redirect', 'redirect'],
  ['jwt_validation', 'jwt-validation'],
];

type Family = 'lists' | 'map';

/** Which input shape a call uses, and the major version its defaults are those of. */
interface Shape {
  /** `lists` (5 to 8), `map` (9 and later), or undefined when the call passes no argument that tells. */
  readonly family: Family | undefined;
  /** The pinned major, or one standing for the family when the defaults modelled are the same across it. */
  readonly major: number | undefined;
}

function shapeOf(call: ModuleCall): Shape | undefined {
  if (call.major !== undefined) {
    if (call.major < 5) return undefined;
    return { family: call.major >= 9 ? 'map' : 'lists', major: call.major };
  }
  const inputs = new Inputs(call);
  const passes = (names: readonly string[]): boolean => names.some((name) => inputs.lookup([name]).present);
  if (passes(LEGACY_ARGUMENTS)) return undefined;
  const lists = passes(LIST_ARGUMENTS);
  const map = passes(MAP_ARGUMENTS);
  if (lists && map) return undefined;
  // Versions 5 to 8 agree on every default modelled here; 9 and 10 differ
  // only on a listener without an action (see mapActions).
  if (lists) return { family: 'lists', major: 8 };
  return { family: map ? 'map' : undefined, major: undefined };
}

/** An entry's value at `key`; an explicit null is absent (the module's `lookup`/`try` give their default). */
function field(entry: JsonObject, key: string): HclValue | undefined {
  const value = entry[key];
  return value === null ? undefined : value;
}

/** A `map(string)` flag as the resource receives it: "true"/"false" become booleans. */
function asBool(value: HclValue): HclValue {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/** A non-empty object (the module's `length(keys(x)) > 0`), or an unknown that may be one. */
function nonEmpty(value: HclValue | undefined): value is JsonObject {
  if (value === undefined || value === null) return false;
  if (isUnknownValue(value)) return true;
  return isObjectValue(value) && Object.keys(value).length > 0;
}

/** Copies the keys of `entry` that are set (and not null) into a new object. */
function pick(entry: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) {
    const value = field(entry, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The `redirect` block of an action: the caller's keys, or an unknown protocol when the whole map is unknown. */
function redirectBlock(value: JsonObject): JsonObject {
  if (isUnknownValue(value)) return { protocol: value as unknown as HclValue, status_code: value as unknown as HclValue };
  return pick(value, ['host', 'path', 'port', 'protocol', 'query', 'status_code']);
}

function fixedResponseBlock(value: JsonObject): JsonObject {
  if (isUnknownValue(value)) return { content_type: value as unknown as HclValue };
  return pick(value, ['content_type', 'message_body', 'status_code']);
}

/** The access_logs block of the load balancer, and the call argument its `enabled` came from. */
function accessLogs(call: ModuleCall, inputs: Inputs): { block: JsonObject; enabledFrom: ValuePath } | undefined {
  const found = inputs.lookup(['access_logs']);
  if (!found.present) return undefined;
  const logs = asObject(found.value);
  if (logs === undefined || !nonEmpty(logs)) return undefined;
  if (isUnknownValue(logs)) {
    // Whether the block exists is undecided too: it is assumed (it protects).
    const unknown = logs as unknown as HclValue;
    return { block: { bucket: unknown, enabled: unknown }, enabledFrom: ['access_logs'] };
  }
  const block = pick(logs, ['bucket', 'prefix']);
  const enabled = field(logs, 'enabled');
  if (enabled !== undefined) {
    block.enabled = asBool(enabled);
    return { block, enabledFrom: ['access_logs', 'enabled'] };
  }
  // 5 to 8: `try(enabled, bucket != null)`; 9 and later: `try(enabled, true)`
  // with a required bucket (without one the module fails).
  block.enabled = field(logs, 'bucket') !== undefined ? true : inputs.versionedDefault('access_logs.enabled', 9, false, undecided(call, 'access_logs.enabled without a bucket'));
  return { block, enabledFrom: ['access_logs'] };
}

/** Listener arguments shared by both shapes. */
function listenerBuilder(name: string, lbArn: HclValue): ResourceBuilder {
  return new ResourceBuilder(LISTENER, name).set('load_balancer_arn', lbArn);
}

/** A listener whose whole entry is unknown: it exists (its index or key is known) but nothing about it is. */
function unknownListener(call: ModuleCall, name: string, lbArn: HclValue, item: HclValue, from: ValuePath): SyntheticResource {
  const unknown = isUnknownValue(item) ? item : undecided(call, `listener ${name}`);
  return listenerBuilder(name, lbArn)
    .set('port', unknown, from)
    .set('protocol', unknown, from)
    .set('ssl_policy', unknown, from)
    .set('default_action', [{ type: unknown }], from)
    .build();
}

/**
 * A listener of `http_tcp_listeners` or `https_listeners` (versions 5 to 8):
 * one default action of type `action_type` (forward when absent), with the
 * redirect / fixed_response the entry gives; an authenticate-* action is
 * followed by a forward.
 */
function listListener(call: ModuleCall, inputs: Inputs, lbArn: HclValue, https: boolean, index: number, item: HclValue): SyntheticResource {
  const argument = https ? 'https_listeners' : 'http_tcp_listeners';
  const name = `${https ? 'frontend_https' : 'frontend_http_tcp'}[${index}]`;
  const from: ValuePath = [argument, index];
  const entry = asObject(item);
  if (entry === undefined || isUnknownValue(entry)) return unknownListener(call, name, lbArn, item, from);

  const listener = listenerBuilder(name, lbArn);
  const port = field(entry, 'port');
  if (port !== undefined) listener.set('port', port, [...from, 'port']);
  const protocol = field(entry, 'protocol');
  if (protocol !== undefined) listener.set('protocol', protocol, [...from, 'protocol']);
  else listener.set('protocol', https ? 'HTTPS' : undecided(call, `the protocol of ${argument}[${index}] (required)`), from);

  if (https) {
    const certificate = field(entry, 'certificate_arn');
    if (certificate !== undefined) listener.set('certificate_arn', certificate, [...from, 'certificate_arn']);
    const policy = field(entry, 'ssl_policy');
    const fallback = inputs.lookup(['listener_ssl_policy_default']);
    if (policy !== undefined) listener.set('ssl_policy', policy, [...from, 'ssl_policy']);
    else if (fallback.present) listener.set('ssl_policy', fallback.value, ['listener_ssl_policy_default']);
    else listener.set('ssl_policy', LIST_ERA_SSL_POLICY, from);
  }

  if (Object.keys(entry).length > 0) {
    const actionType = field(entry, 'action_type');
    const action: JsonObject = { type: actionType ?? 'forward' };
    const redirect = field(entry, 'redirect');
    const redirectMap = asObject(redirect);
    if (redirectMap !== undefined && nonEmpty(redirectMap)) action.redirect = [redirectBlock(redirectMap)];
    const fixed = asObject(field(entry, 'fixed_response'));
    if (fixed !== undefined && nonEmpty(fixed)) action.fixed_response = [fixedResponseBlock(fixed)];
    const actions: JsonObject[] = [action];
    if (https && (actionType === 'authenticate-oidc' || actionType === 'authenticate-cognito')) actions.push({ type: 'forward' });
    listener.set('default_action', actions, from);
    if (actionType !== undefined) listener.origin(['default_action', 0, 'type'], [...from, 'action_type']);
    if (action.redirect !== undefined) listener.origin(['default_action', 0, 'redirect'], [...from, 'redirect']);
    if (action.fixed_response !== undefined) listener.origin(['default_action', 0, 'fixed_response'], [...from, 'fixed_response']);
  }
  return listener.build();
}

/** The default actions of a `listeners` entry (versions 9 and 10), one per action key it sets. */
function mapActions(call: ModuleCall, entry: JsonObject, major: number | undefined, listener: ResourceBuilder, from: ValuePath): void {
  const actions: JsonObject[] = [];
  for (const [key, type] of MAP_ACTIONS) {
    const value = field(entry, key);
    if (value === undefined) continue;
    const object = asObject(value);
    const action: JsonObject = { type };
    // Not an object: the module cannot read it, so what it would create is undecided.
    if (object === undefined) action.type = undecided(call, `the default action of ${key}`);
    else if (key === 'redirect') action.redirect = [redirectBlock(object)];
    else if (key === 'fixed_response') action.fixed_response = [fixedResponseBlock(object)];
    else if (key === 'forward' && !isUnknownValue(object) && field(object, 'arn') !== undefined) action.target_group_arn = field(object, 'arn')!;
    else if (key === 'weighted_forward') action.forward = [{}];
    listener.origin(['default_action', actions.length], [...from, key]);
    actions.push(action);
  }
  // No action key: version 10 forwards; version 9 creates no default action,
  // which the provider rejects, so what the listener will do is undecided.
  if (actions.length === 0) actions.push({ type: major === 9 ? undecided(call, 'the default action (version 9 creates none without an action key)') : 'forward' });
  listener.set('default_action', actions, from);
}

/** A listener of the `listeners` map (versions 9 and 10). */
function mapListener(call: ModuleCall, inputs: Inputs, major: number | undefined, lbArn: HclValue, key: string, item: HclValue): SyntheticResource {
  const name = `this[${JSON.stringify(key)}]`;
  const from: ValuePath = ['listeners', key];
  const entry = asObject(item);
  if (entry === undefined || isUnknownValue(entry)) return unknownListener(call, name, lbArn, item, from);

  const listener = listenerBuilder(name, lbArn);
  const fromEntryOrDefault = (own: string, fallback: string, value: HclValue): void => {
    const given = field(entry, own);
    const shared = inputs.lookup([fallback]);
    if (given !== undefined) listener.set(own, given, [...from, own]);
    else if (shared.present) listener.set(own, shared.value, [fallback]);
    else listener.set(own, value, from);
  };
  fromEntryOrDefault('port', 'default_port', 80);
  fromEntryOrDefault('protocol', 'default_protocol', 'HTTP');
  const protocol = listener.config.protocol;

  const certificate = field(entry, 'certificate_arn');
  if (certificate !== undefined) listener.set('certificate_arn', certificate, [...from, 'certificate_arn']);
  const policy = field(entry, 'ssl_policy');
  if (policy !== undefined) listener.set('ssl_policy', policy, [...from, 'ssl_policy']);
  else if (typeof protocol !== 'string') listener.set('ssl_policy', undecided(call, `the ssl_policy of listeners.${key}`), from);
  else if (protocol === 'HTTPS' || protocol === 'TLS') listener.set('ssl_policy', MAP_ERA_SSL_POLICY, from);

  mapActions(call, entry, major, listener, from);
  return listener.build();
}

function expand(call: ModuleCall): SyntheticResource[] {
  const shape = shapeOf(call);
  if (shape === undefined) return [];
  const inputs = new Inputs({ ...call, major: shape.major });
  // Nothing is created, or what is created cannot be decided: model nothing.
  // Without a family neither `create` nor `create_lb` was passed (both tell the family).
  if (inputs.flag([shape.family === 'lists' ? 'create_lb' : 'create'], true) !== true) return [];
  if (inputs.flag(['putin_khuylo'], true) !== true) return [];

  const lb = new ResourceBuilder(LB).copy(inputs, ['name', 'name_prefix', 'internal', 'subnets']);
  const type = inputs.lookup(['load_balancer_type']);
  lb.set('load_balancer_type', type.present ? type.value : 'application', type.present ? ['load_balancer_type'] : undefined);
  const drop = inputs.lookup(['drop_invalid_header_fields']);
  lb.set('drop_invalid_header_fields', drop.present ? drop.value : inputs.versionedDefault('drop_invalid_header_fields', 9, false, true), drop.present ? ['drop_invalid_header_fields'] : undefined);
  const logs = accessLogs(call, inputs);
  if (logs !== undefined) lb.set('access_logs', [logs.block], ['access_logs']).origin(['access_logs', 0, 'enabled'], logs.enabledFrom);
  const resources: SyntheticResource[] = [lb.build()];

  const lbArn = reference(call, LB, 'this', 'arn');
  if (shape.family === 'lists') {
    // A list that is unknown as a whole creates listeners we cannot count: none are modelled (their presence protects nothing).
    for (const https of [false, true]) {
      const list = inputs.get([https ? 'https_listeners' : 'http_tcp_listeners']);
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => resources.push(listListener(call, inputs, lbArn, https, index, item)));
    }
  } else if (shape.family === 'map') {
    const map = knownObject(inputs.get(['listeners']));
    if (map !== undefined) {
      for (const [key, item] of Object.entries(map)) resources.push(mapListener(call, inputs, shape.major, lbArn, key, item));
    }
  }
  return resources;
}

export const alb: ModuleModel = {
  address: 'terraform-aws-modules/alb/aws',
  repository: 'terraform-aws-modules/terraform-aws-alb',
  outputs: {
    // Versions 9 and later.
    id: `${LB}.this.id`,
    arn: `${LB}.this.arn`,
    arn_suffix: `${LB}.this.arn_suffix`,
    dns_name: `${LB}.this.dns_name`,
    zone_id: `${LB}.this.zone_id`,
    // Versions 5 to 8.
    lb_id: `${LB}.this.id`,
    lb_arn: `${LB}.this.arn`,
    lb_arn_suffix: `${LB}.this.arn_suffix`,
    lb_dns_name: `${LB}.this.dns_name`,
    lb_zone_id: `${LB}.this.zone_id`,
  },
  expand,
};
