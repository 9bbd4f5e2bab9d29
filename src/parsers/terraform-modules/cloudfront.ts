/**
 * terraform-aws-modules/cloudfront/aws: the distribution, read from the
 * module's main.tf of versions 1 to 5 (created unless `create_distribution =
 * false`, arguments read with `lookup`) and of version 6 (created unless
 * `create = false`, typed arguments with defaults).
 *
 * Modelled: the `aws_cloudfront_distribution` with its plain arguments
 * (aliases, comment, enabled, price_class, web_acl_id…), the default and
 * ordered cache behaviors (target origin, path pattern and
 * viewer_protocol_policy: required before 6, `https-only` by default for the
 * default behavior from 6), the viewer certificate (before 6 the module's
 * default is the CloudFront certificate with minimum_protocol_version TLSv1,
 * and a certificate given without a minimum gets TLSv1; from 6 the minimum
 * defaults to TLSv1.2_2025) and the logging configuration. Not modelled:
 * origins and origin groups, origin access identities / controls, VPC
 * origins, functions, response headers policies, the monitoring
 * subscription, cache policy look-ups (nothing is created for them, so
 * nothing is reported on them).
 *
 * Version: from the call's pin; without one, from the arguments only one
 * generation has (`create_distribution`, `geo_restriction`,
 * `origin_access_identities`… before 6; `create`, `restrictions`,
 * `anycast_ip_list_id` from 6). When no argument tells, the defaults that
 * changed in 6 are unknown; a call that mixes both is rejected by every
 * version and is not modelled.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, ResourceBuilder, asObject, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const DISTRIBUTION = 'aws_cloudfront_distribution';

/** Arguments of versions 1 to 5 only (removed or renamed in 6). */
const BEFORE_6_ARGUMENTS: readonly string[] = [
  'create_distribution',
  'geo_restriction',
  'origin_access_identities',
  'create_origin_access_identity',
  'create_origin_access_control',
  'create_vpc_origin',
  'vpc_origin_timeouts',
  'create_response_headers_policy',
  'create_cloudfront_function',
];
/** Arguments of version 6 and later only. */
const FROM_6_ARGUMENTS: readonly string[] = ['create', 'restrictions', 'anycast_ip_list_id'];

/** Distribution arguments the module passes through unchanged. */
const PLAIN_ARGUMENTS: readonly string[] = [
  'aliases',
  'comment',
  'default_root_object',
  'enabled',
  'http_version',
  'is_ipv6_enabled',
  'price_class',
  'retain_on_delete',
  'staging',
  'wait_for_deployment',
  'web_acl_id',
  'tags',
];

const CERTIFICATE_ARGUMENTS: readonly string[] = ['acm_certificate_arn', 'cloudfront_default_certificate', 'iam_certificate_id', 'ssl_support_method'];

/** The major version whose defaults apply: the pin, else the generation the arguments belong to; null when the call mixes both. */
function majorOf(call: ModuleCall): number | undefined | null {
  if (call.major !== undefined) return call.major;
  const inputs = new Inputs(call);
  const passes = (names: readonly string[]): boolean => names.some((name) => inputs.lookup([name]).present);
  const before = passes(BEFORE_6_ARGUMENTS);
  const from = passes(FROM_6_ARGUMENTS);
  if (before && from) return null;
  // Versions 1 to 5 agree on every default modelled here.
  return before ? 5 : from ? 6 : undefined;
}

/** An entry's value at `key`; an explicit null is absent (the module's `lookup`/`optional` give their default). */
function field(entry: JsonObject, key: string): HclValue | undefined {
  const value = entry[key];
  return value === null ? undefined : value;
}

/**
 * One cache behavior block from the call's object at `from`: its target
 * origin, path pattern (ordered behaviors) and viewer_protocol_policy, which
 * is `missing` when the object does not set it.
 */
function behavior(call: ModuleCall, builder: ResourceBuilder, kind: string, index: number, value: HclValue | undefined, from: ValuePath, missing: HclValue): JsonObject {
  const object = asObject(value);
  const at: ValuePath = [kind, index];
  if (object === undefined || isUnknownValue(object)) {
    const unknown = value !== undefined && isUnknownValue(value) ? value : undecided(call, `${kind} ${index}`);
    builder.origin([...at, 'viewer_protocol_policy'], from);
    return { target_origin_id: unknown, viewer_protocol_policy: unknown };
  }
  const block: JsonObject = {};
  for (const key of ['path_pattern', 'target_origin_id']) {
    const given = field(object, key);
    if (given !== undefined) block[key] = given;
  }
  const policy = field(object, 'viewer_protocol_policy');
  if (policy !== undefined) {
    block.viewer_protocol_policy = policy;
    builder.origin([...at, 'viewer_protocol_policy'], [...from, 'viewer_protocol_policy']);
  } else {
    block.viewer_protocol_policy = missing;
    builder.origin([...at, 'viewer_protocol_policy'], from);
  }
  return block;
}

