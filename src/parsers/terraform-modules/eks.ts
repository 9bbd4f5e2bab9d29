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
 * Not modelled: secrets encryption (`cluster_encryption_config` /
 * `encryption_config`, `create_kms_key` and the KMS key module it calls: no
 * check reads it), the cluster's enabled log types, the module's own policy
 * attachments, security groups, the OIDC provider, add-ons, node groups and
 * Fargate profiles (their own submodules). A call pinning a version before
 * 17 gets the cluster only (with the defaults of versions 17 and 18).
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, instanceName, numeric, passedNull, reference, ResourceBuilder, undecided, written, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

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
}

/** Versions up to 20. */
const LEGACY: Names = {
  name: 'cluster_name',
  version: 'cluster_version',
  publicAccess: 'cluster_endpoint_public_access',
  publicCidrs: 'cluster_endpoint_public_access_cidrs',
  privateAccess: 'cluster_endpoint_private_access',
};

/** Version 21, which stripped the `cluster_` prefix. */
const MODERN: Names = {
  name: 'name',
  version: 'kubernetes_version',
  publicAccess: 'endpoint_public_access',
  publicCidrs: 'endpoint_public_access_cidrs',
  privateAccess: 'endpoint_private_access',
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

function cluster(call: ModuleCall, inputs: Inputs, names: Names, major: number | undefined): SyntheticResource {
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
  return builder.build();
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
  return [cluster(call, inputs, found.names, found.major), ...logGroup(call, inputs, found.names, rules), ...additionalPolicies(call, inputs, found.major)];
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
