/**
 * terraform-aws-modules/autoscaling/aws: the launch template and, in the
 * versions that have one, the launch configuration that a call of the root
 * module creates, read from the module's main.tf, variables.tf, outputs.tf,
 * CHANGELOG.md and upgrade guides (versions 2 to 9). Only what the checks of
 * instances read is modelled: the image, the user data, the instance metadata
 * options and the block devices (EVD-TF-199, EVD-TF-067, EVD-TF-179).
 *
 * Per version (commits of terraform-aws-modules/terraform-aws-autoscaling):
 * - 2.x (Terraform 0.11; main.tf and variables.tf of 5e650f6, main.tf of
 *   d5e5703): `aws_launch_configuration.this` when `create_lc` (default true);
 *   `root_block_device` and `ebs_block_device` are the call's lists, passed as
 *   they are (encryption included); `user_data` only; no metadata options.
 * - 3.x (main.tf of 78fbe74 = 3.0/3.1, e371714 and f782612 = 3.6+;
 *   variables.tf of e371714, 27617b0): the same launch configuration
 *   (`create_lc`, default true), its blocks written by `dynamic` blocks from
 *   `list(map(string))` arguments with `lookup(…, null)`. The root block's
 *   `encrypted` is not passed in 3.0 and 3.1 (78fbe74; the CHANGELOG adds it
 *   in 3.2.0, #78), so a pin that admits both leaves it undecided;
 *   `user_data_base64` from 3.6. No metadata options in any 3.x: the
 *   instances allow IMDSv1.
 * - 4.0 to 5.0 (main.tf of 6b697c5, 488a068, 0dad8c9, f14ca13 = 4.9.0,
 *   2c2a8a9 = 5.0.0; variables.tf of 0dad8c9, 2c2a8a9): the launch
 *   configuration when `create_lc` and `aws_launch_template.this` when
 *   `create_lt`, both default false and neither tied to `create_asg`
 *   (`use_lc`/`use_lt` and the external `launch_configuration`/
 *   `launch_template` names only choose what the group uses). Both take
 *   `metadata_options` (`map(string)`, default null; `for_each =
 *   var.metadata_options != null ? […] : []`): by default no block, so IMDSv1
 *   is allowed; null is the default. The template's `user_data` is
 *   `user_data_base64` (the configuration keeps `user_data` and
 *   `user_data_base64`); its `block_device_mappings` write one `ebs` block per
 *   entry of `flatten([lookup(mapping, "ebs", [])])` (an object or a list).
 * - 5.1 and later 5.x (main.tf of 4cf8df1 = 5.1.1, eecd4f8 = 5.2.0;
 *   UPGRADE-5.0.md): launch configurations removed; the template is created
 *   when `create_launch_template` (default true; renamed from `create_lt`,
 *   not tied to `create`), `user_data` is still `user_data_base64`, and
 *   `metadata_options` is still read with `!= null`: no block by default
 *   (null in 5.0; had 5.x's default been `{}`, the block it writes would set
 *   no `http_tokens`, which the check reports the same way, at the call).
 * - 6.x to 8.x (main.tf of f9f06ae = 6.1.0, 2a9983f = 6.5.0, e3e8ef0 =
 *   6.7.0, 02251e3 and c909728 = 7.x, d85fba6 = 8.0.0; variables.tf of
 *   e3e8ef0, c909728; wrappers/main.tf of 24f781b = 8.x): the template's
 *   `user_data` is `user_data` ("The Base64-encoded user data", 6.0.0 renamed
 *   `user_data_base64`), `metadata_options` is `map(string)` with default `{}`
 *   and `for_each = length(var.metadata_options) > 0 ? […] : []`: by default
 *   no block (IMDSv1 allowed); an empty map writes none either; null fails the
 *   plan (undecided here).
 * - 9.x (main.tf of f4b8f15; variables.tf of d749c72, f4b8f15;
 *   docs/UPGRADE-9.0.md "IMDSv2 is now enforced by default"): `metadata_options`
 *   is an object whose `http_endpoint`, `http_put_response_hop_limit` and
 *   `http_tokens` default to "enabled", 1 and "required" (also inside a given
 *   object that leaves them out), with that object as the default: tokens are
 *   required unless the call says otherwise; null writes no block (IMDSv1).
 *   `block_device_mappings` entries take `ebs` as one object.
 *
 * The version comes from the pin (a `~> 5.0` pin admits 5.0 and 5.1, a `~> 3.0`
 * pin 3.0 and 3.2); the arguments a call writes narrow it further, since
 * Terraform rejects an argument the version does not declare (`create_lt`
 * exists only in 4.0 to 5.0, `create_launch_template` from 5.1, `region` in
 * 9). A resource is modelled only when every version left creates it, and a
 * value that differs between them is undecided (never reported): an unpinned
 * call with `create_launch_template = true` gets a template whose metadata
 * options are undecided (no block before 9, tokens required in 9); a call
 * whose arguments no admitted version declares creates nothing. Values are
 * located at the call argument they come from, defaults at the `module` block.
 *
 * Not modelled: the autoscaling groups (no check reads them), their schedules,
 * scaling policies, traffic source attachments and the IAM role and instance
 * profile; version 1 (built from submodules) and versions after 9, the `//wrappers` and
 * `//modules/*` calls, and the template's other arguments (network
 * interfaces, placement, tags…). The real addresses carry `[0]`
 * (`aws_launch_template.this[0]`); here they are `aws_launch_template.this`.
 */
