// Calls of terraform-aws-modules/sqs and terraform-aws-modules/sns modelled
// as the queues, topics and policies the modules create
// (src/parsers/terraform-modules/sqs.ts, sns.ts, policy-document.ts):
// defaults per major version, the policy documents the modules assemble,
// unknowns, nothing for calls that create nothing, and locations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, createdResources as resources, isUnknown, loadModule as module, locatedLine as line } from '../helpers/terraform-modules.js';

/** The statements of a policy argument rendered as JSON text. */
function statements(policy: unknown): Array<Record<string, unknown>> {
  assert.equal(typeof policy, 'string', `policy is ${JSON.stringify(policy)}`);
  return (JSON.parse(policy as string) as { Statement: Array<Record<string, unknown>> }).Statement;
}

describe('terraform-modules: which messaging sources are modelled', () => {
  it('reads the registry addresses and the GitHub repositories of both modules', () => {
    assert.equal(modelOf('terraform-aws-modules/sqs/aws')?.model.address, 'terraform-aws-modules/sqs/aws');
    assert.equal(modelOf('git::https://github.com/terraform-aws-modules/terraform-aws-sqs.git?ref=v4.2.1')?.ref?.major, 4);
    assert.equal(modelOf('terraform-aws-modules/sns/aws')?.model.address, 'terraform-aws-modules/sns/aws');
    assert.equal(modelOf('github.com/terraform-aws-modules/terraform-aws-sns')?.model.address, 'terraform-aws-modules/sns/aws');
  });
});

const SQS_CALLS = `module "orders" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "4.2.1"

  name              = "orders"
  kms_master_key_id = aws_kms_key.k.arn

  create_dlq = true

  create_queue_policy = true
  queue_policy_statements = {
    topic = {
      actions    = ["sqs:SendMessage"]
      principals = [{ type = "Service", identifiers = ["sns.amazonaws.com"] }]
      conditions = [{ test = "ArnEquals", variable = "aws:SourceArn", values = [aws_sns_topic.t.arn] }]
    }
  }
}

module "v3" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 3.5"
  name    = "v3"
  policy  = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:*", Resource = "*" }] })
}

module "v3_any" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 3.0"
}

module "v2" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "2.1.0"
}

module "unpinned" {
  source = "terraform-aws-modules/sqs/aws"
}

module "unpinned_v4" {
  source     = "terraform-aws-modules/sqs/aws"
  create_dlq = true

  dlq_sqs_managed_sse_enabled = false
}

module "billing" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 4.0"

  sqs_managed_sse_enabled = false

  create_queue_policy     = true
  queue_policy_statements = var.statements

  create_dlq              = true
  create_dlq_queue_policy = true
  dlq_queue_policy_statements = [{
    effect     = "Allow"
    actions    = ["sqs:ReceiveMessage"]
    principals = [{ type = "*", identifiers = ["*"] }]
  }]
}

module "off" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "4.2.1"
  create  = false
}

module "maybe" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "4.2.1"
  create  = var.create
}

module "maybe_dlq" {
  source     = "terraform-aws-modules/sqs/aws"
  version    = "4.2.1"
  create_dlq = var.create_dlq

  create_queue_policy = var.with_policy
}

module "v1" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "1.2.1"
}

module "v3_old" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-sqs.git?ref=v3.2.0"
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = module.orders.queue_arn
  function_name    = "orders"
}
`;

