/**
 * terraform-aws-modules/s3-bucket/aws: the bucket and the split bucket
 * resources (AWS provider v4 style) its arguments create, read from the
 * module's main.tf (versions 3 to 5; version 2's inline arguments mean the
 * same for what is checked here).
 *
 * Modelled: the bucket; logging; canned ACL; versioning; server-side
 * encryption; the public access block (whose four settings default to false
 * before version 3.9.0 and to true from it: "Updated S3 Bucket Block Public
 * Access and ACL(Object Ownership) defaults", PR #226, released in 3.9.0, not
 * in 4.0.0; a pin of major 3 that admits releases on both sides of 3.9.0
 * leaves them unknown); the bucket policy the module assembles from `policy`
 * and its `attach_*` switches (the TLS-only deny and the minimum-TLS deny as
 * the module writes them, log-delivery grants to AWS services). Nothing is
 * created with `create_bucket` or `putin_khuylo` false. Not modelled: grants, website, CORS, lifecycle, object lock,
 * replication, notifications, directory buckets (nothing is created for
 * those calls, so nothing is reported on them).
 */
import { isUnknownValue, unknownValue, type HclValue } from '../hcl/values.js';
import { asObject, Inputs, reference, releasedSince, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

/** The release whose Block Public Access settings default to true: 3.9.0 (PR #226, April 2023). */
const BLOCK_DEFAULTS_SINCE: readonly [number, number] = [3, 9];

/**
 * The default of the four Block Public Access settings: false before 3.9.0,
 * true from it; unknown when the call pins no version, or pins major 3 in a
 * way that admits releases on both sides of 3.9.0.
 */
function blockPublicDefault(call: ModuleCall, name: string): HclValue {
  const since = releasedSince(call, BLOCK_DEFAULTS_SINCE);
  if (since !== undefined) return since;
  const why = call.major === undefined ? 'the call pins no version' : 'the pin admits versions before and after 3.9.0';
  return unknownValue(`default of ${call.id}.${name} (true from version 3.9.0; ${why})`, []);
}

const BUCKET = 'aws_s3_bucket';

/** The `attach_*` switches that add AWS-service log-delivery grants, and the service each grants to. */
const DELIVERY_POLICIES: ReadonlyArray<readonly [string, string]> = [
  ['attach_elb_log_delivery_policy', 'delivery.logs.amazonaws.com'],
  ['attach_lb_log_delivery_policy', 'delivery.logs.amazonaws.com'],
  ['attach_access_log_delivery_policy', 'logging.s3.amazonaws.com'],
  ['attach_cloudtrail_log_delivery_policy', 'cloudtrail.amazonaws.com'],
  ['attach_waf_log_delivery_policy', 'delivery.logs.amazonaws.com'],
  ['attach_inventory_destination_policy', 's3.amazonaws.com'],
  ['attach_analytics_destination_policy', 's3.amazonaws.com'],
];

/** Switches that add Deny statements this model does not spell out (they restrict, never grant). */
const OTHER_DENY_POLICIES: readonly string[] = [
  'attach_deny_incorrect_encryption_headers',
  'attach_deny_incorrect_kms_key_sse',
  'attach_deny_unencrypted_object_uploads',
  'attach_deny_ssec_encrypted_object_uploads',
];

const PUBLIC_ACCESS_SETTINGS: readonly string[] = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

function titleCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** `Enabled`/`Suspended` from `versioning`, as the module's `try(…)` chain computes it. */
function versioningStatus(versioning: JsonObject): HclValue {
  const enabled = versioning.enabled;
  if (enabled !== undefined && enabled !== null) {
    if (isUnknownValue(enabled)) return enabled;
    if (typeof enabled === 'boolean') return enabled ? 'Enabled' : 'Suspended';
    // `versioning` is a map(string): `enabled = "false"` is the condition false.
    if (enabled === 'true' || enabled === 'false') return enabled === 'true' ? 'Enabled' : 'Suspended';
  }
  const status = versioning.status;
  if (status !== undefined && status !== null) {
    if (isUnknownValue(status)) return status;
    if (typeof status === 'boolean') return status ? 'Enabled' : 'Suspended';
    if (status === 'true' || status === 'false') return status === 'true' ? 'Enabled' : 'Suspended';
    if (typeof status === 'string') return titleCase(status);
  }
  return 'Enabled';
}

/** A non-empty object argument (the module's `length(keys(var.x)) > 0`), true for an unknown. */
function configured(value: HclValue | undefined): value is JsonObject {
  if (value === undefined || value === null) return false;
  if (isUnknownValue(value)) return true;
  return typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
}

function statement(sid: string, effect: string, principal: HclValue, action: string, resources: HclValue, condition?: JsonObject): JsonObject {
  const out: JsonObject = { Sid: sid, Effect: effect, Principal: principal, Action: action, Resource: resources };
  if (condition !== undefined) out.Condition = condition;
  return out;
}

/**
 * The bucket policy document the module attaches, as JSON text, or an unknown
 * when a switch or the caller's `policy` is unknown. Undefined when the call
 * attaches no policy.
 */
function bucketPolicy(call: ModuleCall, inputs: Inputs): HclValue | undefined {
  const arn = reference(call, BUCKET, 'this', 'arn');
  const objects = unknownValue(`${call.id}.${BUCKET}.this.arn/*`, [`${call.id}.${BUCKET}.this.arn`]);
  const statements: JsonObject[] = [];
  let attached = false;
  let undecidedSwitch = false;
  const on = (name: string): boolean => {
    const value = inputs.flag([name], false);
    if (value === undefined) undecidedSwitch = true;
    if (value === true) attached = true;
    return value === true;
  };
  for (const [name, service] of DELIVERY_POLICIES) {
    if (on(name)) statements.push(statement(name, 'Allow', { Service: service }, 's3:PutObject', objects));
  }
  for (const name of OTHER_DENY_POLICIES) on(name);
  if (on('attach_require_latest_tls_policy')) {
    statements.push(statement('denyOutdatedTLS', 'Deny', '*', 's3:*', [arn, objects], { NumericLessThan: { 's3:TlsVersion': '1.2' } }));
  }
  if (on('attach_deny_insecure_transport_policy')) {
    statements.push(statement('denyInsecureTransport', 'Deny', '*', 's3:*', [arn, objects], { Bool: { 'aws:SecureTransport': 'false' } }));
  }
  if (on('attach_policy')) {
    const policy = inputs.get(['policy']);
    if (policy !== undefined && typeof policy !== 'string') return undecidedPolicy(call);
    let parsed: unknown;
    try {
      parsed = policy === undefined ? {} : JSON.parse(policy);
    } catch {
      return undecidedPolicy(call);
    }
    const given = (parsed as { Statement?: unknown }).Statement;
    const list = Array.isArray(given) ? given : given !== undefined ? [given] : [];
    statements.push(...(list as JsonObject[]));
  }
  if (undecidedSwitch) return attached ? undecidedPolicy(call) : undefined;
  if (!attached) return undefined;
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

function undecidedPolicy(call: ModuleCall): HclValue {
  return unknownValue(`${call.id}: the bucket policy the module assembles`, []);
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  // Nothing is created, or what is created cannot be decided: model nothing.
  // `create_bucket = var.create_bucket && var.putin_khuylo` (from version 2.15).
  if (inputs.flag(['create_bucket'], true) !== true) return [];
  if (inputs.flag(['putin_khuylo'], true) !== true) return [];
  if (inputs.flag(['is_directory_bucket'], false) !== false) return [];

  const resources: SyntheticResource[] = [];
  const bucketId = reference(call, BUCKET, 'this', 'id');
  resources.push(new ResourceBuilder(BUCKET).copy(inputs, ['bucket', 'bucket_prefix', 'force_destroy', 'object_lock_enabled', 'tags']).build());

  const logging = inputs.object(['logging']);
  if (configured(logging)) {
    const log = new ResourceBuilder('aws_s3_bucket_logging').set('bucket', bucketId);
    if (isUnknownValue(logging)) log.set('target_bucket', logging, ['logging']);
    else {
      if (logging.target_bucket !== undefined) log.set('target_bucket', logging.target_bucket, ['logging', 'target_bucket']);
      if (logging.target_prefix !== undefined) log.set('target_prefix', logging.target_prefix, ['logging', 'target_prefix']);
    }
    resources.push(log.build());
  }

  const acl = inputs.get(['acl']);
  if (acl !== undefined && acl !== 'null') {
    resources.push(new ResourceBuilder('aws_s3_bucket_acl').set('bucket', bucketId).set('acl', acl, ['acl']).build());
  }

  const versioning = inputs.object(['versioning']);
  if (configured(versioning)) {
    const status = isUnknownValue(versioning) ? versioning : versioningStatus(versioning);
    const from = isUnknownValue(versioning) ? ['versioning'] : versioning.enabled !== undefined ? ['versioning', 'enabled'] : versioning.status !== undefined ? ['versioning', 'status'] : ['versioning'];
    resources.push(
      new ResourceBuilder('aws_s3_bucket_versioning')
        .set('bucket', bucketId)
        .set('versioning_configuration', [{ status }], ['versioning'])
        .origin(['versioning_configuration', 0, 'status'], from)
        .build(),
    );
  }

  const sse = inputs.object(['server_side_encryption_configuration']);
  if (configured(sse)) {
    const encryption = new ResourceBuilder('aws_s3_bucket_server_side_encryption_configuration').set('bucket', bucketId);
    const rule = isUnknownValue(sse) ? undefined : asObject(sse.rule);
    if (rule === undefined || isUnknownValue(rule)) {
      // An unknown configuration, or a rule the module would reject: the encryption it sets is undecided.
      encryption.set('rule', [{ apply_server_side_encryption_by_default: [{ sse_algorithm: undecided(call, 'the default encryption') }] }], ['server_side_encryption_configuration']);
    } else {
      const byDefault = asObject(rule.apply_server_side_encryption_by_default);
      const applied: JsonObject = {};
      if (byDefault !== undefined && !isUnknownValue(byDefault)) {
        if (byDefault.sse_algorithm !== undefined) applied.sse_algorithm = byDefault.sse_algorithm;
        if (byDefault.kms_master_key_id !== undefined) applied.kms_master_key_id = byDefault.kms_master_key_id;
      } else {
        applied.sse_algorithm = byDefault ?? undecided(call, 'the default encryption');
      }
      const item: JsonObject = { apply_server_side_encryption_by_default: [applied] };
      if (rule.bucket_key_enabled !== undefined) item.bucket_key_enabled = rule.bucket_key_enabled;
      encryption.set('rule', [item], ['server_side_encryption_configuration', 'rule']);
      encryption.origin(['rule', 0, 'apply_server_side_encryption_by_default'], ['server_side_encryption_configuration', 'rule', 'apply_server_side_encryption_by_default']);
    }
    resources.push(encryption.build());
  }

  // The public access block exists unless attach_public_policy = false; undecided, it is assumed (it protects).
  if (inputs.flag(['attach_public_policy'], true) !== false) {
    const block = new ResourceBuilder('aws_s3_bucket_public_access_block').set('bucket', bucketId);
    for (const name of PUBLIC_ACCESS_SETTINGS) {
      const found = inputs.lookup([name]);
      block.set(name, found.present ? found.value : blockPublicDefault(call, name), found.present ? [name] : undefined);
    }
    resources.push(block.build());
  }

  const policy = bucketPolicy(call, inputs);
  if (policy !== undefined) {
    const from = inputs.get(['attach_policy']) === true ? ['policy'] : undefined;
    resources.push(new ResourceBuilder('aws_s3_bucket_policy').set('bucket', bucketId).set('policy', policy, from).build());
  }
  return resources;
}

export const s3Bucket: ModuleModel = {
  address: 'terraform-aws-modules/s3-bucket/aws',
  repository: 'terraform-aws-modules/terraform-aws-s3-bucket',
  outputs: {
    s3_bucket_id: `${BUCKET}.this.id`,
    s3_bucket_arn: `${BUCKET}.this.arn`,
    s3_bucket_bucket_domain_name: `${BUCKET}.this.bucket_domain_name`,
    s3_bucket_bucket_regional_domain_name: `${BUCKET}.this.bucket_regional_domain_name`,
  },
  expand,
};
