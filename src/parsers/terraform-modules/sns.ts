/**
 * terraform-aws-modules/sns/aws: the topic and the topic policy its arguments
 * create, read from the module's main.tf (versions 2 to 7; version 1, for
 * Terraform 0.11, split the topic in two resources and is not modelled).
 *
 * Modelled: the topic (`aws_sns_topic.this`) with `kms_master_key_id` (no
 * default: a topic without it is not encrypted at rest). Before version 5
 * the switch is `create_sns_topic` and the caller's `policy` is the topic's
 * `policy` argument. From version 5 the switch is `create`, and
 * `create_topic_policy` (default true) creates an `aws_sns_topic_policy`
 * whose document the module assembles: its default statement (enabled by
 * `enable_default_topic_policy`, for the account's own principals only, which
 * is never public), `topic_policy_statements` (the topic's ARN as the default
 * resource; a statement's conditions read from `conditions` in versions 5 and
 * 6 and from `condition` from version 7, undecided under the other key or
 * with no version pinned) and the source/override documents; with
 * `create_topic_policy = false` the caller's `topic_policy` is the topic's
 * `policy` argument (as from 5.0.1). Which arguments a call uses tells the generation when the version
 * is not pinned (Terraform rejects an argument the module does not declare).
 * Not modelled: subscriptions, delivery and data-protection policies,
 * feedback roles (no check reads them).
 */
