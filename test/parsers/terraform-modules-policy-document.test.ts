// The policy documents that registry module models render from the caller's
// statement objects (src/parsers/terraform-modules/policy-document.ts), as the
// sqs and sns models give them: conditions read from the key the module's
// version reads (and undecided under a key it may ignore), a "*" principal
// block naming "*" read as anyone, and the merge of the data source's own
// statements with source and override documents by Sid.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadTerraform } from '../../src/parsers/terraform.js';
import { conditionJson, policyDocument } from '../../src/parsers/terraform-modules/policy-document.js';
import type { ModuleCall } from '../../src/parsers/terraform-modules/model.js';
import { unknownValue } from '../../src/parsers/hcl/values.js';
import type { NormalizedResource } from '../../src/parsers/types.js';

type Statement = Record<string, unknown>;

function policies(text: string): Map<string, unknown> {
  const result = loadTerraform('.', [{ path: 'main.tf', text }]);
  assert.deepEqual(result.errors, []);
  const resources = JSON.parse(JSON.stringify(result.documents[0]!.document.resources)) as NormalizedResource[];
  return new Map(resources.filter((r) => /_policy\./.test(r.id)).map((r) => [r.id, (r.config as Record<string, unknown>).policy]));
}

/** The statements of a policy argument rendered as JSON text. */
function statements(policy: unknown): Statement[] {
  assert.equal(typeof policy, 'string', `policy is ${JSON.stringify(policy)}`);
  return (JSON.parse(policy as string) as { Statement: Statement[] }).Statement;
}

const isUnknown = (value: unknown): boolean => typeof value === 'object' && value !== null && '__unknown__' in value;

const statement = (kind: string, conditions: string): string => `{
      actions    = ["${kind}:*"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
      ${conditions}
    }`;
const org = (key: string, value: string): string => `${key} = [{ test = "StringEquals", variable = "aws:PrincipalOrgID", values = ["${value}"] }]`;

/** A call of `source` (at `version`, unless undefined) whose one statement has `conditions` written. */
const moduleCall = (name: string, source: string, version: string | undefined, argument: string, conditions: string): string => `module "${name}" {
  source = "terraform-aws-modules/${source}/aws"
  ${version === undefined ? '' : `version = "${version}"`}
  ${source === 'sqs' ? 'create_queue_policy = true' : ''}
  ${argument} = { org = ${statement(source, conditions)} }
}
`;
const sqs = (name: string, version: string | undefined, conditions: string): string => moduleCall(name, 'sqs', version, 'queue_policy_statements', conditions);
const sns = (name: string, version: string | undefined, conditions: string): string => moduleCall(name, 'sns', version, 'topic_policy_statements', conditions);

const SQS = `${sqs('v4_condition', '4.2.1', org('condition', 'o-a'))}
${sqs('v4_conditions', '4.2.1', org('conditions', 'o-a'))}
${sqs('v5_both', '5.0.0', `${org('condition', 'o-a')}\n      conditions = [{ test = "StringEquals", variable = "aws:SourceAccount", values = ["111122223333"] }]`)}
${sqs('unpinned_condition', undefined, org('condition', 'o-a'))}
${sqs('unpinned_conditions', undefined, org('conditions', 'o-a'))}
module "anyone_and_more" {
  source              = "terraform-aws-modules/sqs/aws"
  version             = "4.2.1"
  create_queue_policy = true
  queue_policy_statements = {
    open = {
      actions    = ["sqs:SendMessage"]
      principals = [{ type = "AWS", identifiers = ["arn:aws:iam::111122223333:root"] }, { type = "*", identifiers = ["*"] }]
    }
  }
}
`;

describe('terraform-modules policy documents: conditions of terraform-aws-modules/sqs statements', () => {
  const policy = policies(SQS);
  const condition = (call: string): unknown => statements(policy.get(`module.${call}.aws_sqs_queue_policy.this`))[0]!.Condition;

  it('reads `conditions` in version 4, and leaves `condition` (which version 4 ignores) undecided rather than a restriction', () => {
    assert.deepEqual(condition('v4_conditions'), { StringEquals: { 'aws:PrincipalOrgID': 'o-a' } });
    assert.ok(isUnknown(condition('v4_condition')), JSON.stringify(condition('v4_condition')));
  });

  it('merges `condition` and `conditions` from version 5, which reads both', () => {
    assert.deepEqual(condition('v5_both'), { StringEquals: { 'aws:PrincipalOrgID': 'o-a', 'aws:SourceAccount': '111122223333' } });
  });

  it('reads `conditions` when the version is not pinned (every version reads it), and leaves `condition` undecided', () => {
    assert.deepEqual(condition('unpinned_conditions'), { StringEquals: { 'aws:PrincipalOrgID': 'o-a' } });
    assert.ok(isUnknown(condition('unpinned_condition')));
  });

  it('renders a principal block of type "*" naming "*" as anyone, whatever the other blocks name', () => {
    assert.equal(statements(policy.get('module.anyone_and_more.aws_sqs_queue_policy.this'))[0]!.Principal, '*');
  });
});