describe('terraform-modules: terraform-aws-modules/sqs', () => {
  const parsed = module(SQS_CALLS);

  it('creates the queue, its policy and its dead-letter queue as terraform plan addresses them', () => {
    assert.deepEqual(ids(parsed, 'module.orders'), [
      'module.orders.aws_sqs_queue.this',
      'module.orders.aws_sqs_queue_policy.this',
      'module.orders.aws_sqs_queue.dlq',
    ]);
    assert.deepEqual(ids(parsed, 'module.billing'), [
      'module.billing.aws_sqs_queue.this',
      'module.billing.aws_sqs_queue_policy.this',
      'module.billing.aws_sqs_queue.dlq',
      'module.billing.aws_sqs_queue_policy.dlq',
    ]);
  });

  it('creates nothing when create is false or unknown, and does not model version 1', () => {
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.maybe'), []);
    assert.deepEqual(ids(parsed, 'module.v1'), []);
  });

  it('leaves out the dead-letter queue and the policies whose switch is unknown', () => {
    assert.deepEqual(ids(parsed, 'module.maybe_dlq'), ['module.maybe_dlq.aws_sqs_queue.this']);
  });

  it('names the key, and leaves sqs_managed_sse_enabled out when a key is named', () => {
    const queue = config(parsed, 'module.orders.aws_sqs_queue.this');
    assert.deepEqual(queue.kms_master_key_id, { __unknown__: 'aws_kms_key.k.arn', refs: ['aws_kms_key.k.arn'] });
    assert.equal('sqs_managed_sse_enabled' in queue, false);
    // The dead-letter queue inherits the key (coalesce(dlq_kms_master_key_id, kms_master_key_id)).
    assert.deepEqual(config(parsed, 'module.orders.aws_sqs_queue.dlq').kms_master_key_id, queue.kms_master_key_id);
  });

  it('applies the sqs_managed_sse_enabled default of the version: false from 3.4, absent before, true from 4, unknown when not told', () => {
    assert.equal(config(parsed, 'module.v3.aws_sqs_queue.this').sqs_managed_sse_enabled, false);
    assert.ok(isUnknown(config(parsed, 'module.v3_any.aws_sqs_queue.this').sqs_managed_sse_enabled));
    assert.equal('sqs_managed_sse_enabled' in config(parsed, 'module.v2.aws_sqs_queue.this'), false);
    assert.equal('sqs_managed_sse_enabled' in config(parsed, 'module.v3_old.aws_sqs_queue.this'), false);
    assert.ok(isUnknown(config(parsed, 'module.unpinned.aws_sqs_queue.this').sqs_managed_sse_enabled));
    assert.equal(config(parsed, 'module.maybe_dlq.aws_sqs_queue.this').sqs_managed_sse_enabled, true);
    // No pin, but create_dlq exists only from version 4.
    assert.equal(config(parsed, 'module.unpinned_v4.aws_sqs_queue.this').sqs_managed_sse_enabled, true);
  });

  it('encrypts the dead-letter queue with SQS-managed keys unless dlq_sqs_managed_sse_enabled is false', () => {
    assert.equal(config(parsed, 'module.unpinned_v4.aws_sqs_queue.dlq').sqs_managed_sse_enabled, false);
    // The main queue's false does not carry over: dlq_sqs_managed_sse_enabled defaults to true.
    assert.equal(config(parsed, 'module.billing.aws_sqs_queue.this').sqs_managed_sse_enabled, false);
    assert.equal(config(parsed, 'module.billing.aws_sqs_queue.dlq').sqs_managed_sse_enabled, true);
  });

  it('passes the policy argument of versions before 4 to the queue', () => {
    assert.deepEqual(
      statements(config(parsed, 'module.v3.aws_sqs_queue.this').policy).map((s) => s.Principal),
      ['*'],
    );
  });

  it('assembles the queue policy from the statements, with the queue ARN as default resource; an unknown list makes it unknown', () => {
    const policy = config(parsed, 'module.orders.aws_sqs_queue_policy.this');
    assert.deepEqual(policy.queue_url, { __unknown__: 'module.orders.aws_sqs_queue.this.url', refs: ['module.orders.aws_sqs_queue.this.url'] });
    assert.deepEqual(statements(policy.policy), [
      {
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: { __unknown__: 'module.orders.aws_sqs_queue.this.arn', refs: ['module.orders.aws_sqs_queue.this.arn'] },
        Principal: { Service: 'sns.amazonaws.com' },
        Condition: { ArnEquals: { 'aws:SourceArn': { __unknown__: 'aws_sns_topic.t.arn', refs: ['aws_sns_topic.t.arn'] } } },
      },
    ]);
    assert.ok(isUnknown(config(parsed, 'module.billing.aws_sqs_queue_policy.this').policy));
    const dlq = statements(config(parsed, 'module.billing.aws_sqs_queue_policy.dlq').policy);
    assert.deepEqual(dlq.map((s) => [s.Effect, s.Principal, s.Action]), [['Allow', '*', 'sqs:ReceiveMessage']]);
    assert.deepEqual((dlq[0]!.Resource as Record<string, unknown>).refs, ['module.billing.aws_sqs_queue.dlq.arn']);
  });

  it('lets an output of a call name the queue it creates', () => {
    const mapping = resources(parsed).find((r) => r.id === 'aws_lambda_event_source_mapping.orders')!;
    assert.deepEqual((mapping.config as Record<string, unknown>).event_source_arn, {
      __unknown__: 'module.orders.queue_arn',
      refs: ['module.orders.aws_sqs_queue.this.arn', 'module.orders.queue_arn'],
    });
  });

  it('locates a value at the call argument it came from, and the rest at the call', () => {
    assert.equal(line(parsed, 'module.orders.aws_sqs_queue.this', ['config', 'kms_master_key_id']), 6);
    assert.equal(line(parsed, 'module.orders.aws_sqs_queue.dlq', ['config', 'kms_master_key_id']), 6);
    assert.equal(line(parsed, 'module.orders.aws_sqs_queue_policy.this', ['config', 'policy']), 11);
    assert.equal(line(parsed, 'module.v3.aws_sqs_queue.this', ['config', 'policy']), 24);
    assert.equal(line(parsed, 'module.v3.aws_sqs_queue.this', ['config', 'sqs_managed_sse_enabled']), 20);
    assert.equal(line(parsed, 'module.billing.aws_sqs_queue.this', ['config', 'sqs_managed_sse_enabled']), 52);
    assert.equal(line(parsed, 'module.unpinned_v4.aws_sqs_queue.dlq', ['config', 'sqs_managed_sse_enabled']), 45);
    assert.equal(line(parsed, 'module.billing.aws_sqs_queue_policy.dlq', ['config', 'policy']), 59);
  });
});

