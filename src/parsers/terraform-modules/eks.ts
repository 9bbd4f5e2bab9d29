/**
 * terraform-aws-modules/eks/aws: the EKS cluster a call creates, the
 * control-plane log group, and the managed policies it attaches to the
 * cluster's IAM role, read from the module's main.tf (cluster.tf up to
 * version 17), variables.tf and upgrade guides (versions 17 to 21).
 *
 * Modelled: `aws_eks_cluster` with its endpoint access (`vpc_config`). The
 * inputs are `cluster_endpoint_public_access`,
 * `cluster_endpoint_public_access_cidrs` and `cluster_endpoint_private_access`
 * up to version 20, renamed `endpoint_public_access`,
 * `endpoint_public_access_cidrs` and `endpoint_private_access` in version 21.
 * Public access defaults to true before version 19 and to false from it
 * (private access the other way round); with no version pinned the default is
 * unknown, unless the call uses the version 21 names. The CIDRs default to
 * 0.0.0.0/0 in every version. A call that writes the names of the other
 * generation than the version it pins is rejected by Terraform: nothing is
 * modelled for it (the version 21 renames, and the version 18 renames of
 * UPGRADE-18.0.md: `create_eks` → `create`, `subnets` → `subnet_ids`, the
 * log group inputs below).
 *
 * The control-plane log group, `aws_cloudwatch_log_group.this`, named
 * `/aws/eks/<cluster name>/cluster`. Version 17 creates it when
 * `cluster_enabled_log_types` (default `[]`) is not empty, with
 * `cluster_log_retention_in_days` (default 90) and `cluster_log_kms_key_id`
 * (default "": no customer-managed key). From version 18 it is created unless
 * `create_cloudwatch_log_group` (default true) is false, whatever log types are
 * enabled, with `cloudwatch_log_group_retention_in_days` (default 90) and
 * `cloudwatch_log_group_kms_key_id` (default null); version 21 kept these
 * names. With no version pinned and neither generation's names written, the
 * log group exists only when both rules create it (log types given and not
 * empty); retention and key then have the same defaults in every version.
 * None of these variables is declared `nullable = false`: a retention set to
 * null reaches the log group as null (log events never expire), and a null
 * `create_cloudwatch_log_group` or `cluster_enabled_log_types` is an error in
 * the module's `count` (no log group).
 *
 * Also modelled: the cluster role's `iam_role_additional_policies`, a map
 * from version 19 (the `aws_iam_role_policy_attachment.additional`
 * instances, keyed by the map's keys) and a list of ARNs in version 18 (the
 * `aws_iam_role_policy_attachment.this` instances, keyed by ARN, beside the
 * module's own policies; an entry whose ARN is unknown has an undecided key
 * and is left out).
 *
 * The cluster's control-plane log types (`enabled_cluster_log_types`) from
 * `cluster_enabled_log_types` (`enabled_log_types` in version 21): none by
 * default in version 17, `["audit", "api", "authenticator"]` from 18. Its
 * Secrets encryption (`encryption_config`) from `cluster_encryption_config`
 * (`encryption_config` in 21) and `create_kms_key`: none by default up to
 * version 18 (a list of `{ provider_key_arn, resources }`), from 19 an object
 * defaulting to `{ resources = ["secrets"] }` encrypted with the key the
 * module's `module "kms"` creates (`create_kms_key` defaults to true); `{}`
 * (null in 21) or an Outposts cluster switches it off (see
 * {@link EncryptionForm}). With `create_kms_key = false` and no
 * `provider_key_arn`, versions 19 to 21 fail (an unsupported attribute, or a
 * null required `key_arn`): the encryption is left undecided, as it is when the
 * version is not told and the defaults differ.
 *
 * Not modelled: the KMS key the module creates (its `module "kms"`), the
 * module's own policy attachments (the encryption policy included), security
 * groups, the OIDC provider, add-ons, node groups and Fargate profiles (their
 * own submodules). A call pinning a version before 17 gets the cluster only
 * (with the endpoint defaults of versions 17 and 18; its log types and
 * encryption undecided).
 */