const SNS = `${sns('v6_condition', '6.1.2', org('condition', 'o-a'))}
${sns('v6_conditions', '6.1.2', org('conditions', 'o-a'))}
${sns('v7_conditions', '7.0.0', org('conditions', 'o-a'))}
${sns('unpinned_conditions', undefined, org('conditions', 'o-a'))}
module "unknown_sid" {
  source  = "terraform-aws-modules/sns/aws"
  version = "6.1.2"
  topic_policy_statements = {
    open = {
      sid        = var.sid
      actions    = ["sns:Publish"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
    }
  }
}

module "unknown_sid_with_source" {
  source  = "terraform-aws-modules/sns/aws"
  version = "6.1.2"
  source_topic_policy_documents = [jsonencode({ Statement = [{ Sid = "Keep", Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" }] })]
  topic_policy_statements = {
    open = {
      sid        = var.sid
      actions    = ["sns:Publish"]
      principals = [{ type = "AWS", identifiers = ["arn:aws:iam::111122223333:root"] }]
    }
  }
}
`;

describe('terraform-modules policy documents: conditions and Sids of terraform-aws-modules/sns statements', () => {
  const policy = policies(SNS);
  const caller = (call: string): Statement => statements(policy.get(`module.${call}.aws_sns_topic_policy.this`)).find((s) => s.Action === 'sns:*')!;

  it('reads `conditions` in versions 5 and 6 and `condition` from 7; the other key, or either without a pin, is undecided', () => {
    assert.deepEqual(caller('v6_conditions').Condition, { StringEquals: { 'aws:PrincipalOrgID': 'o-a' } });
    assert.ok(isUnknown(caller('v6_condition').Condition));
    assert.ok(isUnknown(caller('v7_conditions').Condition));
    assert.ok(isUnknown(caller('unpinned_conditions').Condition));
  });

  it('lists a statement whose Sid is unknown next to the module\'s own (Terraform rejects a repeated Sid among them)', () => {
    const list = statements(policy.get('module.unknown_sid.aws_sns_topic_policy.this'));
    assert.deepEqual(
      list.map((s) => (isUnknown(s.Sid) ? 'unknown' : s.Sid)),
      ['__default_statement_ID', 'unknown'],
    );
    assert.deepEqual(list[1]!.Principal, { AWS: '*' });
  });

  it('leaves the document unknown when a statement of unknown Sid could replace a source statement', () => {
    const merged = policy.get('module.unknown_sid_with_source.aws_sns_topic_policy.this');
    assert.ok(isUnknown(merged));
    assert.equal((merged as { partial?: unknown }).partial, undefined);
  });
});

describe('terraform-modules policy documents: policyDocument and conditionJson', () => {
  const call: ModuleCall = { id: 'module.x', source: 'terraform-aws-modules/sqs/aws', submodule: '', major: 4, inputs: {} };
  const open = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' };
  const arn = unknownValue('module.x.aws_sqs_queue.this.arn', ['module.x.aws_sqs_queue.this.arn']);

  it('gives JSON text when every part is known', () => {
    assert.deepEqual(JSON.parse(policyDocument(call, 'the queue policy', { statements: [open] }) as string), { Version: '2012-10-17', Statement: [open] });
  });

  it('gives an unknown whose partial is the document when a part is unknown, or JSON text with the sentinel in place when asked', () => {
    const statement = { ...open, Resource: arn };
    const partial = policyDocument(call, 'the queue policy', { statements: [statement] }) as { __unknown__: string; refs: string[]; partial: unknown };
    assert.ok(isUnknown(partial));
    assert.deepEqual(partial.refs, ['module.x.aws_sqs_queue.this.arn']);
    assert.deepEqual(partial.partial, { Version: '2012-10-17', Statement: [statement] });
    const text = policyDocument(call, 'the queue policy', { statements: [statement], unknownsInText: true });
    assert.deepEqual(statements(text)[0]!.Resource, { __unknown__: 'module.x.aws_sqs_queue.this.arn', refs: ['module.x.aws_sqs_queue.this.arn'] });
  });

  it('gives an unknown without partial when the statements cannot be listed', () => {
    for (const parts of [{ statements: undefined }, { statements: [open], source: unknownValue('var.documents', ['var.documents']) }, { statements: [open], override: ['not JSON'] }]) {
      const value = policyDocument(call, 'the queue policy', parts);
      assert.ok(isUnknown(value));
      assert.equal((value as { partial?: unknown }).partial, undefined);
    }
  });

  it('puts source statements first, replaced by the data source\'s own and then by override statements of the same Sid', () => {
    const source = [JSON.stringify({ Statement: [open, { Sid: 'Keep', Effect: 'Allow', Action: 'sqs:SendMessage' }] })];
    const own = { Sid: 'Open', Effect: 'Deny', Action: 'sqs:*' };
    const override = [JSON.stringify({ Statement: { Sid: 'Keep', Effect: 'Deny', Action: 'sqs:SendMessage' } })];
    assert.deepEqual(
      statements(policyDocument(call, 'the queue policy', { statements: [own], source, override })).map((s) => [s.Sid, s.Effect]),
      [
        ['Open', 'Deny'],
        ['Keep', 'Deny'],
      ],
    );
  });

  it('merges a test and variable given again as the provider does: a single value replaces, a list adds to a list only', () => {
    const block = (...values: string[]) => ({ test: 'StringEquals', variable: 'aws:SourceAccount', values });
    const merged = (...blocks: ReturnType<typeof block>[]): unknown => (conditionJson(call, [blocks]) as Record<string, Record<string, unknown>>).StringEquals!['aws:SourceAccount'];
    assert.equal(merged(block('1'), block('2')), '2');
    assert.deepEqual(merged(block('1', '2'), block('3', '4')), ['1', '2', '3', '4']);
    assert.equal(merged(block('1'), block('2', '3')), '1');
    assert.equal(conditionJson(call, [[], undefined]), undefined);
    assert.ok(isUnknown(conditionJson(call, [[block('1')], unknownValue('var.conditions', ['var.conditions'])])));
  });
});
