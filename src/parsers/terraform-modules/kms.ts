/**
 * terraform-aws-modules/kms/aws: the customer managed key (`aws_kms_key`) a
 * call creates, read from the module's main.tf and variables.tf (versions 1
 * to 4).
 *
 * Modelled: the key with its rotation switch (`enable_key_rotation`, which
 * defaults to true in every version of the module, unlike the provider's
 * false), its key spec and usage (asymmetric and HMAC keys cannot rotate),
 * and its key policy: the caller's `policy` when given, otherwise the
 * document the module assembles (the account-root default statement, the
 * statements for `key_owners`, `key_administrators`, `key_users`,
 * `key_service_users` and the other principal lists, the Route 53 DNSSEC
 * statements, and the caller's `key_statements`). A key statement's
 * conditions are read from `conditions` before version 4 and from `condition`
 * from it; with no version pinned, or the other spelling, they are undecided.
 * A policy merged with `source_policy_documents` or
 * `override_policy_documents` is undecided. Not modelled: external and
 * replica keys (`create_external`, `create_replica`,
 * `create_replica_external`: nothing is created for those calls), aliases and
 * grants.
 */
import type { HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import { eachEntry, grantsToAnyone, listOf, policyDocument, statementJson, type SourcedStatement, type StatementOptions } from './policy-document.js';

const KEY = 'aws_kms_key';

/** Arguments of the call that the module passes to the key unchanged. */
const PASSED: readonly string[] = [
  'description',
  'key_usage',
  'customer_master_key_spec',
  'custom_key_store_id',
  'deletion_window_in_days',
  'is_enabled',
  'multi_region',
  'bypass_policy_lockout_safety_check',
  'rotation_period_in_days',
  'xks_key_id',
  'region',
  'tags',
];

const USER_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];
const GRANT_FOR_AWS_RESOURCE: JsonObject = { Bool: { 'kms:GrantIsForAWSResource': 'true' } };