const SNS_CALLS = `module "alerts" {
  source  = "terraform-aws-modules/sns/aws"
  version = "6.1.2"

  name              = "alerts"
  kms_master_key_id = "alias/clinic"

  topic_policy_statements = {
    pub = {
      actions    = ["sns:Subscribe"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
    }
  }
}

module "external" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 6.0"

  create_topic_policy = false
  topic_policy        = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" }] })
}

module "v4" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 4.0"
  name    = "v4"
  policy  = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sns:Publish", Resource = "*" }] })
}

module "merged" {
  source  = "terraform-aws-modules/sns/aws"
  version = "7.0.0"

  enable_default_topic_policy = false
  source_topic_policy_documents = [jsonencode({
    Statement = [
      { Sid = "Open", Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" },
      { Sid = "Keep", Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sns:Publish", Resource = "*" },
    ]
  })]
  topic_policy_statements = {
    Open = {
      actions    = ["sns:Publish"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
      condition  = [{ test = "StringEquals", variable = "aws:PrincipalOrgID", values = ["o-clinic"] }]
    }
  }
}

module "maybe_policy" {
  source              = "terraform-aws-modules/sns/aws"
  version             = "6.1.2"
  create_topic_policy = var.with_policy
  topic_policy        = var.policy
}

module "unpinned" {
  source = "terraform-aws-modules/sns/aws"
  name   = "unpinned"
}

module "off" {
  source  = "terraform-aws-modules/sns/aws"
  version = "6.1.2"
  create  = false
}

module "off_v4" {
  source           = "terraform-aws-modules/sns/aws"
  version          = "4.1.0"
  create_sns_topic = false
}

module "maybe" {
  source = "terraform-aws-modules/sns/aws"
  create = var.create
}
`;

