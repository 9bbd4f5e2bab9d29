/**
 * terraform-aws-modules/sqs/aws: the queue, the dead-letter queue and the
 * queue policies its arguments create, read from the module's main.tf
 * (versions 2 to 5; version 1, for Terraform 0.11, split the queue in two
 * resources and is not modelled).
 *
 * Modelled: the queue (`aws_sqs_queue.this`) with `kms_master_key_id` and
 * `sqs_managed_sse_enabled`, which the module leaves out when a key is named.
 * The default of `sqs_managed_sse_enabled` depends on the version: versions 2
 * to 3.3 do not have the argument (the queue gets the AWS default), 3.4 to 3.x
 * default it to false (the queue is created without encryption), 4 and later
 * to true; when the version cannot be told (no pin, a `~> 3.0` pin) it is
 * unknown. An argument set to null (a variable whose value is null) reaches
 * the module as null, not as its default: `sqs_managed_sse_enabled = null`
 * leaves the queue at the AWS default (not reported), and
 * `dlq_sqs_managed_sse_enabled = null` hands the dead-letter queue the
 * queue's setting. Before version 4 the caller's `policy` is the queue's `policy`
 * argument; from version 4 `create_queue_policy` creates an
 * `aws_sqs_queue_policy` whose document the module assembles from
 * `queue_policy_statements` and the source/override documents (the queue's
 * ARN as the default resource; a statement's conditions read from
 * `conditions` in version 4, which ignores `condition`, and from both from
 * version 5: `condition` in a call that may be version 4 makes them
 * undecided). From version 4, `create_dlq` creates the
 * dead-letter queue (`aws_sqs_queue.dlq`, encrypted with
 * `dlq_kms_master_key_id`, else `kms_master_key_id`, else SQS-managed keys
 * unless `dlq_sqs_managed_sse_enabled = false`) and `create_dlq_queue_policy`
 * its policy. Which arguments a call uses tells the generation when the
 * version is not pinned (Terraform rejects an argument the module does not
 * declare). Not modelled: redrive and redrive-allow policies, FIFO and
 * naming details (no check reads them).
 */