/** The statements the module adds for each principal list: list, Sid, actions, condition. */
const PRINCIPAL_LISTS: ReadonlyArray<readonly [string, string, readonly string[], JsonObject | undefined]> = [
  ['key_owners', 'KeyOwner', ['kms:*'], undefined],
  [
    'key_administrators',
    'KeyAdministration',
    [
      'kms:Create*',
      'kms:Describe*',
      'kms:Enable*',
      'kms:List*',
      'kms:Put*',
      'kms:Update*',
      'kms:Revoke*',
      'kms:Disable*',
      'kms:Get*',
      'kms:Delete*',
      'kms:TagResource',
      'kms:UntagResource',
      'kms:ScheduleKeyDeletion',
      'kms:CancelKeyDeletion',
      'kms:ReplicateKey',
      'kms:ImportKeyMaterial',
    ],
    undefined,
  ],
  ['key_users', 'KeyUsage', USER_ACTIONS, undefined],
  ['key_service_users', 'KeyServiceUsage', ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'], GRANT_FOR_AWS_RESOURCE],
  ['key_service_roles_for_autoscaling', 'KeyServiceRolesASG', USER_ACTIONS, undefined],
  ['key_service_roles_for_autoscaling', 'KeyServiceRolesASGPersistentVol', ['kms:CreateGrant'], GRANT_FOR_AWS_RESOURCE],
  ['key_symmetric_encryption_users', 'KeySymmetricEncryption', ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'], undefined],
  ['key_hmac_users', 'KeyHMAC', ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac'], undefined],
  ['key_asymmetric_public_encryption_users', 'KeyAsymmetricPublicEncryption', ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:DescribeKey', 'kms:GetPublicKey'], undefined],
  ['key_asymmetric_sign_verify_users', 'KeyAsymmetricSignVerify', ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify'], undefined],
];

function allow(sid: string, actions: readonly string[], principal: HclValue, condition?: JsonObject): JsonObject {
  const out: JsonObject = { Sid: sid, Effect: 'Allow', Action: actions.length === 1 ? actions[0]! : [...actions], Resource: '*', Principal: principal };
  if (condition !== undefined) out.Condition = condition;
  return out;
}

/**
 * The key policy: the caller's `policy` (the module's `coalesce(var.policy,
 * …)`), else the document the module assembles; with the call argument a
 * finding on it is shown at.
 */
function keyPolicy(call: ModuleCall, inputs: Inputs): { value: HclValue; from: ValuePath | undefined } {
  const given = inputs.lookup(['policy']);
  if (given.present && given.value !== '') return { value: given.value, from: ['policy'] };

  for (const merged of ['source_policy_documents', 'override_policy_documents']) {
    const documents = inputs.get([merged]);
    if (documents !== undefined && !(Array.isArray(documents) && documents.length === 0)) {
      return { value: undecided(call, `the key policy merged with ${merged}`), from: [merged] };
    }
  }

  const statements: SourcedStatement[] = [];
  const root = undecided(call, 'the account root ARN');
  const defaultPolicy = inputs.flag(['enable_default_policy'], true);
  if (defaultPolicy === true) statements.push({ statement: allow('Default', ['kms:*'], { AWS: root }), from: ['enable_default_policy'] });
  else if (defaultPolicy === undefined) statements.push({ statement: undecided(call, 'the default key policy statement'), from: ['enable_default_policy'] });

  for (const [name, sid, actions, condition] of PRINCIPAL_LISTS) {
    const list = listOf(inputs.get([name]));
    if (list === undefined) statements.push({ statement: undecided(call, `the ${sid} statement`), from: [name] });
    else if (list.length > 0) statements.push({ statement: allow(sid, actions, { AWS: list.length === 1 ? list[0]! : list }, condition), from: [name] });
  }

  const dnssec = inputs.flag(['enable_route53_dnssec'], false);
  if (dnssec === undefined) statements.push({ statement: undecided(call, 'the Route 53 DNSSEC statements'), from: ['enable_route53_dnssec'] });
  if (dnssec === true) {
    const service = { Service: undecided(call, 'the Route 53 DNSSEC service principal') };
    statements.push({ statement: allow('Route53DnssecService', ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign'], service), from: ['enable_route53_dnssec'] });
    // Each of route53_dnssec_sources adds source-account and source-ARN conditions whose values the module computes.
    const sources = listOf(inputs.get(['route53_dnssec_sources']));
    const condition: HclValue = sources === undefined || sources.length > 0 ? undecided(call, 'the Route 53 DNSSEC grant conditions') : GRANT_FOR_AWS_RESOURCE;
    statements.push({ statement: { ...allow('Route53DnssecGrant', ['kms:CreateGrant'], service), Condition: condition }, from: ['enable_route53_dnssec'] });
  }

  const entries = eachEntry(inputs.get(['key_statements']));
  if (entries === undefined) return { value: undecided(call, 'the key policy with its key_statements'), from: ['key_statements'] };
  const major = call.major;
  const options: StatementOptions = {
    conditionKeys: major === undefined ? [] : major >= 4 ? ['condition'] : ['conditions'],
    conditionSpellings: ['conditions', 'condition'],
    sidFromKey: false,
  };
  for (const [key, value] of entries) statements.push({ statement: statementJson(call, key, value, options), from: ['key_statements', key] });

  const open = statements.find((s) => grantsToAnyone(s.statement));
  const from = open?.from ?? (entries.length > 0 ? ['key_statements'] : undefined);
  return { value: policyDocument(call, 'the key policy', { statements: statements.map((s) => s.statement) }), from };
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  // Nothing is created, or what is created cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];
  for (const other of ['create_external', 'create_replica', 'create_replica_external']) {
    if (inputs.flag([other], false) !== false) return [];
  }

  const key = new ResourceBuilder(KEY).copy(inputs, PASSED);
  const rotation = inputs.lookup(['enable_key_rotation']);
  if (rotation.present) {
    const flag = inputs.flag(['enable_key_rotation'], true);
    key.set('enable_key_rotation', flag ?? rotation.value, ['enable_key_rotation']);
  } else {
    key.set('enable_key_rotation', true);
  }
  const policy = keyPolicy(call, inputs);
  key.set('policy', policy.value, policy.from);
  return [key.build()];
}

export const kms: ModuleModel = {
  address: 'terraform-aws-modules/kms/aws',
  repository: 'terraform-aws-modules/terraform-aws-kms',
  outputs: {
    key_arn: `${KEY}.this.arn`,
    key_id: `${KEY}.this.key_id`,
    key_policy: `${KEY}.this.policy`,
  },
  expand,
};