import { isObjectValue, isUnknownValue, isWhollyKnown, unknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import {
  Inputs,
  instanceName,
  numeric,
  passedNull,
  reference,
  ResourceBuilder,
  switchOf,
  undecided,
  written,
  type JsonObject,
  type ModuleCall,
  type ModuleModel,
  type SyntheticResource,
} from './model.js';

const CLUSTER = 'aws_eks_cluster';
const LOG_GROUP = 'aws_cloudwatch_log_group';
const ATTACHMENT = 'aws_iam_role_policy_attachment';

/** The input names of one generation of the module. */
interface Names {
  readonly name: string;
  readonly version: string;
  readonly publicAccess: string;
  readonly publicCidrs: string;
  readonly privateAccess: string;
  readonly logTypes: string;
  readonly encryption: string;
}

/** Versions up to 20. */
const LEGACY: Names = {
  name: 'cluster_name',
  version: 'cluster_version',
  publicAccess: 'cluster_endpoint_public_access',
  publicCidrs: 'cluster_endpoint_public_access_cidrs',
  privateAccess: 'cluster_endpoint_private_access',
  logTypes: 'cluster_enabled_log_types',
  encryption: 'cluster_encryption_config',
};

/** Version 21, which stripped the `cluster_` prefix. */
const MODERN: Names = {
  name: 'name',
  version: 'kubernetes_version',
  publicAccess: 'endpoint_public_access',
  publicCidrs: 'endpoint_public_access_cidrs',
  privateAccess: 'endpoint_private_access',
  logTypes: 'enabled_log_types',
  encryption: 'encryption_config',
};

const RENAMED_IN = 21;
const PRIVATE_BY_DEFAULT_SINCE = 19;

function writes(inputs: Inputs, names: Names): boolean {
  return Object.values(names).some((name) => inputs.lookup([name]).present);
}

/**
 * The input names the call's module version reads, and the major version its
 * defaults are those of; undefined for a call Terraform rejects (it writes
 * names the pinned version does not have, or names of both generations).
 */
function generation(call: ModuleCall, inputs: Inputs): { names: Names; major: number | undefined } | undefined {
  const legacy = writes(inputs, LEGACY);
  const modern = writes(inputs, MODERN);
  if (legacy && modern) return undefined;
  if (call.major !== undefined) {
    const pinnedModern = call.major >= RENAMED_IN;
    if ((pinnedModern && legacy) || (!pinnedModern && modern)) return undefined;
    return { names: pinnedModern ? MODERN : LEGACY, major: call.major };
  }
  // No version pinned: the version 21 names tell the version; otherwise it may be any.
  return modern ? { names: MODERN, major: RENAMED_IN } : { names: LEGACY, major: undefined };
}

/** The call's value of `name`, else the module's default (unknown when the default depends on an unpinned version); with where it came from. */
function valueOr(inputs: Inputs, name: string, fallback: HclValue): { value: HclValue; from: ValuePath | undefined } {
  const found = inputs.lookup([name]);
  return found.present ? { value: found.value, from: [name] } : { value: fallback, from: undefined };
}

function cluster(call: ModuleCall, inputs: Inputs, names: Names, major: number | undefined, rules: LogRules): SyntheticResource {
  const defaults = new Inputs({ ...call, major });
  const builder = new ResourceBuilder(CLUSTER);
  const name = inputs.lookup([names.name]);
  if (name.present) builder.set('name', name.value, [names.name]);
  const version = inputs.lookup([names.version]);
  if (version.present) builder.set('version', version.value, [names.version]);

  const publicAccess = valueOr(inputs, names.publicAccess, defaults.versionedDefault(names.publicAccess, PRIVATE_BY_DEFAULT_SINCE, true, false));
  const privateAccess = valueOr(inputs, names.privateAccess, defaults.versionedDefault(names.privateAccess, PRIVATE_BY_DEFAULT_SINCE, false, true));
  const cidrs = valueOr(inputs, names.publicCidrs, ['0.0.0.0/0']);
  builder.set('vpc_config', [{ endpoint_private_access: privateAccess.value, endpoint_public_access: publicAccess.value, public_access_cidrs: cidrs.value }]);

  // A finding on the endpoint is shown at the argument that opened it; on a CIDR, at the CIDR.
  if (publicAccess.from !== undefined) {
    builder.origin(['vpc_config'], publicAccess.from);
    builder.origin(['vpc_config', 0, 'endpoint_public_access'], publicAccess.from);
  }
  if (privateAccess.from !== undefined) builder.origin(['vpc_config', 0, 'endpoint_private_access'], privateAccess.from);
  if (cidrs.from !== undefined) {
    builder.origin(['vpc_config', 0, 'public_access_cidrs'], cidrs.from);
    if (Array.isArray(cidrs.value)) cidrs.value.forEach((_, i) => builder.origin(['vpc_config', 0, 'public_access_cidrs', i], [...cidrs.from!, i]));
  } else if (publicAccess.from !== undefined) {
    builder.origin(['vpc_config', 0, 'public_access_cidrs'], publicAccess.from);
  }
  setLogTypes(call, inputs, names, rules, builder);
  setEncryption(call, inputs, names, encryptionForm(inputs, names, major, rules), builder);
  return builder.build();
}

/** The log types every version from 18 enables by default (`cluster_enabled_log_types`, `enabled_log_types` in version 21). */
const DEFAULT_LOG_TYPES = ['audit', 'api', 'authenticator'];

/**
 * `enabled_cluster_log_types = var.cluster_enabled_log_types` (`var.enabled_log_types`
 * in version 21): the call's list, else the version's default (`[]` in version
 * 17, `["audit", "api", "authenticator"]` from 18; unknown when the version is
 * not told). Null reaches the cluster from version 18 (the variable is not
 * `nullable = false`): no log types; in version 17 it is an error in the log
 * group's `count` (undecided here).
 */
function setLogTypes(call: ModuleCall, inputs: Inputs, names: Names, rules: LogRules, builder: ResourceBuilder): void {
  const name = names.logTypes;
  const found = inputs.lookup([name]);
  if (found.present) {
    builder.set('enabled_cluster_log_types', found.value, [name]);
    return;
  }
  if (passedNull(call, name)) {
    builder.set('enabled_cluster_log_types', rules === 'v18' ? null : undecided(call, `the cluster's log types (${name} = null)`), [name]);
    return;
  }
  const fallback = rules === 'v17' ? [] : rules === 'v18' ? [...DEFAULT_LOG_TYPES] : undecided(call, `the default of ${name} (changed in version 18; the call pins no version)`);
  builder.set('enabled_cluster_log_types', fallback);
}

/**
 * How a version turns its encryption input into the cluster's
 * `encryption_config`:
 *
 * - `list` (versions 17 and 18): `cluster_encryption_config`, a list (default
 *   `[]`), one block per distinct entry (`for_each = toset(...)`) with
 *   `resources = <entry>.resources` and the key `<entry>.provider_key_arn`, or
 *   from 18.25 the module's own KMS key when `create_kms_key` (default false).
 * - `object` (versions 19 and 20): `cluster_encryption_config`, an object
 *   (default `{ resources = ["secrets"] }`), one block when it is not empty
 *   and no `outpost_config` is given (`local.enable_cluster_encryption_config =
 *   length(var.cluster_encryption_config) > 0 && !local.create_outposts_local_cluster`),
 *   with `resources = <object>.resources` and the key `var.create_kms_key ?
 *   module.kms.key_arn : <object>.provider_key_arn` (`create_kms_key` default
 *   true: the module creates the key).
 * - `modern` (version 21): `encryption_config`, `object({ provider_key_arn =
 *   optional(string), resources = optional(list(string), ["secrets"]) })`
 *   (default `{}`), one block unless it is null or `outpost_config` is given,
 *   with the same key rule.
 *
 * Undefined when the version is not told and the defaults differ (an unpinned
 * call that writes no encryption input, or one whose form does not tell the
 * version), or for a version before 17.
 */
type EncryptionForm = 'list' | 'object' | 'modern';

function encryptionForm(inputs: Inputs, names: Names, major: number | undefined, rules: LogRules): EncryptionForm | undefined {
  if (names === MODERN) return 'modern';
  if (major !== undefined) return major < OLDEST_MODELLED ? undefined : major < 19 ? 'list' : 'object';
  if (rules === 'v17') return 'list';
  // Unpinned: a list is what versions 17 and 18 take, an object what 19 and 20 take (the other is rejected).
  const given = inputs.get([names.encryption]);
  if (given === undefined || isUnknownValue(given)) return undefined;
  if (Array.isArray(given)) return 'list';
  return given !== null && isObjectValue(given) ? 'object' : undefined;
}

/** The ARN of the key the module's `module "kms"` creates: unknown until applied, but a customer-managed key. */
function moduleKey(call: ModuleCall): HclValue {
  const address = `${call.id}.module.kms.key_arn`;
  return unknownValue(address, [address]);
}

/**
 * The key of an encryption block: the module's key when `create_kms_key` is
 * true (its default from version 19), else the entry's `provider_key_arn`.
 * Undefined when that is missing (Terraform rejects the call: an
 * unsupported attribute up to version 20, a null required `key_arn` in 21).
 */
function encryptionKey(call: ModuleCall, inputs: Inputs, entry: JsonObject, from: ValuePath | undefined, createByDefault: boolean): { value: HclValue; from: ValuePath | undefined } | undefined {
  const create = switchOf(call, inputs, 'create_kms_key', createByDefault);
  if (create === true) return { value: moduleKey(call), from: undefined };
  if (create === undefined) return { value: undecided(call, 'the key of the cluster encryption (create_kms_key)'), from: undefined };
  const key = entry.provider_key_arn;
  if (key === undefined || key === null) return undefined;
  return { value: key, from: from === undefined ? undefined : [...from, 'provider_key_arn'] };
}

/**
 * The cluster's `encryption_config` blocks, as the call's module version
 * writes them (see {@link EncryptionForm}); a `dynamic` block whose content is
 * not known when they are undecided (an unknown input, an unpinned version
 * whose defaults differ, a call Terraform rejects), so that no check reports
 * them.
 */
function setEncryption(call: ModuleCall, inputs: Inputs, names: Names, form: EncryptionForm | undefined, builder: ResourceBuilder): void {
  const name = names.encryption;
  const found = inputs.lookup([name]);
  const given = found.present ? found.value : undefined;
  const writtenAt: ValuePath | undefined = found.present ? [name] : undefined;
  const undecidable = (): void => {
    const forEach = given !== undefined && isUnknownValue(given) ? given : undecided(call, `the cluster encryption (${name})`);
    builder.dynamicBlock('encryption_config', forEach, writtenAt);
  };
  if (form === undefined) return undecidable();

  type Entry = { entry: JsonObject; from: ValuePath | undefined };
  let entries: Entry[];
  if (form === 'list') {
    // `toset(null)` is an error; the default is no entry.
    if (passedNull(call, name)) return undecidable();
    const list = given ?? [];
    if (!Array.isArray(list)) return undecidable();
    entries = [];
    const seen = new Set<string>();
    for (const [i, item] of list.entries()) {
      if (item === null || isUnknownValue(item) || Array.isArray(item) || !isObjectValue(item)) return undecidable();
      // A set holds an entry once (one with unknown parts may equal another: kept).
      if (isWhollyKnown(item)) {
        const key = JSON.stringify(item);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      entries.push({ entry: item, from: [name, i] });
    }
  } else {
    // Version 21 declares the input nullable: null switches the encryption off. Up to 20, `length(null)` is an error.
    if (passedNull(call, name)) return form === 'modern' ? undefined : undecidable();
    const object = found.present ? given : form === 'modern' ? {} : { resources: ['secrets'] };
    if (object === undefined || object === null || isUnknownValue(object) || Array.isArray(object) || !isObjectValue(object)) return undecidable();
    const outposts = outpostsCluster(call, inputs, form);
    if (outposts === undefined) return undecidable();
    if (outposts) return;
    if (form === 'object' && Object.keys(object).length === 0) return;
    entries = [{ entry: object, from: writtenAt }];
  }

  const blocks: JsonObject[] = [];
  const origins: Array<readonly [ValuePath, ValuePath]> = [];
  for (const { entry, from } of entries) {
    const i = blocks.length;
    let resources = entry.resources;
    let resourcesFrom: ValuePath | undefined = from === undefined ? undefined : [...from, 'resources'];
    if ((resources === undefined || resources === null) && form === 'modern') {
      resources = ['secrets'];
      resourcesFrom = undefined;
    }
    if (resources === undefined || resources === null) return undecidable();
    const key = encryptionKey(call, inputs, entry, from, form !== 'list');
    if (key === undefined) return undecidable();
    blocks.push({ provider: [{ key_arn: key.value }], resources });
    if (from !== undefined) origins.push([['encryption_config', i], from]);
    if (resourcesFrom !== undefined) origins.push([['encryption_config', i, 'resources'], resourcesFrom]);
    if (key.from !== undefined) origins.push([['encryption_config', i, 'provider', 0, 'key_arn'], key.from]);
  }
  if (blocks.length === 0) return;
  builder.set('encryption_config', blocks, writtenAt);
  for (const [path, from] of origins) builder.origin(path, from);
}

/**
 * Whether the call creates an Outposts local cluster, on which the module
 * writes no `encryption_config`: `length(var.outpost_config) > 0` (default
 * `{}`) in versions 19 and 20, `var.outpost_config != null` (default null) in
 * 21. Undefined when that is unknown (or `length(null)`, an error).
 */
function outpostsCluster(call: ModuleCall, inputs: Inputs, form: 'object' | 'modern'): boolean | undefined {
  if (passedNull(call, 'outpost_config')) return form === 'modern' ? false : undefined;
  const config = inputs.get(['outpost_config']);
  if (config === undefined) return false;
  if (config === null || isUnknownValue(config)) return undefined;
  if (form === 'modern') return true;
  return isObjectValue(config) || Array.isArray(config) ? Object.keys(config).length > 0 : undefined;
}

/**
 * Input names only versions up to 17 have, and names only versions from 18
 * have (UPGRADE-18.0.md: `create_eks` → `create`, `subnets` → `subnet_ids`,
 * `cluster_log_*` → `cloudwatch_log_group_*`, `create_cloudwatch_log_group`
 * added). A call writing a name its version does not declare is rejected.
 */
const ONLY_V17 = ['create_eks', 'subnets', 'cluster_log_retention_in_days', 'cluster_log_kms_key_id'];
const SINCE_V18 = ['create', 'subnet_ids', 'create_cloudwatch_log_group', 'cloudwatch_log_group_retention_in_days', 'cloudwatch_log_group_kms_key_id'];
const REWRITTEN_IN = 18;
const OLDEST_MODELLED = 17;

/** Which versions' log group rules apply: version 17's, version 18's (to 21), either (no version told), none (an older version); undefined for a call Terraform rejects. */
type LogRules = 'v17' | 'v18' | 'either' | 'none';

function logRules(call: ModuleCall, major: number | undefined): LogRules | undefined {
  const old = ONLY_V17.some((name) => written(call, name));
  const recent = SINCE_V18.some((name) => written(call, name));
  if (old && recent) return undefined;
  if (major !== undefined) {
    if ((major >= REWRITTEN_IN && old) || (major < REWRITTEN_IN && recent)) return undefined;
    return major >= REWRITTEN_IN ? 'v18' : major >= OLDEST_MODELLED ? 'v17' : 'none';
  }
  return old ? 'v17' : recent ? 'v18' : 'either';
}

/** Version 17's `count = length(var.cluster_enabled_log_types) > 0 && var.create_eks ? 1 : 0` (the gate is checked by the caller); undefined when undecided. */
function createdByV17(call: ModuleCall, inputs: Inputs): boolean | undefined {
  if (passedNull(call, 'cluster_enabled_log_types')) return false;
  const types = inputs.get(['cluster_enabled_log_types']);
  if (types === undefined) return false;
  return Array.isArray(types) ? types.length > 0 : undefined;
}

/** Version 18+'s `count = local.create && var.create_cloudwatch_log_group ? 1 : 0`; undefined when undecided. */
function createdByV18(call: ModuleCall, inputs: Inputs): boolean | undefined {
  if (passedNull(call, 'create_cloudwatch_log_group')) return false;
  return inputs.flag(['create_cloudwatch_log_group'], true);
}

/** The control-plane log group, when the call decidedly creates it (its absence is never reported, its presence would be). */
function logGroup(call: ModuleCall, inputs: Inputs, names: Names, rules: LogRules): SyntheticResource[] {
  if (rules === 'none') return [];
  const created =
    rules === 'v17' ? createdByV17(call, inputs) : rules === 'v18' ? createdByV18(call, inputs) : createdByV17(call, inputs) === true && createdByV18(call, inputs);
  if (created !== true) return [];
  // With either rule set (no version told), neither generation's names are written: the defaults, the same in every version.
  const retentionName = rules === 'v17' ? 'cluster_log_retention_in_days' : 'cloudwatch_log_group_retention_in_days';
  const keyName = rules === 'v17' ? 'cluster_log_kms_key_id' : 'cloudwatch_log_group_kms_key_id';

  const builder = new ResourceBuilder(LOG_GROUP);
  const clusterName = inputs.get([names.name]);
  builder.set('name', typeof clusterName === 'string' ? `/aws/eks/${clusterName}/cluster` : undecided(call, 'the cluster log group name'), clusterName === undefined ? undefined : [names.name]);
  const retention = inputs.lookup([retentionName]);
  if (retention.present) builder.set('retention_in_days', numeric(retention.value), [retentionName]);
  else if (!passedNull(call, retentionName)) builder.set('retention_in_days', 90);
  const key = inputs.lookup([keyName]);
  if (key.present) builder.set('kms_key_id', key.value, [keyName]);
  return [builder.build()];
}

/**
 * The cluster role's attachments of `iam_role_additional_policies`: from
 * version 19 a map, one `additional[<key>]` per entry; in version 18 a list,
 * one `this[<ARN>]` per distinct non-empty ARN (`toset(compact(distinct(concat(
 * [<the module's own policies>], var.iam_role_additional_policies))))`).
 * Nothing when the form does not fit the pinned version (Terraform rejects the
 * call) or which attachments exist is undecided.
 */
function additionalPolicies(call: ModuleCall, inputs: Inputs, major: number | undefined): SyntheticResource[] {
  if (inputs.flag(['create_iam_role'], true) !== true) return [];
  const policies = inputs.get(['iam_role_additional_policies']);
  if (policies === undefined || policies === null || isUnknownValue(policies)) return [];
  const role = reference(call, 'aws_iam_role', 'this', 'name');
  if (Array.isArray(policies)) {
    if (major !== undefined && major !== 18) return [];
    const seen = new Set<string>();
    const out: SyntheticResource[] = [];
    policies.forEach((arn, i) => {
      // An unknown ARN is an instance whose key is undecided: left out.
      if (typeof arn !== 'string' || arn === '' || seen.has(arn)) return;
      seen.add(arn);
      out.push(new ResourceBuilder(ATTACHMENT, instanceName('this', arn)).set('policy_arn', arn, ['iam_role_additional_policies', i]).set('role', role).build());
    });
    return out;
  }
  if (!isObjectValue(policies) || (major !== undefined && major < 19)) return [];
  return Object.keys(policies)
    .sort()
    .map((key) =>
      new ResourceBuilder(ATTACHMENT, instanceName('additional', key))
        .set('policy_arn', policies[key]!, ['iam_role_additional_policies', key])
        .set('role', role)
        .build(),
    );
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  // `create` (version 18+), `create_eks` (up to 17) and `putin_khuylo` (19+) all gate the cluster.
  for (const gate of ['create', 'create_eks', 'putin_khuylo']) {
    if (inputs.flag([gate], true) !== true) return [];
  }
  const found = generation(call, inputs);
  if (found === undefined) return [];
  const rules = logRules(call, found.major);
  if (rules === undefined) return [];
  return [cluster(call, inputs, found.names, found.major, rules), ...logGroup(call, inputs, found.names, rules), ...additionalPolicies(call, inputs, found.major)];
}

export const eks: ModuleModel = {
  address: 'terraform-aws-modules/eks/aws',
  repository: 'terraform-aws-modules/terraform-aws-eks',
  outputs: {
    cluster_name: `${CLUSTER}.this.name`,
    cluster_arn: `${CLUSTER}.this.arn`,
    cluster_id: `${CLUSTER}.this.id`,
    cluster_endpoint: `${CLUSTER}.this.endpoint`,
    cluster_version: `${CLUSTER}.this.version`,
    cluster_platform_version: `${CLUSTER}.this.platform_version`,
    cluster_status: `${CLUSTER}.this.status`,
    cloudwatch_log_group_name: `${LOG_GROUP}.this.name`,
    cloudwatch_log_group_arn: `${LOG_GROUP}.this.arn`,
  },
  expand,
};