import type { HclValue } from '../hcl/values.js';
import { Inputs, passedNull, reference, releasedSince, ResourceBuilder, undecided, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import { eachEntry, policyDocument, statementJson, type StatementOptions } from './policy-document.js';
import type { ValuePath } from '../types.js';

const QUEUE = 'aws_sqs_queue';
const QUEUE_POLICY = 'aws_sqs_queue_policy';

/** Arguments only versions before 4 declare. */
const BEFORE_V4: readonly string[] = ['policy', 'name_prefix'];

/** Arguments only versions 4 and later declare. */
const FROM_V4: readonly string[] = [
  'use_name_prefix',
  'create_queue_policy',
  'queue_policy_statements',
  'source_queue_policy_documents',
  'override_queue_policy_documents',
  'create_dlq',
  'dlq_name',
  'dlq_kms_master_key_id',
  'dlq_sqs_managed_sse_enabled',
  'create_dlq_queue_policy',
  'dlq_queue_policy_statements',
  'source_dlq_queue_policy_documents',
  'override_dlq_queue_policy_documents',
  'create_dlq_redrive_allow_policy',
  'dlq_redrive_allow_policy',
  'dlq_tags',
];

/** 'current' for versions 4 and later, 'legacy' for 2 and 3, undefined when neither the pin nor the arguments tell. */
function generation(call: ModuleCall, inputs: Inputs): 'legacy' | 'current' | undefined {
  if (call.major !== undefined) return call.major >= 4 ? 'current' : 'legacy';
  if (FROM_V4.some((name) => inputs.lookup([name]).present)) return 'current';
  if (BEFORE_V4.some((name) => inputs.lookup([name]).present)) return 'legacy';
  return undefined;
}

/** `sqs_managed_sse_enabled` of the queue when the call does not set it: a value, or undefined when the module leaves it out. */
function defaultManagedSse(call: ModuleCall, inputs: Inputs, era: 'legacy' | 'current' | undefined): HclValue | undefined {
  if (era === 'current') return true;
  if (era === undefined) return inputs.versionedDefault('sqs_managed_sse_enabled', 4, false, true);
  // Before 4: absent up to 3.3, false from 3.4.
  if (call.major === 2) return undefined;
  if (call.major === 3) {
    const since = releasedSince(call, [3, 4]);
    if (since === true) return false;
    if (since === false) return undefined;
  }
  return undecided(call, 'sqs_managed_sse_enabled (false from module version 3.4, not set before)');
}

/** `try(coalesce(a, b), null)` over call arguments: the first one set to something other than null or "". */
function coalesced(inputs: Inputs, names: readonly string[]): { value: HclValue; from: ValuePath } | undefined {
  for (const name of names) {
    const found = inputs.lookup([name]);
    if (!found.present || found.value === '') continue;
    return { value: found.value, from: [name] };
  }
  return undefined;
}

/**
 * The queue policy the module creates from the statements, source and override
 * documents named by `prefix` (`queue` or `dlq_queue`), or undefined when the
 * switch is off or undecided.
 */
function queuePolicy(call: ModuleCall, inputs: Inputs, queueName: string, prefix: string): SyntheticResource | undefined {
  if (inputs.flag([`create_${prefix}_policy`], false) !== true) return undefined;
  const statementsName = `${prefix}_policy_statements`;
  const options: StatementOptions = {
    // Version 4 reads `conditions` only (it ignores `condition`); version 5 reads both.
    conditionKeys: call.major !== undefined && call.major >= 5 ? ['condition', 'conditions'] : ['conditions'],
    conditionSpellings: ['condition', 'conditions'],
    sidFromKey: call.major === undefined || call.major >= 5,
    defaultResources: [reference(call, QUEUE, queueName, 'arn')],
  };
  const statements = eachEntry(inputs.get([statementsName]))?.map(([key, value]) => statementJson(call, key, value, options));
  const sourceName = `source_${prefix}_policy_documents`;
  const overrideName = `override_${prefix}_policy_documents`;
  const policy = policyDocument(call, `the ${queueName === 'this' ? 'queue' : 'dead-letter queue'} policy`, {
    statements,
    source: inputs.get([sourceName]),
    override: inputs.get([overrideName]),
    unknownsInText: true,
  });
  const from = [statementsName, sourceName, overrideName].find((name) => inputs.lookup([name]).present);
  return new ResourceBuilder(QUEUE_POLICY, queueName)
    .set('queue_url', reference(call, QUEUE, queueName, 'url'))
    .set('policy', policy, from === undefined ? undefined : [from])
    .build();
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  if (call.submodule !== '') return [];
  if (call.major !== undefined && call.major < 2) return [];
  if (inputs.flag(['create'], true) !== true) return [];
  const era = generation(call, inputs);
  const resources: SyntheticResource[] = [];

  const queue = new ResourceBuilder(QUEUE).copy(inputs, ['name', 'fifo_queue', 'tags']);
  const kms = inputs.lookup(['kms_master_key_id']);
  if (kms.present) {
    // From 3.4.1 the module passes null for sqs_managed_sse_enabled when a key is named.
    queue.set('kms_master_key_id', kms.value, ['kms_master_key_id']);
  } else {
    const sse = inputs.lookup(['sqs_managed_sse_enabled']);
    if (sse.present) queue.set('sqs_managed_sse_enabled', sse.value, ['sqs_managed_sse_enabled']);
    else if (!passedNull(call, 'sqs_managed_sse_enabled')) {
      const fallback = defaultManagedSse(call, inputs, era);
      if (fallback !== undefined) queue.set('sqs_managed_sse_enabled', fallback);
    }
    // Set to null, the module passes null on (`sqs_managed_sse_enabled = var.sqs_managed_sse_enabled`,
    // or the same behind `var.kms_master_key_id != null ? null : …`): the queue gets the AWS default.
  }
  if (era !== 'current') {
    const policy = inputs.lookup(['policy']);
    if (policy.present && policy.value !== '') queue.set('policy', policy.value, ['policy']);
  }
  resources.push(queue.build());
  if (era !== 'current') return resources;

  const policy = queuePolicy(call, inputs, 'this', 'queue');
  if (policy !== undefined) resources.push(policy);

  if (inputs.flag(['create_dlq'], false) !== true) return resources;
  const dlq = new ResourceBuilder(QUEUE, 'dlq').copy(inputs, ['fifo_queue']);
  const dlqName = inputs.lookup(['dlq_name']);
  if (dlqName.present) dlq.set('name', dlqName.value, ['dlq_name']);
  const dlqKms = coalesced(inputs, ['dlq_kms_master_key_id', 'kms_master_key_id']);
  if (dlqKms !== undefined) dlq.set('kms_master_key_id', dlqKms.value, dlqKms.from);
  else {
    // coalesce(dlq_sqs_managed_sse_enabled, sqs_managed_sse_enabled): the first defaults to true;
    // set to null, the queue's own setting decides (and coalesce fails when that is null too).
    const sse = inputs.lookup(['dlq_sqs_managed_sse_enabled']);
    const queueSse = inputs.lookup(['sqs_managed_sse_enabled']);
    if (sse.present) dlq.set('sqs_managed_sse_enabled', sse.value, ['dlq_sqs_managed_sse_enabled']);
    else if (!passedNull(call, 'dlq_sqs_managed_sse_enabled')) dlq.set('sqs_managed_sse_enabled', true);
    else if (queueSse.present) dlq.set('sqs_managed_sse_enabled', queueSse.value, ['sqs_managed_sse_enabled']);
    else if (!passedNull(call, 'sqs_managed_sse_enabled')) dlq.set('sqs_managed_sse_enabled', true);
  }
  resources.push(dlq.build());
  const dlqPolicy = queuePolicy(call, inputs, 'dlq', 'dlq_queue');
  if (dlqPolicy !== undefined) resources.push(dlqPolicy);
  return resources;
}

export const sqs: ModuleModel = {
  address: 'terraform-aws-modules/sqs/aws',
  repository: 'terraform-aws-modules/terraform-aws-sqs',
  outputs: {
    queue_id: `${QUEUE}.this.id`,
    queue_arn: `${QUEUE}.this.arn`,
    queue_url: `${QUEUE}.this.url`,
    queue_name: `${QUEUE}.this.name`,
    dead_letter_queue_id: `${QUEUE}.dlq.id`,
    dead_letter_queue_arn: `${QUEUE}.dlq.arn`,
    dead_letter_queue_url: `${QUEUE}.dlq.url`,
    dead_letter_queue_name: `${QUEUE}.dlq.name`,
    // Versions 3 and 2.
    sqs_queue_id: `${QUEUE}.this.id`,
    sqs_queue_arn: `${QUEUE}.this.arn`,
    this_sqs_queue_id: `${QUEUE}.this.id`,
    this_sqs_queue_arn: `${QUEUE}.this.arn`,
  },
  expand,
};
