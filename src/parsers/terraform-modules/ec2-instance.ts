/**
 * terraform-aws-modules/ec2-instance/aws: the instance a call creates (or its
 * spot request) and, from version 6, the EBS volumes it attaches, read from
 * the module's main.tf, variables.tf, outputs.tf and CHANGELOG.md (versions 2.7
 * to 6). Version 1 (Terraform 0.11) is not modelled, nor a pin that admits
 * only 2.0 to 2.6, which named t2/t3 instances `this_t2` and did not pass
 * `encrypted` to the volumes (CHANGELOG 2.6.0 and 2.7.0).
 *
 * Modelled, as the checks that read instances need them (EVD-TF-199
 * metadata options, EVD-TF-067 volume encryption, EVD-TF-179 user data,
 * EVD-TF-240 `associate_public_ip_address`, passed as given, null by default):
 * - Which resource: `aws_instance.this`; `aws_instance.ignore_ami` when
 *   `ignore_ami_changes` is true (5.x, 6.x); `aws_spot_instance_request.this`
 *   when `create_spot_instance` is true (from 3.1); nothing when `create` or
 *   `putin_khuylo` is false, or (2.x) `instance_count` is 0. A switch that is
 *   unknown or passed as null leaves the resource undecided: none is modelled.
 * - `metadata_options`, whose default changed: 2.x (the argument exists from
 *   2.16, default `{}`, a block only for a non-empty map) writes no block by
 *   default; 3.x and 4.x (default `{}`, a block whenever the value is not
 *   null) and 5.x (default `{ http_endpoint = "enabled", http_tokens =
 *   "optional", … }`, a block for a non-empty map) write `http_tokens =
 *   "optional"`; the module fills a key the map leaves out (or sets to null)
 *   with "enabled", "optional" and 1. 6.x types it as an object whose
 *   `http_tokens` defaults
 *   to "required" (also the variable's default), and writes the block unless
 *   the value is null. Every version before 6 thus leaves IMDSv1 on unless the
 *   call says otherwise; from 6 it is off. A call whose version cannot be told
 *   (no pin, or a range over both sides) gets an undecided block. An explicit
 *   null writes no block in 3.x, 4.x and 6.x and fails in 2.x and 5.x
 *   (`length(null)`): undecided there.
 * - `root_block_device` and `ebs_block_device`, written by `dynamic` blocks over
 *   a list of maps in 2.7 to 5.x (`encrypted`, `kms_key_id`, `snapshot_id`,
 *   `device_name`, sizes and types passed on when given); in 6.x
 *   `root_block_device` is one object (a block unless null) and
 *   `ebs_block_device` is gone: each entry of the `ebs_volumes` map becomes
 *   `aws_ebs_volume.this["<key>"]` (with `encrypted`, `kms_key_id`,
 *   `snapshot_id`, `size`, `type` defaulting to gp3), attached to the
 *   instance. A value or entry that is unknown or of the other generation's
 *   shape (which Terraform rejects) leaves the blocks a `dynamic` whose
 *   content is not known. A 2.x pin that admits 2.0 to 2.6 (`~> 2.0`) passes
 *   `encrypted` only in some of its releases: a given value is then unknown.
 * - `user_data` and `user_data_base64`, passed unchanged to every resource.
 * - `ami`: the call's `ami`; else the AMI the module reads from the SSM
 *   parameter `ami_ssm_parameter` (the one given, or the default: Amazon
 *   Linux 2 in 5.x, Amazon Linux 2023 from 6.0), written as EC2's
 *   `resolve:ssm:<parameter>` form of the same lookup, so that an instance
 *   launched from Amazon Linux 2023 without metadata options is judged as EC2
 *   launches it (tokens required). Left out for 2.x to 4.x calls that give
 *   neither (no Amazon Linux 2023 default there), unknown without a version.
 * - `launch_template`, a block when given (its metadata options then apply).
 *
 * Which generation a call without a pinned major uses is told by its
 * arguments where they exist in only one (Terraform rejects an argument the
 * module does not declare): `ebs_volumes`, `region`, the security group
 * arguments and a `root_block_device` object are 6.x; `ebs_block_device`,
 * `cpu_core_count` and a `root_block_device` list are before 6;
 * `instance_count`, `subnet_ids` and the other count-era arguments are 2.x.
 *
 * Not modelled: the IAM role and instance profile, the security group and
 * rules (6.x), the Elastic IP, network interfaces, the spot request's own
 * arguments, `aws_volume_attachment`, and calls of `//wrappers` (one module per
 * `items` entry). The real addresses carry the module's count index
 * (`aws_instance.this[0]`); with `instance_count` > 1 (2.x) the instances,
 * alike but for subnet and address, are modelled as one `aws_instance.this`.
 */