import type { HclValue } from '../hcl/values.js';
import { Inputs, ResourceBuilder, reference, undecided, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import { eachEntry, policyDocument, statementJson, type StatementOptions } from './policy-document.js';

const TOPIC = 'aws_sns_topic';
const TOPIC_POLICY = 'aws_sns_topic_policy';

/** Arguments only versions before 5 declare. */
const BEFORE_V5: readonly string[] = [
  'create_sns_topic',
  'policy',
  'name_prefix',
  'application_failure_feedback_role_arn',
  'application_success_feedback_role_arn',
  'http_failure_feedback_role_arn',
  'http_success_feedback_role_arn',
  'lambda_failure_feedback_role_arn',
  'lambda_success_feedback_role_arn',
  'sqs_failure_feedback_role_arn',
  'sqs_success_feedback_role_arn',
];

/** Arguments only versions 5 and later declare. */
const FROM_V5: readonly string[] = [
  'create',
  'use_name_prefix',
  'topic_policy',
  'create_topic_policy',
  'source_topic_policy_documents',
  'override_topic_policy_documents',
  'enable_default_topic_policy',
  'topic_policy_statements',
  'create_subscription',
  'subscriptions',
  'application_feedback',
  'firehose_feedback',
  'http_feedback',
  'lambda_feedback',
  'sqs_feedback',
];

/** The actions of the module's default statement. */
const DEFAULT_ACTIONS: readonly string[] = [
  'sns:Subscribe',
  'sns:SetTopicAttributes',
  'sns:RemovePermission',
  'sns:Publish',
  'sns:ListSubscriptionsByTopic',
  'sns:GetTopicAttributes',
  'sns:DeleteTopic',
  'sns:AddPermission',
];

/** 'current' for versions 5 and later, 'legacy' for 2 to 4, undefined when neither the pin nor the arguments tell. */
function generation(call: ModuleCall, inputs: Inputs): 'legacy' | 'current' | undefined {
  if (call.major !== undefined) return call.major >= 5 ? 'current' : 'legacy';
  if (FROM_V5.some((name) => inputs.lookup([name]).present)) return 'current';
  if (BEFORE_V5.some((name) => inputs.lookup([name]).present)) return 'legacy';
  return undefined;
}

/** The module's default statement: every topic action, to principals of the topic owner's account only. */
function defaultStatement(call: ModuleCall): HclValue {
  const modern = call.major !== undefined && call.major >= 7;
  return {
    Sid: modern ? 'DefaultStatementID' : '__default_statement_ID',
    Effect: 'Allow',
    Action: [...DEFAULT_ACTIONS],
    Resource: reference(call, TOPIC, 'this', 'arn'),
    Principal: { AWS: '*' },
    Condition: { StringEquals: { [modern ? 'AWS:SourceAccount' : 'AWS:SourceOwner']: undecided(call, 'the account id') } },
  };
}

/** The topic policy document the module assembles (v5+), as JSON text or an unknown. */
function topicPolicy(call: ModuleCall, inputs: Inputs): HclValue {
  const major = call.major;
  const options: StatementOptions = {
    // Versions 5 and 6 read `conditions`, 7 and later `condition`; with no version, either is undecided.
    conditionKeys: major === undefined ? [] : major >= 7 ? ['condition'] : ['conditions'],
    conditionSpellings: ['condition', 'conditions'],
    sidFromKey: true,
    defaultResources: [reference(call, TOPIC, 'this', 'arn')],
  };
  const statements = eachEntry(inputs.get(['topic_policy_statements']))?.map(([key, value]) => statementJson(call, key, value, options));
  const withDefault = inputs.flag(['enable_default_topic_policy'], true);
  // An undecided default statement is left out: it is never public, and only the public ones are reported.
  const all = statements !== undefined && withDefault === true ? [defaultStatement(call), ...statements] : statements;
  return policyDocument(call, 'the topic policy', {
    statements: all,
    source: inputs.get(['source_topic_policy_documents']),
    override: inputs.get(['override_topic_policy_documents']),
    unknownsInText: true,
  });
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  if (call.submodule !== '') return [];
  if (call.major !== undefined && call.major < 2) return [];
  if (inputs.flag(['create'], true) !== true || inputs.flag(['create_sns_topic'], true) !== true) return [];
  const era = generation(call, inputs);

  const topic = new ResourceBuilder(TOPIC).copy(inputs, ['name', 'name_prefix', 'display_name', 'fifo_topic', 'kms_master_key_id', 'tags']);
  const resources: SyntheticResource[] = [];
  let policyResource: SyntheticResource | undefined;
  if (era === 'legacy') {
    const policy = inputs.lookup(['policy']);
    if (policy.present && policy.value !== '') topic.set('policy', policy.value, ['policy']);
  } else if (era === 'current') {
    const create = inputs.flag(['create_topic_policy'], true);
    const external = inputs.lookup(['topic_policy']);
    if (create === false) {
      if (external.present) topic.set('policy', external.value, ['topic_policy']);
    } else if (create === undefined) {
      if (external.present) topic.set('policy', undecided(call, 'the topic policy (create_topic_policy is not known)'), ['topic_policy']);
    } else {
      const from = ['topic_policy_statements', 'source_topic_policy_documents', 'override_topic_policy_documents'].find((name) => inputs.lookup([name]).present);
      policyResource = new ResourceBuilder(TOPIC_POLICY)
        .set('arn', reference(call, TOPIC, 'this', 'arn'))
        .set('policy', topicPolicy(call, inputs), from === undefined ? undefined : [from])
        .build();
    }
  }
  resources.push(topic.build());
  if (policyResource !== undefined) resources.push(policyResource);
  return resources;
}

export const sns: ModuleModel = {
  address: 'terraform-aws-modules/sns/aws',
  repository: 'terraform-aws-modules/terraform-aws-sns',
  outputs: {
    topic_arn: `${TOPIC}.this.arn`,
    topic_id: `${TOPIC}.this.id`,
    topic_name: `${TOPIC}.this.name`,
    // Versions 3 and 4, and 2.
    sns_topic_arn: `${TOPIC}.this.arn`,
    sns_topic_id: `${TOPIC}.this.id`,
    sns_topic_name: `${TOPIC}.this.name`,
    this_sns_topic_arn: `${TOPIC}.this.arn`,
  },
  expand,
};
