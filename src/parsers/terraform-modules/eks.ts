/**
 * terraform-aws-modules/eks/aws: the EKS cluster a call creates and the
 * managed policies it attaches to the cluster's IAM role, read from the
 * module's main.tf, variables.tf and upgrade guides (versions 17 to 21).
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
 * modelled for it. Also modelled: the cluster role's
 * `iam_role_additional_policies` (a map from version 19) as the
 * `aws_iam_role_policy_attachment.additional` instances the module creates.
 *
 * Not modelled: secrets encryption (`cluster_encryption_config` /
 * `encryption_config`, `create_kms_key` and the KMS key module it calls: no
 * check reads it), the control-plane log group, security groups, the OIDC
 * provider, add-ons, node groups and Fargate profiles (their own submodules),
 * and the version 18 list form of `iam_role_additional_policies`.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, ResourceBuilder, reference, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const CLUSTER = 'aws_eks_cluster';

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

/** The `additional` attachments of the cluster role, one per entry of the version 19+ map `iam_role_additional_policies`. */
function additionalPolicies(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (inputs.flag(['create_iam_role'], true) !== true) return [];
  const policies = inputs.get(['iam_role_additional_policies']);
  // Absent, unknown (which entries exist is undecided), or the version 18 list: nothing.
  if (policies === undefined || policies === null || isUnknownValue(policies) || Array.isArray(policies) || !isObjectValue(policies)) return [];
  const role = reference(call, 'aws_iam_role', 'this', 'name');
  return Object.keys(policies)
    .sort()
    .map((key) =>
      new ResourceBuilder('aws_iam_role_policy_attachment', `additional[${JSON.stringify(key).replaceAll(']', '\\u005d')}]`)
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
  return [cluster(call, inputs, found.names, found.major), ...additionalPolicies(call, inputs)];
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
  },
  expand,
};