/** The viewer_certificate block, and the call argument its minimum protocol version came from (undefined: the module's default). */
function viewerCertificate(call: ModuleCall, inputs: Inputs): { block: JsonObject; from: ValuePath | undefined } {
  const minimum = (): HclValue => inputs.versionedDefault('viewer_certificate.minimum_protocol_version', 6, 'TLSv1', 'TLSv1.2_2025');
  const found = inputs.lookup(['viewer_certificate']);
  if (!found.present) {
    // Before 6 the default is { cloudfront_default_certificate = true, minimum_protocol_version = "TLSv1" }; from 6, {}.
    const block: JsonObject = { minimum_protocol_version: minimum() };
    const major = inputs.call.major;
    if (major !== undefined && major < 6) block.cloudfront_default_certificate = true;
    return { block, from: undefined };
  }
  const certificate = asObject(found.value);
  if (certificate === undefined || isUnknownValue(certificate)) {
    const unknown = isUnknownValue(found.value) ? found.value : undecided(call, 'viewer_certificate');
    return { block: { minimum_protocol_version: unknown }, from: ['viewer_certificate'] };
  }
  const block: JsonObject = {};
  for (const key of CERTIFICATE_ARGUMENTS) {
    const given = field(certificate, key);
    if (given !== undefined) block[key] = given;
  }
  const given = field(certificate, 'minimum_protocol_version');
  block.minimum_protocol_version = given ?? minimum();
  return { block, from: given !== undefined ? ['viewer_certificate', 'minimum_protocol_version'] : ['viewer_certificate'] };
}

/** The logging_config block: for a non-empty object (before 6) or any object (from 6); an unknown may be either. */
function loggingConfig(inputs: Inputs): JsonObject | undefined {
  const found = inputs.lookup(['logging_config']);
  if (!found.present) return undefined;
  const logging = asObject(found.value);
  if (logging === undefined) return undefined;
  if (isUnknownValue(logging)) return { bucket: logging as unknown as HclValue };
  if (Object.keys(logging).length === 0) return undefined;
  const block: JsonObject = {};
  for (const key of ['bucket', 'prefix', 'include_cookies']) {
    const given = field(logging, key);
    if (given !== undefined) block[key] = given;
  }
  return block;
}

function expand(call: ModuleCall): SyntheticResource[] {
  const major = majorOf(call);
  if (major === null) return [];
  const inputs = new Inputs({ ...call, major });
  // Nothing is created, or what is created cannot be decided: model nothing.
  // Without a known version neither switch was passed (each tells the generation).
  if (inputs.flag([major !== undefined && major < 6 ? 'create_distribution' : 'create'], true) !== true) return [];

  const distribution = new ResourceBuilder(DISTRIBUTION).copy(inputs, PLAIN_ARGUMENTS);

  const logging = loggingConfig(inputs);
  if (logging !== undefined) distribution.set('logging_config', [logging], ['logging_config']);

  // Required in every version: absent, the module fails, and what it would create is undecided.
  const defaultBehavior = inputs.get(['default_cache_behavior']);
  const missingDefault = inputs.versionedDefault('default_cache_behavior.viewer_protocol_policy', 6, undecided(call, 'viewer_protocol_policy (required before version 6)'), 'https-only');
  distribution.set('default_cache_behavior', [behavior(call, distribution, 'default_cache_behavior', 0, defaultBehavior, ['default_cache_behavior'], missingDefault)], ['default_cache_behavior']);

  // A list unknown as a whole creates behaviors we cannot count: none are modelled (their presence protects nothing).
  const ordered = inputs.get(['ordered_cache_behavior']);
  if (Array.isArray(ordered) && ordered.length > 0) {
    const blocks = ordered.map((item, index) =>
      behavior(call, distribution, 'ordered_cache_behavior', index, item, ['ordered_cache_behavior', index], undecided(call, 'viewer_protocol_policy (required)')),
    );
    distribution.set('ordered_cache_behavior', blocks, ['ordered_cache_behavior']);
  }

  const certificate = viewerCertificate(call, inputs);
  distribution.set('viewer_certificate', [certificate.block], certificate.from === undefined ? undefined : ['viewer_certificate']);
  if (certificate.from !== undefined) distribution.origin(['viewer_certificate', 0, 'minimum_protocol_version'], certificate.from);

  return [distribution.build()];
}

export const cloudfront: ModuleModel = {
  address: 'terraform-aws-modules/cloudfront/aws',
  repository: 'terraform-aws-modules/terraform-aws-cloudfront',
  outputs: {
    cloudfront_distribution_id: `${DISTRIBUTION}.this.id`,
    cloudfront_distribution_arn: `${DISTRIBUTION}.this.arn`,
    cloudfront_distribution_caller_reference: `${DISTRIBUTION}.this.caller_reference`,
    cloudfront_distribution_status: `${DISTRIBUTION}.this.status`,
    cloudfront_distribution_trusted_signers: `${DISTRIBUTION}.this.trusted_signers`,
    cloudfront_distribution_domain_name: `${DISTRIBUTION}.this.domain_name`,
    cloudfront_distribution_last_modified_time: `${DISTRIBUTION}.this.last_modified_time`,
    cloudfront_distribution_in_progress_validation_batches: `${DISTRIBUTION}.this.in_progress_validation_batches`,
    cloudfront_distribution_etag: `${DISTRIBUTION}.this.etag`,
    cloudfront_distribution_hosted_zone_id: `${DISTRIBUTION}.this.hosted_zone_id`,
  },
  expand,
};