import type { HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import {
  Inputs,
  instanceName,
  knownObject,
  numeric,
  passedNull,
  releasedSince,
  ResourceBuilder,
  switchOf,
  undecided,
  written,
  type JsonObject,
  type ModuleCall,
  type ModuleModel,
  type SyntheticResource,
} from './model.js';

const INSTANCE = 'aws_instance';
const SPOT_REQUEST = 'aws_spot_instance_request';
const VOLUME = 'aws_ebs_volume';

/** The major version a call uses (2 to 6), 'legacy' for one before 6 whose major is not told, undefined when nothing tells. */
type Era = number | 'legacy' | undefined;

/** Arguments only 6.x declares (docs/UPGRADE-6.0.md, variables.tf of 6.x). */
const FROM_V6: readonly string[] = [
  'ebs_volumes',
  'region',
  'enable_primary_ipv6',
  'host_resource_group_arn',
  'instance_market_options',
  'placement_partition_number',
  'create_security_group',
  'security_group_name',
  'security_group_use_name_prefix',
  'security_group_description',
  'security_group_vpc_id',
  'security_group_tags',
  'security_group_egress_rules',
  'security_group_ingress_rules',
];

/** Arguments 6.0 removed (docs/UPGRADE-6.0.md). */
const BEFORE_V6: readonly string[] = ['ebs_block_device', 'cpu_core_count', 'cpu_threads_per_core'];

/** Arguments of the count-era 2.x only (3.0 removed `instance_count` and what went with it). */
const V2_ONLY: readonly string[] = ['instance_count', 'subnet_ids', 'private_ips', 'use_num_suffix', 'num_suffix_format'];

/** Arguments declared only by releases after 2.7 (2.11 to 2.20 per the CHANGELOG, or 3.0 and later). */
const AFTER_2_7: readonly string[] = [
  'metadata_options',
  'user_data_base64',
  'num_suffix_format',
  'cpu_core_count',
  'cpu_threads_per_core',
  'create',
  'create_spot_instance',
  'hibernation',
  'capacity_reservation_specification',
  'enable_volume_tags',
  'launch_template',
  'enclave_options_enabled',
  'secondary_private_ips',
  'host_id',
  'timeouts',
  'user_data_replace_on_change',
  'ignore_ami_changes',
  'ami_ssm_parameter',
  'create_iam_instance_profile',
  'putin_khuylo',
];

/** The default of `ami_ssm_parameter` (variables.tf): Amazon Linux 2 before 6.0, Amazon Linux 2023 from it. */
const AMAZON_LINUX_2 = '/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2';
const AMAZON_LINUX_2023 = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

function era(call: ModuleCall, inputs: Inputs): Era {
  if (call.major !== undefined) return call.major;
  const root = inputs.get(['root_block_device']);
  // A root_block_device given as one object is 6.x's; a list of maps is older.
  if (FROM_V6.some((name) => written(call, name)) || knownObject(root) !== undefined) return 6;
  if (V2_ONLY.some((name) => written(call, name))) return 2;
  if (BEFORE_V6.some((name) => written(call, name)) || Array.isArray(root)) return 'legacy';
  return undefined;
}

/**
 * Whether the module passes a volume entry's `encrypted` and `kms_key_id` on:
 * true from 2.7 (CHANGELOG; 2.x pins below it are not modelled), undefined
 * for a call that may be an older 2.x release (a `~> 2.0` pin, or no pin and
 * no argument of a later release).
 */
function passesEncryption(call: ModuleCall, era: Era): true | undefined {
  if (typeof era === 'number' && era >= 3) return true;
  if (era === undefined) return true;
  if (AFTER_2_7.some((name) => written(call, name))) return true;
  if (era === 2 && releasedSince(call, [2, 7]) === true) return true;
  return undefined;
}

/** What the module writes as the `metadata_options` block. */
type Metadata =
  | { readonly kind: 'none' }
  | { readonly kind: 'undecided' }
  | { readonly kind: 'block'; readonly block: JsonObject; readonly keyOrigins: ReadonlyArray<readonly [string, ValuePath]>; readonly from?: ValuePath };

const NO_BLOCK: Metadata = { kind: 'none' };
const UNDECIDED: Metadata = { kind: 'undecided' };

/** The keys the module fills when the map leaves them out, before 6 (lookup/try defaults) and from 6 (optional() defaults). */
function filledDefaults(major: Era, call: ModuleCall): JsonObject {
  const tokens: HclValue = major === 6 ? 'required' : major === undefined ? undecided(call, 'http_tokens (default "optional" before module version 6, "required" from it)') : 'optional';
  return { http_endpoint: 'enabled', http_tokens: tokens, http_put_response_hop_limit: 1 };
}

function metadataOptions(call: ModuleCall, inputs: Inputs, major: Era): Metadata {
  const found = inputs.lookup(['metadata_options']);
  if (passedNull(call, 'metadata_options')) {
    // 3.x, 4.x and 6.x: `var.metadata_options != null ? [...] : []`; 2.x and 5.x call length() or keys() on it and fail.
    return major === 3 || major === 4 || major === 6 ? NO_BLOCK : UNDECIDED;
  }
  if (!found.present) {
    if (major === undefined) return UNDECIDED;
    if (major === 2) return NO_BLOCK;
    return { kind: 'block', block: filledDefaults(major, call), keyOrigins: [] };
  }
  const value = knownObject(found.value);
  if (value === undefined) return UNDECIDED;
  // A key set to null is the key left out: 6.x's optional() default replaces it; before 6 the provider then
  // applies "optional", as the module's own fill does.
  const keys = Object.keys(value).filter((key) => value[key] !== null);
  if (keys.length === 0) {
    // `{}`: no block where the module tests its length (2.x, 5.x), a block of defaults where it tests for null (3.x, 4.x, 6.x).
    if (major === undefined) return UNDECIDED;
    if (major === 3 || major === 4 || major === 6) return { kind: 'block', block: filledDefaults(major, call), keyOrigins: [], from: ['metadata_options'] };
    return NO_BLOCK;
  }
  const block: JsonObject = { ...filledDefaults(major, call) };
  const keyOrigins: Array<readonly [string, ValuePath]> = [];
  for (const key of keys) {
    block[key] = value[key]!;
    keyOrigins.push([key, ['metadata_options', key]]);
  }
  return { kind: 'block', block, keyOrigins, from: ['metadata_options'] };
}

function setMetadata(builder: ResourceBuilder, inputs: Inputs, metadata: Metadata): void {
  if (metadata.kind === 'none') return;
  if (metadata.kind === 'undecided') {
    builder.dynamicBlock('metadata_options', inputs.get(['metadata_options']) ?? null, ['metadata_options']);
    return;
  }
  builder.set('metadata_options', [metadata.block], metadata.from);
  for (const [key, from] of metadata.keyOrigins) builder.origin(['metadata_options', 0, key], from);
}

/** The keys of a volume entry the module passes to the block (lookup/try of each in main.tf). */
const ROOT_KEYS: readonly string[] = ['delete_on_termination', 'encrypted', 'iops', 'kms_key_id', 'volume_size', 'volume_type', 'throughput'];
const EBS_KEYS: readonly string[] = ['device_name', ...ROOT_KEYS, 'snapshot_id'];
const ENCRYPTION_KEYS: ReadonlySet<string> = new Set(['encrypted', 'kms_key_id']);

/**
 * One block from a volume entry (a map): each key the module passes, read
 * under its name in the entry (6.x reads `size` and `type` for
 * `volume_size` and `volume_type`), the encryption keys passed on only when
 * `encryption` is true (unknown when undecided). `given` pairs each key of
 * the block with the entry's key it came from.
 */
function volumeBlock(
  call: ModuleCall,
  entry: JsonObject,
  keys: readonly string[],
  encryption: true | undefined,
  sourceOf: Readonly<Record<string, string>> = {},
): { block: JsonObject; given: Array<readonly [string, string]> } {
  const block: JsonObject = {};
  const given: Array<readonly [string, string]> = [];
  for (const key of keys) {
    const source = sourceOf[key] ?? key;
    const value = entry[source];
    if (value === undefined || value === null) continue;
    block[key] = ENCRYPTION_KEYS.has(key) && encryption !== true ? undecided(call, `${key} (passed on from module version 2.7)`) : value;
    given.push([key, source]);
  }
  return { block, given };
}

/** The blocks `name` that `dynamic "<name>" { for_each = var.<name> }` writes from a list of maps (2.7 to 5.x). */
function setDeviceList(call: ModuleCall, builder: ResourceBuilder, inputs: Inputs, name: string, keys: readonly string[], encryption: true | undefined): void {
  const value = inputs.get([name]);
  if (value === undefined) return;
  const entries = Array.isArray(value) ? value.map(knownObject) : undefined;
  if (entries === undefined || entries.some((entry) => entry === undefined)) {
    builder.dynamicBlock(name, value, [name]);
    return;
  }
  if (entries.length === 0) return;
  const blocks = (entries as JsonObject[]).map((entry) => volumeBlock(call, entry, keys, encryption));
  builder.set(name, blocks.map(({ block }) => block), [name]);
  blocks.forEach(({ given }, i) => {
    builder.origin([name, i], [name, i]);
    for (const [key, source] of given) builder.origin([name, i, key], [name, i, source]);
  });
}

/** 6.x's `root_block_device`, one object: `dynamic "root_block_device" { for_each = var.root_block_device != null ? [var.root_block_device] : [] }`. */
function setRootObject(call: ModuleCall, builder: ResourceBuilder, inputs: Inputs): void {
  const value = inputs.get(['root_block_device']);
  if (value === undefined) return;
  const root = knownObject(value);
  if (root === undefined) {
    builder.dynamicBlock('root_block_device', value, ['root_block_device']);
    return;
  }
  const { block, given } = volumeBlock(call, root, ROOT_KEYS, true, { volume_size: 'size', volume_type: 'type' });
  builder.set('root_block_device', [block], ['root_block_device']);
  builder.origin(['root_block_device', 0], ['root_block_device']);
  for (const [key, source] of given) builder.origin(['root_block_device', 0, key], ['root_block_device', source]);
}

/** The AMI the resource gets (see the header), or undefined when the module leaves it to a data source that cannot be told. */
function ami(call: ModuleCall, inputs: Inputs, major: Era): { value: HclValue; from?: ValuePath } | undefined {
  const given = inputs.lookup(['ami']);
  if (given.present) return { value: given.value, from: ['ami'] };
  const parameter = inputs.lookup(['ami_ssm_parameter']);
  if (parameter.present) {
    return { value: typeof parameter.value === 'string' ? `resolve:ssm:${parameter.value}` : undecided(call, 'the AMI read from ami_ssm_parameter'), from: ['ami_ssm_parameter'] };
  }
  if (major === 6) return { value: `resolve:ssm:${AMAZON_LINUX_2023}` };
  if (major === 5) return { value: `resolve:ssm:${AMAZON_LINUX_2}` };
  if (major === undefined) return { value: undecided(call, 'the AMI (the default SSM parameter changed in module version 6)') };
  return undefined;
}

/** The arguments the instance, the ignore_ami instance and the spot request share. */
function instanceConfig(call: ModuleCall, inputs: Inputs, major: Era, type: string, name: string): SyntheticResource {
  const builder = new ResourceBuilder(type, name);
  const image = ami(call, inputs, major);
  if (image !== undefined) builder.set('ami', image.value, image.from);
  // associate_public_ip_address: passed as given by every version (default null, the subnet's setting).
  builder.copy(inputs, ['instance_type', 'user_data', 'user_data_base64', 'associate_public_ip_address']);
  if (major === 6) builder.copy(inputs, ['region']);

  setMetadata(builder, inputs, metadataOptions(call, inputs, major));

  if (major === 6) {
    setRootObject(call, builder, inputs);
  } else {
    const encryption = passesEncryption(call, major);
    setDeviceList(call, builder, inputs, 'root_block_device', ROOT_KEYS, encryption);
    setDeviceList(call, builder, inputs, 'ebs_block_device', EBS_KEYS, encryption);
  }

  // The instance launched from a launch template takes the template's settings where it sets none.
  const template = inputs.lookup(['launch_template']);
  if (template.present) {
    const value = knownObject(template.value);
    if (value === undefined) builder.dynamicBlock('launch_template', template.value, ['launch_template']);
    else if (Object.values(value).some((v) => v !== null)) builder.set('launch_template', [value], ['launch_template']);
  }
  return builder.build();
}

/**
 * 6.x: `aws_ebs_volume.this["<key>"]` for each `ebs_volumes` entry (`for_each =
 * var.create && var.ebs_volumes != null ? var.ebs_volumes : {}`; with
 * putin_khuylo false their attachments get no instance and the plan fails, so
 * they are modelled only with the instance's own switches on).
 */
function volumes(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  const value = knownObject(inputs.get(['ebs_volumes']));
  if (value === undefined) return [];
  const out: SyntheticResource[] = [];
  for (const [key, item] of Object.entries(value)) {
    const volume = new ResourceBuilder(VOLUME, instanceName('this', key));
    volume.copy(inputs, ['region']);
    const entry = knownObject(item);
    if (entry === undefined) {
      volume.set('encrypted', undecided(call, `the encryption of EBS volume ${key}`), ['ebs_volumes', key]);
      out.push(volume.build());
      continue;
    }
    for (const name of ['encrypted', 'kms_key_id', 'snapshot_id', 'size', 'iops', 'throughput']) {
      const item = entry[name];
      if (item !== undefined && item !== null) volume.set(name, item, ['ebs_volumes', key, name]);
    }
    const type = entry.type;
    volume.set('type', type === undefined || type === null ? 'gp3' : type, type === undefined || type === null ? undefined : ['ebs_volumes', key, 'type']);
    out.push(volume.build());
  }
  return out;
}

function expand(call: ModuleCall): SyntheticResource[] {
  // //wrappers creates one module per `items` entry: not modelled.
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  const major = era(call, inputs);
  if (typeof major === 'number' && (major < 2 || major > 6)) return [];
  // 2.0 to 2.6: t2/t3 instances are `this_t2`, volumes get no `encrypted` (CHANGELOG): not modelled.
  if (major === 2 && call.major === 2 && releasedSince(call, [2, 7]) === false) return [];

  // local.create = var.create && var.putin_khuylo (var.create alone in the releases before putin_khuylo).
  if (switchOf(call, inputs, 'create', true) !== true) return [];
  if (switchOf(call, inputs, 'putin_khuylo', true) !== true) return [];
  // 6.x: the volumes exist whichever resource the instance is (their attachment names local.instance_id).
  const out: SyntheticResource[] = major === 6 ? volumes(call, inputs) : [];
  if (major === 2) {
    const count = numeric(inputs.get(['instance_count']) ?? 1);
    if (typeof count !== 'number' || count < 1) return [];
  }

  const spot = switchOf(call, inputs, 'create_spot_instance', false);
  if (spot === true) return [instanceConfig(call, inputs, major, SPOT_REQUEST, 'this'), ...out];
  if (spot !== false) return out;
  const ignoreAmi = switchOf(call, inputs, 'ignore_ami_changes', false);
  if (ignoreAmi === undefined) return out;
  return [instanceConfig(call, inputs, major, INSTANCE, ignoreAmi ? 'ignore_ami' : 'this'), ...out];
}

export const ec2Instance: ModuleModel = {
  address: 'terraform-aws-modules/ec2-instance/aws',
  repository: 'terraform-aws-modules/terraform-aws-ec2-instance',
  outputs: {
    id: `${INSTANCE}.this.id`,
    arn: `${INSTANCE}.this.arn`,
    primary_network_interface_id: `${INSTANCE}.this.primary_network_interface_id`,
    spot_instance_id: `${SPOT_REQUEST}.this.spot_instance_id`,
  },
  expand,
};