import type { HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, knownObject, releasedSince, ResourceBuilder, switchOf, undecided, written, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const TEMPLATE = 'aws_launch_template';
const CONFIGURATION = 'aws_launch_configuration';

/**
 * The module's generations, as far as the modelled arguments differ:
 * 2.x, 3.0–3.1, 3.2–3.x, 4.0–5.0, 5.1–5.x, 6.x–8.x, 9.x.
 */
type Generation = 'v2' | 'v3.0' | 'v3.2' | 'v4' | 'v5.1' | 'v6' | 'v9';

const ALL: readonly Generation[] = ['v2', 'v3.0', 'v3.2', 'v4', 'v5.1', 'v6', 'v9'];
const BEFORE_V4: readonly Generation[] = ['v2', 'v3.0', 'v3.2'];
const WITH_CONFIGURATION: readonly Generation[] = [...BEFORE_V4, 'v4'];
const TEMPLATE_ONLY: readonly Generation[] = ['v5.1', 'v6', 'v9'];
const WITH_METADATA: readonly Generation[] = ['v4', ...TEMPLATE_ONLY];

/**
 * Arguments that only some generations declare (variables.tf of each, the
 * upgrade guides' lists of removed and renamed variables): a call that writes
 * one is of one of those generations.
 */
const DECLARED_BY: Readonly<Record<string, readonly Generation[]>> = {
  recreate_asg_when_lc_changes: BEFORE_V4,
  asg_name: BEFORE_V4,
  create_asg_with_initial_lifecycle_hook: BEFORE_V4,
  iam_instance_profile: BEFORE_V4,
  create_lt: ['v4'],
  use_lt: ['v4'],
  lt_name: ['v4'],
  lt_use_name_prefix: ['v4'],
  lt_version: ['v4'],
  use_lc: ['v4'],
  lc_use_name_prefix: ['v4'],
  create_lc: WITH_CONFIGURATION,
  create_asg: WITH_CONFIGURATION,
  lc_name: WITH_CONFIGURATION,
  launch_configuration: WITH_CONFIGURATION,
  root_block_device: WITH_CONFIGURATION,
  ebs_block_device: WITH_CONFIGURATION,
  ephemeral_block_device: WITH_CONFIGURATION,
  metadata_options: WITH_METADATA,
  block_device_mappings: WITH_METADATA,
  user_data_base64: ['v3.2', 'v4', 'v5.1'],
  user_data: ['v2', 'v3.0', 'v3.2', 'v4', 'v6', 'v9'],
  create: TEMPLATE_ONLY,
  create_launch_template: TEMPLATE_ONLY,
  launch_template_name: TEMPLATE_ONLY,
  launch_template_use_name_prefix: TEMPLATE_ONLY,
  launch_template_description: TEMPLATE_ONLY,
  launch_template_version: TEMPLATE_ONLY,
  ignore_desired_capacity_changes: TEMPLATE_ONLY,
  launch_template_id: ['v6', 'v9'],
  region: ['v9'],
};

/** The generations the call's pin admits, narrowed by the arguments it writes; empty when none is modelled. */
function generations(call: ModuleCall): Generation[] {
  let admitted: Generation[];
  switch (call.major) {
    case undefined:
      admitted = [...ALL];
      break;
    case 2:
      admitted = ['v2'];
      break;
    case 3: {
      const since = releasedSince(call, [3, 2]);
      admitted = since === true ? ['v3.2'] : since === false ? ['v3.0'] : ['v3.0', 'v3.2'];
      break;
    }
    case 4:
      admitted = ['v4'];
      break;
    case 5: {
      const since = releasedSince(call, [5, 1]);
      admitted = since === true ? ['v5.1'] : since === false ? ['v4'] : ['v4', 'v5.1'];
      break;
    }
    case 6:
    case 7:
    case 8:
      admitted = ['v6'];
      break;
    case 9:
      admitted = ['v9'];
      break;
    default:
      // Version 1 (submodules) and versions not yet released: not modelled.
      admitted = [];
  }
  for (const [name, declaring] of Object.entries(DECLARED_BY)) {
    if (written(call, name)) admitted = admitted.filter((g) => declaring.includes(g));
  }
  return admitted;
}

/** The value every generation gives (`{ value }`), or undefined when they differ. */
function agreed<T>(gens: readonly Generation[], decide: (gen: Generation) => T): { value: T } | undefined {
  const values = gens.map(decide);
  const first = JSON.stringify(values[0]);
  return values.every((value) => JSON.stringify(value) === first) ? { value: values[0]! } : undefined;
}

/** A path inside the resource's config and the call argument it came from. */
type Origin = readonly [ValuePath, ValuePath];

/** What the module writes for a nested block type: nothing, these blocks, or something the model cannot tell. */
type Blocks = { readonly kind: 'none' } | { readonly kind: 'blocks'; readonly blocks: JsonObject[]; readonly origins: readonly Origin[] } | { readonly kind: 'undecided' };

const NONE: Blocks = { kind: 'none' };
const UNDECIDED: Blocks = { kind: 'undecided' };

/** Writes a resource's blocks `name`, located at their call arguments; undefined (the versions disagree) is undecided. */
function writeBlocks(call: ModuleCall, builder: ResourceBuilder, name: string, blocks: Blocks | undefined, from: ValuePath): void {
  const decided = blocks ?? UNDECIDED;
  if (decided.kind === 'none') return;
  if (decided.kind === 'undecided') {
    builder.dynamicBlock(name, undecided(call, `the ${name} blocks`), from);
    return;
  }
  builder.set(name, decided.blocks);
  for (const [path, origin] of decided.origins) builder.origin(path, origin);
}

/** A value the module passes on with `lookup(x, key, null)` / `try(x.key, null)`: absent when missing or null. */
function given(source: JsonObject, key: string): HclValue | undefined {
  const value = source[key];
  return value === undefined || value === null ? undefined : value;
}

/**
 * Copies `keys` of `source` (the call's value at `from`) into a new block at
 * `at` in the resource; `defaults` fills what the source leaves out.
 */
function copyBlock(source: JsonObject, keys: readonly string[], at: ValuePath, from: ValuePath, origins: Origin[], defaults: JsonObject = {}): JsonObject {
  const block: JsonObject = {};
  origins.push([at, from]);
  for (const key of keys) {
    const value = given(source, key);
    if (value !== undefined) {
      block[key] = value;
      origins.push([[...at, key], [...from, key]]);
    } else if (defaults[key] !== undefined) block[key] = defaults[key]!;
  }
  return block;
}

const CONFIGURATION_METADATA_KEYS = ['http_endpoint', 'http_tokens', 'http_put_response_hop_limit'];
const TEMPLATE_METADATA_KEYS = [...CONFIGURATION_METADATA_KEYS, 'http_protocol_ipv6', 'instance_metadata_tags'];

/** Version 9's defaults (variables.tf: the object's optional() defaults and its default value). */
const REQUIRE_TOKENS: JsonObject = { http_endpoint: 'enabled', http_put_response_hop_limit: 1, http_tokens: 'required' };

/** The metadata_options block a generation writes (see the header). */
function metadataOptions(call: ModuleCall, inputs: Inputs, gen: Generation, keys: readonly string[]): Blocks {
  if (!WITH_METADATA.includes(gen)) return NONE;
  const found = inputs.get(['metadata_options']);
  // A block written in the call (`metadata_options { … }`) is read as the object its author meant.
  const value = Array.isArray(found) && found.length === 1 ? found[0] : found;
  const one = (source: JsonObject, defaults?: JsonObject): Blocks => {
    const origins: Origin[] = [];
    const block = copyBlock(source, keys, ['metadata_options', 0], ['metadata_options'], origins, defaults);
    return { kind: 'blocks', blocks: [block], origins: [[['metadata_options'], ['metadata_options']], ...origins] };
  };
  if (gen === 'v9') {
    // Null writes no block (`var.metadata_options != null`); absent is the default object.
    if (written(call, 'metadata_options') && call.inputs.metadata_options === null) return NONE;
    if (value === undefined) return { kind: 'blocks', blocks: [{ ...REQUIRE_TOKENS }], origins: [] };
    const source = knownObject(value);
    return source === undefined ? UNDECIDED : one(source, REQUIRE_TOKENS);
  }
  if (gen === 'v6') {
    // `length(var.metadata_options) > 0`: null fails the plan; the default {} writes no block.
    if (written(call, 'metadata_options') && call.inputs.metadata_options === null) return UNDECIDED;
    if (value === undefined) return NONE;
    const source = knownObject(value);
    if (source === undefined) return UNDECIDED;
    return Object.keys(source).length === 0 ? NONE : one(source);
  }
  // 4.0 to 5.x: `var.metadata_options != null` (default null); an empty map writes an empty block.
  if (value === undefined) return NONE;
  const source = knownObject(value);
  return source === undefined ? UNDECIDED : one(source);
}

/**
 * Blocks written by `dynamic "<name>" { for_each = var.<name> … }` from a list
 * of maps, each with `keys` (`lookup(item, key, null)`); `drop` lists keys the
 * module leaves out. Undecided when the list or an entry is unknown.
 */
function listBlocks(inputs: Inputs, name: string, keys: readonly string[], drop: (key: string) => boolean | undefined = () => false): Blocks {
  const value = inputs.get([name]);
  if (value === undefined) return NONE;
  const items = Array.isArray(value) ? value : knownObject(value) !== undefined ? [value] : undefined;
  if (items === undefined) return UNDECIDED;
  const blocks: JsonObject[] = [];
  const origins: Origin[] = [[[name], [name]]];
  for (const [i, item] of items.entries()) {
    const source = knownObject(item);
    if (source === undefined) return UNDECIDED;
    const from: ValuePath = Array.isArray(value) ? [name, i] : [name];
    const block = copyBlock(
      source,
      keys.filter((key) => drop(key) === false),
      [name, i],
      from,
      origins,
    );
    // A key passed by some of the versions the pin admits and dropped by others.
    for (const key of keys.filter((k) => drop(k) === undefined)) {
      if (given(source, key) !== undefined) block[key] = undecided(inputs.call, `${name}.${key} (passed by some of the versions the pin admits)`);
    }
    blocks.push(block);
  }
  return blocks.length === 0 ? NONE : { kind: 'blocks', blocks, origins };
}

const EBS_KEYS = ['delete_on_termination', 'encrypted', 'kms_key_id', 'iops', 'throughput', 'snapshot_id', 'volume_size', 'volume_type'];

/**
 * The template's block_device_mappings (4.0 to 9.x agree on what is
 * modelled): one block per entry with device_name, no_device, virtual_name
 * and one `ebs` block per object of `ebs` (an object, or before 9 also a
 * list). An unknown `ebs` is a dynamic block of its own.
 */
function blockDeviceMappings(inputs: Inputs): Blocks {
  const name = 'block_device_mappings';
  const value = inputs.get([name]);
  if (value === undefined) return NONE;
  if (!Array.isArray(value)) return UNDECIDED;
  const blocks: JsonObject[] = [];
  const origins: Origin[] = [[[name], [name]]];
  for (const [i, item] of value.entries()) {
    const source = knownObject(item);
    if (source === undefined) return UNDECIDED;
    const mapping = copyBlock(source, ['device_name', 'no_device', 'virtual_name'], [name, i], [name, i], origins);
    const ebs = given(source, 'ebs');
    if (ebs !== undefined) {
      const entries: Array<[HclValue, ValuePath]> = Array.isArray(ebs) ? ebs.map((e, j) => [e, [name, i, 'ebs', j]]) : [[ebs, [name, i, 'ebs']]];
      const volumes = entries.map(([entry]) => knownObject(entry));
      if (volumes.some((volume) => volume === undefined)) {
        mapping.dynamic = { ebs: [{ for_each: undecided(inputs.call, `the ebs block of ${name}[${i}]`), content: [{}] }] };
      } else if (volumes.length > 0) {
        mapping.ebs = volumes.map((volume, j) => copyBlock(volume!, EBS_KEYS, [name, i, 'ebs', j], entries[j]![1], origins));
      }
    }
    blocks.push(mapping);
  }
  return blocks.length === 0 ? NONE : { kind: 'blocks', blocks, origins };
}

/** A call argument passed on as a resource argument: its value and where it came from, or undefined when absent. */
function argument(inputs: Inputs, name: string): { value: HclValue; from: ValuePath } | undefined {
  const found = inputs.lookup([name]);
  return found.present ? { value: found.value, from: [name] } : undefined;
}

function launchConfiguration(call: ModuleCall, inputs: Inputs, gens: readonly Generation[]): SyntheticResource {
  // The image (for the check's Amazon Linux 2023 exception) and the user data, as given.
  const builder = new ResourceBuilder(CONFIGURATION).copy(inputs, ['image_id', 'user_data', 'user_data_base64']);
  // 3.0 and 3.1 leave the root block's `encrypted` out (78fbe74); 2.x and 3.2+ pass it.
  const rootEncrypted = agreed(gens, (g) => g !== 'v3.0');
  writeBlocks(
    call,
    builder,
    'root_block_device',
    listBlocks(inputs, 'root_block_device', ['delete_on_termination', 'encrypted', 'iops', 'throughput', 'volume_size', 'volume_type'], (key) =>
      key !== 'encrypted' ? false : rootEncrypted === undefined ? undefined : !rootEncrypted.value,
    ),
    ['root_block_device'],
  );
  writeBlocks(
    call,
    builder,
    'ebs_block_device',
    listBlocks(inputs, 'ebs_block_device', ['device_name', 'delete_on_termination', 'encrypted', 'iops', 'throughput', 'no_device', 'snapshot_id', 'volume_size', 'volume_type']),
    ['ebs_block_device'],
  );
  writeBlocks(call, builder, 'metadata_options', agreed(gens, (g) => metadataOptions(call, inputs, g, CONFIGURATION_METADATA_KEYS))?.value, ['metadata_options']);
  return builder.build();
}

function launchTemplate(call: ModuleCall, inputs: Inputs, gens: readonly Generation[]): SyntheticResource {
  const builder = new ResourceBuilder(TEMPLATE).copy(inputs, ['image_id', 'region']);
  // The template takes base64 user data, passed as given (no version encodes it): `user_data_base64` up to 5.x, `user_data` from 6.0.
  const userData = agreed(gens, (g) => argument(inputs, g === 'v4' || g === 'v5.1' ? 'user_data_base64' : 'user_data'));
  if (userData === undefined) builder.set('user_data', undecided(call, 'user_data (differs between the versions the pin admits)'));
  else if (userData.value !== undefined) builder.set('user_data', userData.value.value, userData.value.from);
  writeBlocks(call, builder, 'block_device_mappings', blockDeviceMappings(inputs), ['block_device_mappings']);
  writeBlocks(call, builder, 'metadata_options', agreed(gens, (g) => metadataOptions(call, inputs, g, TEMPLATE_METADATA_KEYS))?.value, ['metadata_options']);
  return builder.build();
}

/** Whether a generation creates the launch configuration: true, false, or undefined (an unknown or null switch). */
function createsConfiguration(call: ModuleCall, inputs: Inputs, gen: Generation): boolean | undefined {
  if (BEFORE_V4.includes(gen)) return switchOf(call, inputs, 'create_lc', true);
  if (gen === 'v4') return switchOf(call, inputs, 'create_lc', false);
  return false;
}

/** Whether a generation creates the launch template (never tied to `create`/`create_asg`). */
function createsTemplate(call: ModuleCall, inputs: Inputs, gen: Generation): boolean | undefined {
  if (gen === 'v4') return switchOf(call, inputs, 'create_lt', false);
  if (TEMPLATE_ONLY.includes(gen)) return switchOf(call, inputs, 'create_launch_template', true);
  return false;
}

function expand(call: ModuleCall): SyntheticResource[] {
  // //wrappers (one module per item) and version 1's //modules/*: not modelled.
  if (call.submodule !== '') return [];
  const gens = generations(call);
  if (gens.length === 0) return [];
  const inputs = new Inputs(call);
  const resources: SyntheticResource[] = [];
  // Created only when every version left creates it: these resources are what the checks report.
  if (gens.every((g) => createsConfiguration(call, inputs, g) === true)) resources.push(launchConfiguration(call, inputs, gens));
  if (gens.every((g) => createsTemplate(call, inputs, g) === true)) resources.push(launchTemplate(call, inputs, gens));
  return resources;
}

export const autoscaling: ModuleModel = {
  address: 'terraform-aws-modules/autoscaling/aws',
  repository: 'terraform-aws-modules/terraform-aws-autoscaling',
  outputs: {
    // 4.0 and later (outputs.tf of 6b697c5, 0503a6c).
    launch_template_id: `${TEMPLATE}.this.id`,
    launch_template_arn: `${TEMPLATE}.this.arn`,
    launch_template_name: `${TEMPLATE}.this.name`,
    launch_template_latest_version: `${TEMPLATE}.this.latest_version`,
    launch_template_default_version: `${TEMPLATE}.this.default_version`,
    // 4.0 to 5.0.
    launch_configuration_id: `${CONFIGURATION}.this.id`,
    launch_configuration_arn: `${CONFIGURATION}.this.arn`,
    launch_configuration_name: `${CONFIGURATION}.this.name`,
    // 2.x and 3.x (outputs.tf of e371714).
    this_launch_configuration_id: `${CONFIGURATION}.this.id`,
    this_launch_configuration_name: `${CONFIGURATION}.this.name`,
  },
  expand,
};