describe('terraform-modules: terraform-aws-modules/sns', () => {
  const parsed = module(SNS_CALLS);

  it('creates the topic and, from version 5, the topic policy', () => {
    assert.deepEqual(ids(parsed, 'module.alerts'), ['module.alerts.aws_sns_topic.this', 'module.alerts.aws_sns_topic_policy.this']);
    assert.deepEqual(ids(parsed, 'module.external'), ['module.external.aws_sns_topic.this']);
    assert.deepEqual(ids(parsed, 'module.v4'), ['module.v4.aws_sns_topic.this']);
    // Nothing tells the generation: the topic only (the default v5 policy is never public).
    assert.deepEqual(ids(parsed, 'module.unpinned'), ['module.unpinned.aws_sns_topic.this']);
  });

  it('creates nothing when create (create_sns_topic before 5) is false or unknown', () => {
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.off_v4'), []);
    assert.deepEqual(ids(parsed, 'module.maybe'), []);
  });

  it('names the key when given, and nothing else', () => {
    assert.equal(config(parsed, 'module.alerts.aws_sns_topic.this').kms_master_key_id, 'alias/clinic');
    assert.equal('kms_master_key_id' in config(parsed, 'module.unpinned.aws_sns_topic.this'), false);
  });

  it('writes the module default statement (own account only) before the caller statements', () => {
    const list = statements(config(parsed, 'module.alerts.aws_sns_topic_policy.this').policy);
    assert.deepEqual(
      list.map((s) => [s.Sid, s.Principal]),
      [
        ['__default_statement_ID', { AWS: '*' }],
        ['pub', { AWS: '*' }],
      ],
    );
    assert.ok(isUnknown((list[0]!.Condition as Record<string, Record<string, unknown>>).StringEquals!['AWS:SourceOwner']));
    assert.equal(list[1]!.Condition, undefined);
    assert.deepEqual((list[1]!.Resource as Record<string, unknown>).refs, ['module.alerts.aws_sns_topic.this.arn']);
  });

  it('replaces a source statement with the caller statement of the same Sid', () => {
    const list = statements(config(parsed, 'module.merged.aws_sns_topic_policy.this').policy);
    assert.deepEqual(
      list.map((s) => [s.Sid, s.Principal, s.Condition ?? null]),
      [
        ['Open', { AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-clinic' } }],
        ['Keep', { Service: 's3.amazonaws.com' }, null],
      ],
    );
  });

  it('passes the caller policy to the topic before version 5, and from 5 when create_topic_policy is false', () => {
    assert.deepEqual(statements(config(parsed, 'module.v4.aws_sns_topic.this').policy)[0]!.Principal, { AWS: '*' });
    assert.equal(statements(config(parsed, 'module.external.aws_sns_topic.this').policy)[0]!.Principal, '*');
  });

  it('makes the topic policy unknown when create_topic_policy is, and creates no policy resource', () => {
    assert.deepEqual(ids(parsed, 'module.maybe_policy'), ['module.maybe_policy.aws_sns_topic.this']);
    assert.ok(isUnknown(config(parsed, 'module.maybe_policy.aws_sns_topic.this').policy));
  });

  it('locates a value at the call argument it came from, and the rest at the call', () => {
    assert.equal(line(parsed, 'module.alerts.aws_sns_topic.this', ['config', 'kms_master_key_id']), 6);
    assert.equal(line(parsed, 'module.alerts.aws_sns_topic_policy.this', ['config', 'policy']), 8);
    assert.equal(line(parsed, 'module.external.aws_sns_topic.this', ['config', 'policy']), 21);
    assert.equal(line(parsed, 'module.v4.aws_sns_topic.this', ['config', 'policy']), 28);
    assert.equal(line(parsed, 'module.unpinned.aws_sns_topic.this', []), 58);
  });
});

describe('terraform-modules: findings on messaging module calls', () => {
  it('reports through the existing checks, at the argument, and nothing on calls that create nothing or that only the pipeline decides', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'sqs.tf': SQS_CALLS, 'sns.tf': SNS_CALLS });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings
        .filter((f) => f.resource?.startsWith('module.') && f.ruleId !== 'EVD-TF-061')
        .map((f) => [f.ruleId, f.resource, f.location.file.replace(/^.*\//, ''), f.location.startLine]);
      const byOrder = (a: unknown[], b: unknown[]): number => String(a).localeCompare(String(b));
      assert.deepEqual(
        found.sort(byOrder),
        [
          ['EVD-TF-010', 'module.billing.aws_sqs_queue.this', 'sqs.tf', 52],
          ['EVD-TF-010', 'module.unpinned_v4.aws_sqs_queue.dlq', 'sqs.tf', 45],
          ['EVD-TF-010', 'module.v3.aws_sqs_queue.this', 'sqs.tf', 20],
          ['EVD-TF-062', 'module.billing.aws_sqs_queue_policy.dlq', 'sqs.tf', 59],
          ['EVD-TF-062', 'module.v3.aws_sqs_queue.this', 'sqs.tf', 24],
          ['EVD-TF-011', 'module.external.aws_sns_topic.this', 'sns.tf', 16],
          ['EVD-TF-011', 'module.maybe_policy.aws_sns_topic.this', 'sns.tf', 51],
          ['EVD-TF-011', 'module.merged.aws_sns_topic.this', 'sns.tf', 31],
          ['EVD-TF-011', 'module.unpinned.aws_sns_topic.this', 'sns.tf', 58],
          ['EVD-TF-011', 'module.v4.aws_sns_topic.this', 'sns.tf', 24],
          ['EVD-TF-062', 'module.alerts.aws_sns_topic_policy.this', 'sns.tf', 8],
          ['EVD-TF-062', 'module.external.aws_sns_topic.this', 'sns.tf', 21],
          ['EVD-TF-062', 'module.v4.aws_sns_topic.this', 'sns.tf', 28],
        ].sort(byOrder),
      );
    } finally {
      cleanup();
    }
  });
});

describe('terraform-modules: sqs arguments set to null', () => {
  // The module's variables are nullable (versions 2 and 3 predate `nullable`):
  // null reaches the module, not the default. Version 3.4+ passes it on to the
  // queue (`sqs_managed_sse_enabled = var.kms_master_key_id != null ? null :
  // var.sqs_managed_sse_enabled`), which then gets the AWS default; from
  // version 4 the dead-letter queue takes coalesce(dlq_sqs_managed_sse_enabled,
  // sqs_managed_sse_enabled).
  const TEXT = `variable "sse" {
  type    = bool
  default = null
}

module "wrapped_v3" {
  source                  = "terraform-aws-modules/sqs/aws"
  version                 = "3.5.0"
  name                    = "wrapped"
  sqs_managed_sse_enabled = var.sse
}

module "dlq_inherits" {
  source                      = "terraform-aws-modules/sqs/aws"
  version                     = "4.2.1"
  name                        = "inherits"
  sqs_managed_sse_enabled     = false
  create_dlq                  = true
  dlq_sqs_managed_sse_enabled = null
}
`;
  const parsed = module(TEXT);

  it('leaves a null sqs_managed_sse_enabled out of the queue instead of the version 3.4 default false', () => {
    assert.equal('sqs_managed_sse_enabled' in config(parsed, 'module.wrapped_v3.aws_sqs_queue.this'), false);
  });

  it("gives the dead-letter queue the queue's setting when dlq_sqs_managed_sse_enabled is null", () => {
    assert.equal(config(parsed, 'module.dlq_inherits.aws_sqs_queue.dlq').sqs_managed_sse_enabled, false);
  });

  it('reports the two unencrypted queues of the version 4 call, nothing on the version 3 call', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'sqs.tf': TEXT });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings
        .filter((f) => f.resource?.startsWith('module.') && f.ruleId !== 'EVD-TF-061')
        .map((f) => [f.ruleId, f.resource])
        .sort((a, b) => String(a).localeCompare(String(b)));
      assert.deepEqual(found, [
        ['EVD-TF-010', 'module.dlq_inherits.aws_sqs_queue.dlq'],
        ['EVD-TF-010', 'module.dlq_inherits.aws_sqs_queue.this'],
      ]);
    } finally {
      cleanup();
    }
  });
});
