// The models of terraform-aws-modules/kms, eks, cloudwatch (log-group) and
// iam (iam-policy, iam-assumable-role, iam-role) in
// src/parsers/terraform-modules: the resources a call creates, their values
// (with the module's defaults per major version), what stays unknown, calls
// that create nothing, the outputs that name a created resource, and where a
// finding on a value is shown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, createdResources as resources, isUnknown, lineOf, loadModule as module } from '../helpers/terraform-modules.js';

type Statement = Record<string, unknown>;

/** The statements of a policy argument: JSON text, or the partial document of an unknown. */
function statements(policy: unknown): Statement[] {
  if (typeof policy === 'string') return (JSON.parse(policy) as { Statement: Statement[] }).Statement;
  assert.ok(isUnknown(policy), 'the policy is neither JSON nor unknown');
  const partial = (policy as { partial?: { Statement: Statement[] } }).partial;
  assert.ok(partial, 'the unknown policy has no partial document');
  return partial.Statement;
}

function bySid(policy: unknown, sid: string): Statement {
  const found = statements(policy).find((s) => s.Sid === sid);
  assert.ok(found, `no statement ${sid}`);
  return found;
}

describe('terraform-modules: which kms, eks, cloudwatch and iam sources are modelled', () => {
  it('reads the registry addresses, the submodules and GitHub sources', () => {
    const cases: Array<[string, string, string, number | undefined]> = [
      ['terraform-aws-modules/kms/aws', 'terraform-aws-modules/kms/aws', '', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-kms.git?ref=v3.1.0', 'terraform-aws-modules/kms/aws', '', 3],
      ['terraform-aws-modules/eks/aws', 'terraform-aws-modules/eks/aws', '', undefined],
      ['github.com/terraform-aws-modules/terraform-aws-eks?ref=v21.0.4', 'terraform-aws-modules/eks/aws', '', 21],
      ['terraform-aws-modules/cloudwatch/aws//modules/log-group', 'terraform-aws-modules/cloudwatch/aws', 'modules/log-group', undefined],
      ['terraform-aws-modules/iam/aws//modules/iam-role', 'terraform-aws-modules/iam/aws', 'modules/iam-role', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-iam.git//modules/iam-policy?ref=v5.44.0', 'terraform-aws-modules/iam/aws', 'modules/iam-policy', 5],
    ];
    for (const [source, address, submodule, major] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, address, source);
      assert.equal(found?.submodule, submodule, source);
      assert.equal(found?.ref?.major, major, source);
    }
  });
});

const KMS = `variable "rotate" {
  type = bool
}

module "records" {
  source  = "terraform-aws-modules/kms/aws"
  version = "3.1.0"

  key_users = ["arn:aws:iam::111122223333:role/api"]
}

module "billing" {
  source              = "terraform-aws-modules/kms/aws"
  version             = "2.2.1"
  enable_key_rotation = false
}

module "signing" {
  source                   = "terraform-aws-modules/kms/aws"
  version                  = "3.1.0"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
  enable_key_rotation      = false
}

module "pipeline" {
  source              = "terraform-aws-modules/kms/aws"
  version             = "3.1.0"
  enable_key_rotation = var.rotate
}

module "partner" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.1"

  key_statements = [
    {
      sid        = "Open"
      actions    = ["kms:Decrypt"]
      resources  = ["*"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
    },
    {
      sid        = "Limited"
      actions    = ["kms:Encrypt"]
      resources  = ["*"]
      principals = [{ type = "*", identifiers = ["*"] }]
      conditions = [{ test = "StringEquals", variable = "kms:CallerAccount", values = ["444455556666"] }]
    },
  ]
}

module "v4" {
  source  = "terraform-aws-modules/kms/aws"
  version = "4.0.0"

  key_statements = {
    Limited = {
      actions    = ["kms:Decrypt"]
      resources  = ["*"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
      condition  = [{ test = "StringEquals", variable = "kms:ViaService", values = ["s3.eu-central-1.amazonaws.com"] }]
    }
  }
}

module "unpinned" {
  source = "terraform-aws-modules/kms/aws"

  key_statements = [
    {
      actions    = ["kms:Decrypt"]
      principals = [{ type = "AWS", identifiers = ["*"] }]
      conditions = [{ test = "StringEquals", variable = "kms:CallerAccount", values = ["444455556666"] }]
    },
  ]
}

module "given" {
  source  = "terraform-aws-modules/kms/aws"
  version = "3.1.0"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }]
  })
}

module "merged" {
  source                  = "terraform-aws-modules/kms/aws"
  version                 = "3.1.0"
  source_policy_documents = [var.extra_policy]
}

module "off" {
  source              = "terraform-aws-modules/kms/aws"
  create              = false
  enable_key_rotation = false
}

module "maybe" {
  source              = "terraform-aws-modules/kms/aws"
  create              = var.create
  enable_key_rotation = false
}

module "replica" {
  source              = "terraform-aws-modules/kms/aws"
  create_replica      = true
  enable_key_rotation = false
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "app"
  kms_key_id = module.records.key_arn
}
`;

describe('terraform-modules: terraform-aws-modules/kms', () => {
  const parsed = module(KMS);
  const key = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_kms_key.this`);

  it('creates the key, and nothing when create is false or unknown or when the call creates a replica', () => {
    for (const call of ['records', 'billing', 'signing', 'pipeline', 'partner', 'v4', 'unpinned', 'given', 'merged']) {
      assert.deepEqual(ids(parsed, `module.${call}`), [`module.${call}.aws_kms_key.this`]);
    }
    for (const call of ['off', 'maybe', 'replica']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
  });

  it('rotates by default (the module\'s default, unlike the provider\'s), and keeps an explicit or unknown switch and the key spec', () => {
    assert.equal(key('records').enable_key_rotation, true);
    assert.equal(key('billing').enable_key_rotation, false);
    assert.equal(key('signing').enable_key_rotation, false);
    assert.equal(key('signing').customer_master_key_spec, 'RSA_2048');
    assert.equal(key('signing').key_usage, 'SIGN_VERIFY');
    assert.ok(isUnknown(key('pipeline').enable_key_rotation));
  });

  it('assembles the key policy: the account default statement and the principal lists', () => {
    const policy = key('records').policy;
    assert.ok(isUnknown(policy), 'the account root ARN is not known statically');
    const root = bySid(policy, 'Default');
    assert.equal(root.Action, 'kms:*');
    assert.ok(isUnknown((root.Principal as Record<string, unknown>).AWS));
    assert.deepEqual(bySid(policy, 'KeyUsage').Principal, { AWS: 'arn:aws:iam::111122223333:role/api' });
  });

  it('renders key_statements as the data source does, reading conditions from the key of the pinned version', () => {
    const policy = key('partner').policy;
    assert.deepEqual(bySid(policy, 'Open'), { Sid: 'Open', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Principal: { AWS: '*' } });
    const limited = bySid(policy, 'Limited');
    assert.equal(limited.Principal, '*');
    assert.deepEqual(limited.Condition, { StringEquals: { 'kms:CallerAccount': '444455556666' } });
    // Version 4 reads `condition`; map keys do not become Sids.
    const v4 = statements(key('v4').policy).find((s) => s.Action === 'kms:Decrypt');
    assert.deepEqual(v4?.Condition, { StringEquals: { 'kms:ViaService': 's3.eu-central-1.amazonaws.com' } });
    assert.equal(v4?.Sid, undefined);
    // No version pinned: which key holds the conditions is undecided.
    const unpinned = statements(key('unpinned').policy).find((s) => s.Action === 'kms:Decrypt');
    assert.ok(isUnknown(unpinned?.Condition));
  });

  it('uses the caller\'s policy as given, and leaves a merged policy unknown', () => {
    assert.deepEqual(statements(key('given').policy), [{ Action: 'kms:*', Effect: 'Allow', Principal: '*', Resource: '*' }]);
    const merged = key('merged').policy;
    assert.ok(isUnknown(merged));
    assert.equal((merged as { partial?: unknown }).partial, undefined);
  });

  it('lets key_arn name the key it creates', () => {
    const group = config(parsed, 'aws_cloudwatch_log_group.app');
    assert.deepEqual(group.kms_key_id, { __unknown__: 'module.records.key_arn', refs: ['module.records.aws_kms_key.this.arn', 'module.records.key_arn'] });
  });

  it('locates the rotation switch, and a public key statement at that statement', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(line('module.billing.aws_kms_key.this', ['config', 'enable_key_rotation']), lineOf(KMS, 'version             = "2.2.1"') + 1);
    assert.equal(line('module.partner.aws_kms_key.this', ['config', 'policy']), lineOf(KMS, 'sid        = "Open"') - 1);
    assert.equal(line('module.given.aws_kms_key.this', ['config', 'policy']), lineOf(KMS, 'policy = jsonencode'));
    assert.equal(line('module.records.aws_kms_key.this', ['config', 'enable_key_rotation']), lineOf(KMS, 'module "records"'));
  });
});

const EKS = `module "v20_public" {
  source                         = "terraform-aws-modules/eks/aws"
  version                        = "~> 20.8"
  cluster_name                   = "records"
  cluster_endpoint_public_access = true # opened

  iam_role_additional_policies = {
    AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess"
  }
}

module "v21" {
  source                       = "terraform-aws-modules/eks/aws"
  version                      = "21.0.4"
  name                         = "analytics"
  endpoint_public_access       = true
  endpoint_public_access_cidrs = [
    "198.51.100.0/24",
    "0.0.0.0/0",
  ]
}

module "v18" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "18.31.2"
  cluster_name = "legacy"
}

module "v20_default" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "20.8.4"
  cluster_name = "billing"
}

module "unpinned" {
  source       = "terraform-aws-modules/eks/aws"
  cluster_name = "kiosk"
}

module "unpinned_v21_names" {
  source = "terraform-aws-modules/eks/aws"
  name   = "kiosk"
}

module "pipeline" {
  source                         = "terraform-aws-modules/eks/aws"
  version                        = "~> 20.8"
  cluster_endpoint_public_access = var.public
}

module "renamed_too_early" {
  source                 = "terraform-aws-modules/eks/aws"
  version                = "20.8.4"
  endpoint_public_access = true
}

module "off" {
  source                         = "terraform-aws-modules/eks/aws"
  version                        = "~> 20.8"
  create                         = false
  cluster_endpoint_public_access = true
}

module "unknown_policies" {
  source                       = "terraform-aws-modules/eks/aws"
  version                      = "~> 20.8"
  iam_role_additional_policies = var.policies
}

resource "aws_eks_addon" "dns" {
  cluster_name = module.v20_public.cluster_name
  addon_name   = "coredns"
}
`;

describe('terraform-modules: terraform-aws-modules/eks', () => {
  const parsed = module(EKS);
  const vpc = (call: string): Record<string, unknown> => (config(parsed, `module.${call}.aws_eks_cluster.this`).vpc_config as Array<Record<string, unknown>>)[0]!;

  it('creates the cluster and the cluster role\'s additional attachments; nothing for a call Terraform rejects or that is switched off', () => {
    assert.deepEqual(ids(parsed, 'module.v20_public'), [
      'module.v20_public.aws_eks_cluster.this',
      'module.v20_public.aws_cloudwatch_log_group.this',
      'module.v20_public.aws_iam_role_policy_attachment.additional["AdministratorAccess"]',
    ]);
    assert.deepEqual(ids(parsed, 'module.v21'), ['module.v21.aws_eks_cluster.this', 'module.v21.aws_cloudwatch_log_group.this']);
    assert.deepEqual(ids(parsed, 'module.renamed_too_early'), []);
    assert.deepEqual(ids(parsed, 'module.off'), []);
    // Which policies are attached is undecided: no attachment.
    assert.deepEqual(ids(parsed, 'module.unknown_policies'), ['module.unknown_policies.aws_eks_cluster.this', 'module.unknown_policies.aws_cloudwatch_log_group.this']);
    const attachment = config(parsed, 'module.v20_public.aws_iam_role_policy_attachment.additional["AdministratorAccess"]');
    assert.equal(attachment.policy_arn, 'arn:aws:iam::aws:policy/AdministratorAccess');
  });

  it('reads the endpoint inputs of each generation, with the defaults of the pinned major version', () => {
    assert.equal(config(parsed, 'module.v20_public.aws_eks_cluster.this').name, 'records');
    assert.deepEqual(vpc('v20_public'), { endpoint_private_access: true, endpoint_public_access: true, public_access_cidrs: ['0.0.0.0/0'] });
    assert.equal(config(parsed, 'module.v21.aws_eks_cluster.this').name, 'analytics');
    assert.deepEqual(vpc('v21').public_access_cidrs, ['198.51.100.0/24', '0.0.0.0/0']);
    // Public by default before version 19, private from it.
    assert.deepEqual(vpc('v18'), { endpoint_private_access: false, endpoint_public_access: true, public_access_cidrs: ['0.0.0.0/0'] });
    assert.deepEqual(vpc('v20_default'), { endpoint_private_access: true, endpoint_public_access: false, public_access_cidrs: ['0.0.0.0/0'] });
    // No version: the default is unknown, unless the version 21 names tell the version.
    assert.ok(isUnknown(vpc('unpinned').endpoint_public_access));
    assert.equal(vpc('unpinned_v21_names').endpoint_public_access, false);
    assert.ok(isUnknown(vpc('pipeline').endpoint_public_access));
  });

  it('lets cluster_name name the cluster it creates', () => {
    assert.deepEqual(config(parsed, 'aws_eks_addon.dns').cluster_name, {
      __unknown__: 'module.v20_public.cluster_name',
      refs: ['module.v20_public.aws_eks_cluster.this.name', 'module.v20_public.cluster_name'],
    });
  });

  it('locates an open CIDR at the CIDR, a default CIDR at the public access switch, and a default at the call', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(line('module.v21.aws_eks_cluster.this', ['config', 'vpc_config', 0, 'public_access_cidrs', 1]), lineOf(EKS, '"0.0.0.0/0",'));
    assert.equal(line('module.v20_public.aws_eks_cluster.this', ['config', 'vpc_config', 0, 'public_access_cidrs', 0]), lineOf(EKS, '# opened'));
    assert.equal(line('module.v18.aws_eks_cluster.this', ['config', 'vpc_config', 0, 'public_access_cidrs', 0]), lineOf(EKS, 'module "v18"'));
    assert.equal(line('module.v20_public.aws_iam_role_policy_attachment.additional["AdministratorAccess"]', ['config', 'policy_arn']), lineOf(EKS, 'AdministratorAccess = '));
  });
});

const LOGS = `module "app" {
  source            = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version           = "~> 5.0"
  name              = "/clinic/app"
  retention_in_days = "30"
}

module "audit" {
  source            = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version           = "~> 5.0"
  name              = "/clinic/audit"
  retention_in_days = var.retention
  kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/1"
}

module "forever" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"
  name    = "/clinic/debug"
}

module "off" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"
  create  = false
}

module "alarm" {
  source     = "terraform-aws-modules/cloudwatch/aws//modules/metric-alarm"
  version    = "~> 5.0"
  alarm_name = "errors"
}

module "root" {
  source  = "terraform-aws-modules/cloudwatch/aws"
  version = "~> 5.0"
}

resource "aws_cloudwatch_log_subscription_filter" "ship" {
  name           = "ship"
  log_group_name = module.app.cloudwatch_log_group_name
}
`;

describe('terraform-modules: terraform-aws-modules/cloudwatch//modules/log-group', () => {
  const parsed = module(LOGS);

  it('creates the log group of the log-group submodule only, and nothing when create is false', () => {
    assert.deepEqual(
      resources(parsed)
        .filter((r) => r.module !== undefined)
        .map((r) => r.id),
      ['module.app.aws_cloudwatch_log_group.this', 'module.audit.aws_cloudwatch_log_group.this', 'module.forever.aws_cloudwatch_log_group.this'],
    );
    const createdBy = resources(parsed).find((r) => r.id === 'module.app.aws_cloudwatch_log_group.this')?.created_by as { module?: string } | undefined;
    assert.equal(createdBy?.module, 'terraform-aws-modules/cloudwatch/aws//modules/log-group');
  });

  it('passes retention and key through: absent stays absent (the module\'s default is none), unknown stays unknown', () => {
    assert.deepEqual(config(parsed, 'module.app.aws_cloudwatch_log_group.this'), { name: '/clinic/app', retention_in_days: 30 });
    const audit = config(parsed, 'module.audit.aws_cloudwatch_log_group.this');
    assert.ok(isUnknown(audit.retention_in_days));
    assert.equal(audit.kms_key_id, 'arn:aws:kms:eu-central-1:111122223333:key/1');
    assert.deepEqual(config(parsed, 'module.forever.aws_cloudwatch_log_group.this'), { name: '/clinic/debug' });
  });

  it('lets cloudwatch_log_group_name name the group, and locates the retention at its argument', () => {
    assert.deepEqual(config(parsed, 'aws_cloudwatch_log_subscription_filter.ship').log_group_name, {
      __unknown__: 'module.app.cloudwatch_log_group_name',
      refs: ['module.app.aws_cloudwatch_log_group.this.name', 'module.app.cloudwatch_log_group_name'],
    });
    assert.equal(parsed.locate('module.app.aws_cloudwatch_log_group.this', ['config', 'retention_in_days'])?.startLine, lineOf(LOGS, 'retention_in_days = "30"'));
    assert.equal(parsed.locate('module.forever.aws_cloudwatch_log_group.this', ['config', 'kms_key_id'])?.startLine, lineOf(LOGS, 'module "forever"'));
  });
});

const IAM = `module "admin_policy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "5.44.0"
  name    = "admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

module "policy_off_v5" {
  source        = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version       = "5.44.0"
  create_policy = false
  policy        = "{}"
}

module "policy_off_v6" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "6.0.0"
  create  = false
  policy  = "{}"
}

module "support" {
  source              = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version             = "5.44.0"
  create_role         = true
  role_name           = "support"
  attach_admin_policy = true
  custom_role_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    module.admin_policy.arn,
  ]
}

module "counted" {
  source                            = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version                           = "5.44.0"
  create_role                       = true
  custom_role_policy_arns           = var.arns
  number_of_custom_role_policy_arns = 1
}

module "not_created" {
  source                  = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version                 = "5.44.0"
  custom_role_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

module "deploy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role"
  version = "6.0.0"
  name    = "deploy"

  policies = {
    AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess"
  }

  create_inline_policy = true
  inline_policy_permissions = {
    Read = {
      actions   = ["s3:GetObject"]
      resources = ["arn:aws:s3:::reports/*"]
    }
    Everything = {
      actions   = ["*"]
      resources = ["*"]
    }
  }
}

module "pipeline" {
  source   = "terraform-aws-modules/iam/aws//modules/iam-role"
  version  = "6.0.0"
  policies = var.policies
}

module "role_off" {
  source   = "terraform-aws-modules/iam/aws//modules/iam-role"
  version  = "6.0.0"
  create   = false
  policies = { AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess" }
}

module "user" {
  source      = "terraform-aws-modules/iam/aws//modules/iam-user"
  version     = "5.44.0"
  name        = "jane"
  policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
`;

describe('terraform-modules: terraform-aws-modules/iam submodules', () => {
  const parsed = module(IAM);

  it('creates the policy, the roles and their attachments as terraform plan addresses them', () => {
    assert.deepEqual(ids(parsed, 'module.admin_policy'), ['module.admin_policy.aws_iam_policy.policy']);
    assert.deepEqual(ids(parsed, 'module.support'), [
      'module.support.aws_iam_role.this',
      'module.support.aws_iam_role_policy_attachment.custom[0]',
      'module.support.aws_iam_role_policy_attachment.custom[1]',
      'module.support.aws_iam_role_policy_attachment.admin',
    ]);
    assert.deepEqual(ids(parsed, 'module.deploy'), [
      'module.deploy.aws_iam_role.this',
      'module.deploy.aws_iam_role_policy_attachment.this["AdministratorAccess"]',
      'module.deploy.aws_iam_role_policy.inline',
    ]);
  });

  it('creates nothing when switched off, when iam-assumable-role is not asked for a role, and for other submodules', () => {
    for (const call of ['policy_off_v5', 'policy_off_v6', 'not_created', 'role_off', 'user']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
    // Unknown policies: the role, but no attachment.
    assert.deepEqual(ids(parsed, 'module.pipeline'), ['module.pipeline.aws_iam_role.this']);
  });

  it('passes the policy document and the attached ARNs through, with the module\'s default admin ARN', () => {
    assert.deepEqual(statements(config(parsed, 'module.admin_policy.aws_iam_policy.policy').policy), [{ Action: '*', Effect: 'Allow', Resource: '*' }]);
    assert.equal(config(parsed, 'module.support.aws_iam_role_policy_attachment.custom[0]').policy_arn, 'arn:aws:iam::aws:policy/ReadOnlyAccess');
    assert.deepEqual(config(parsed, 'module.support.aws_iam_role_policy_attachment.custom[1]').policy_arn, {
      __unknown__: 'module.admin_policy.arn',
      refs: ['module.admin_policy.arn', 'module.admin_policy.aws_iam_policy.policy.arn'],
    });
    assert.equal(config(parsed, 'module.support.aws_iam_role_policy_attachment.admin').policy_arn, 'arn:aws:iam::aws:policy/AdministratorAccess');
    assert.ok(isUnknown(config(parsed, 'module.counted.aws_iam_role_policy_attachment.custom[0]').policy_arn));
    assert.ok(isUnknown(config(parsed, 'module.support.aws_iam_role.this').assume_role_policy));
    assert.equal(config(parsed, 'module.support.aws_iam_role.this').name, 'support');
    assert.equal(config(parsed, 'module.deploy.aws_iam_role.this').name_prefix, 'deploy-');
  });

  it('renders the version 6 inline policy, the map key as Sid', () => {
    assert.deepEqual(statements(config(parsed, 'module.deploy.aws_iam_role_policy.inline').policy), [
      { Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' },
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
    ]);
  });

  it('locates attachments at the ARN or switch, and the inline policy at the statement that grants administration', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(line('module.support.aws_iam_role_policy_attachment.admin', ['config', 'policy_arn']), lineOf(IAM, 'attach_admin_policy = true'));
    assert.equal(line('module.support.aws_iam_role_policy_attachment.custom[1]', ['config', 'policy_arn']), lineOf(IAM, 'module.admin_policy.arn,'));
    assert.equal(line('module.deploy.aws_iam_role_policy_attachment.this["AdministratorAccess"]', ['config', 'policy_arn']), lineOf(IAM, '    AdministratorAccess = "arn'));
    assert.equal(line('module.deploy.aws_iam_role_policy.inline', ['config', 'policy']), lineOf(IAM, 'Everything = {'));
    assert.equal(line('module.admin_policy.aws_iam_policy.policy', ['config', 'policy']), lineOf(IAM, 'policy = jsonencode'));
  });
});

const EKS_LOGS = `module "v17_logs" {
  source                        = "terraform-aws-modules/eks/aws"
  version                       = "17.24.0"
  cluster_name                  = "claims"
  cluster_enabled_log_types     = ["api", "audit"]
  cluster_log_retention_in_days = 30
  cluster_log_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/1"
}

module "v17_no_types" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "17.24.0"
  cluster_name = "quiet"
}

module "v17_unknown_types" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "17.24.0"
  cluster_enabled_log_types = var.log_types
}

module "v17_off" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "17.24.0"
  create_eks                = false
  cluster_enabled_log_types = ["api"]
}

module "v18_default" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "18.31.2"
  cluster_name = "legacy"
}

module "v20_set" {
  source                                 = "terraform-aws-modules/eks/aws"
  version                                = "~> 20.8"
  cluster_name                           = "records"
  cloudwatch_log_group_retention_in_days = "400"
  cloudwatch_log_group_kms_key_id        = var.log_key
}

module "v21" {
  source                                 = "terraform-aws-modules/eks/aws"
  version                                = "21.0.4"
  name                                   = "analytics"
  cloudwatch_log_group_retention_in_days = 7 # v21
}

module "v20_off" {
  source                      = "terraform-aws-modules/eks/aws"
  version                     = "~> 20.8"
  create_cloudwatch_log_group = false
}

module "v20_maybe" {
  source                      = "terraform-aws-modules/eks/aws"
  version                     = "~> 20.8"
  create_cloudwatch_log_group = var.logs
}

module "v20_null_switch" {
  source                      = "terraform-aws-modules/eks/aws"
  version                     = "~> 20.8"
  create_cloudwatch_log_group = null
}

module "v20_forever" {
  source                                 = "terraform-aws-modules/eks/aws"
  version                                = "~> 20.8"
  cloudwatch_log_group_retention_in_days = null
}

module "cluster_off" {
  source                                 = "terraform-aws-modules/eks/aws"
  version                                = "~> 20.8"
  create                                 = false
  cloudwatch_log_group_retention_in_days = 7
}

module "unpinned" {
  source       = "terraform-aws-modules/eks/aws"
  cluster_name = "kiosk"
}

module "unpinned_types" {
  source                    = "terraform-aws-modules/eks/aws"
  cluster_enabled_log_types = ["audit"]
}

module "unpinned_v18_names" {
  source                                 = "terraform-aws-modules/eks/aws"
  cloudwatch_log_group_retention_in_days = 365
}

module "unpinned_v17_names" {
  source                        = "terraform-aws-modules/eks/aws"
  cluster_log_retention_in_days = 365
}

module "v20_with_v17_names" {
  source                        = "terraform-aws-modules/eks/aws"
  version                       = "~> 20.8"
  cluster_log_retention_in_days = 365
}

module "v18_list" {
  source  = "terraform-aws-modules/eks/aws"
  version = "18.31.2"
  iam_role_additional_policies = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    "arn:aws:iam::aws:policy/AdministratorAccess", # v18
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    var.extra_policy,
  ]
}

module "unpinned_list" {
  source                       = "terraform-aws-modules/eks/aws"
  iam_role_additional_policies = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

module "v20_list" {
  source                       = "terraform-aws-modules/eks/aws"
  version                      = "~> 20.8"
  iam_role_additional_policies = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

module "v18_map" {
  source                       = "terraform-aws-modules/eks/aws"
  version                      = "18.31.2"
  iam_role_additional_policies = { AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess" }
}

module "v18_list_no_role" {
  source                       = "terraform-aws-modules/eks/aws"
  version                      = "18.31.2"
  create_iam_role              = false
  iam_role_additional_policies = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

resource "aws_cloudwatch_log_subscription_filter" "ship" {
  name           = "ship"
  log_group_name = module.v18_default.cloudwatch_log_group_name
}
`;

describe('terraform-modules: terraform-aws-modules/eks control-plane log group and version 18 policy list', () => {
  const parsed = module(EKS_LOGS);
  const group = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_cloudwatch_log_group.this`);
  const hasGroup = (call: string): boolean => ids(parsed, `module.${call}`).includes(`module.${call}.aws_cloudwatch_log_group.this`);

  it('creates the log group by each version\'s rule: version 17 for enabled log types, from version 18 unless switched off', () => {
    for (const call of ['v17_logs', 'v18_default', 'v20_set', 'v21', 'v20_forever', 'unpinned_types', 'unpinned_v18_names']) assert.ok(hasGroup(call), call);
    // Version 17 without log types (its default is none) or with types the pipeline sets; switched off, unknown,
    // or null (an error in the module's count); the cluster not created.
    for (const call of ['v17_no_types', 'v17_unknown_types', 'v20_off', 'v20_maybe', 'v20_null_switch']) {
      assert.deepEqual(ids(parsed, `module.${call}`), [`module.${call}.aws_eks_cluster.this`], call);
    }
    for (const call of ['v17_off', 'cluster_off']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
  });

  it('leaves out a log group whose existence depends on an unpinned version, and creates nothing for a call Terraform rejects', () => {
    // Version 17 would create none (no log types), version 18 and later one.
    assert.deepEqual(ids(parsed, 'module.unpinned'), ['module.unpinned.aws_eks_cluster.this']);
    // The version 17 names tell the version: no log types, no log group.
    assert.deepEqual(ids(parsed, 'module.unpinned_v17_names'), ['module.unpinned_v17_names.aws_eks_cluster.this']);
    // A version 17 name in a version 20 call.
    assert.deepEqual(ids(parsed, 'module.v20_with_v17_names'), []);
  });

  it('reads retention and key from the call or the version\'s defaults (90 days, no key)', () => {
    assert.deepEqual(group('v17_logs'), { name: '/aws/eks/claims/cluster', retention_in_days: 30, kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/1' });
    assert.deepEqual(group('v18_default'), { name: '/aws/eks/legacy/cluster', retention_in_days: 90 });
    const v20 = group('v20_set');
    assert.equal(v20.retention_in_days, 400);
    assert.ok(isUnknown(v20.kms_key_id));
    assert.deepEqual(group('v21'), { name: '/aws/eks/analytics/cluster', retention_in_days: 7 });
    // The same defaults in every version: known even when the version is not.
    assert.equal(group('unpinned_types').retention_in_days, 90);
    assert.equal(group('unpinned_types').kms_key_id, undefined);
    assert.ok(isUnknown(group('unpinned_types').name));
    assert.equal(group('unpinned_v18_names').retention_in_days, 365);
    // Null reaches the log group (the variable is nullable): log events never expire.
    assert.equal('retention_in_days' in group('v20_forever'), false);
  });

  it('attaches the version 18 list by ARN, once per ARN, leaving out an unknown one; nothing for a form the version rejects', () => {
    assert.deepEqual(ids(parsed, 'module.v18_list'), [
      'module.v18_list.aws_eks_cluster.this',
      'module.v18_list.aws_cloudwatch_log_group.this',
      'module.v18_list.aws_iam_role_policy_attachment.this["arn:aws:iam::aws:policy/ReadOnlyAccess"]',
      'module.v18_list.aws_iam_role_policy_attachment.this["arn:aws:iam::aws:policy/AdministratorAccess"]',
    ]);
    const admin = config(parsed, 'module.v18_list.aws_iam_role_policy_attachment.this["arn:aws:iam::aws:policy/AdministratorAccess"]');
    assert.equal(admin.policy_arn, 'arn:aws:iam::aws:policy/AdministratorAccess');
    assert.ok(isUnknown(admin.role));
    // Only version 18 takes a list: an unpinned call with one is version 18.
    assert.ok(ids(parsed, 'module.unpinned_list').includes('module.unpinned_list.aws_iam_role_policy_attachment.this["arn:aws:iam::aws:policy/AdministratorAccess"]'));
    for (const call of ['v20_list', 'v18_map', 'v18_list_no_role']) {
      assert.deepEqual(
        ids(parsed, `module.${call}`).filter((id) => id.includes('aws_iam_role_policy_attachment')),
        [],
        call,
      );
    }
  });

  it('lets cloudwatch_log_group_name name the log group', () => {
    assert.deepEqual(config(parsed, 'aws_cloudwatch_log_subscription_filter.ship').log_group_name, {
      __unknown__: 'module.v18_default.cloudwatch_log_group_name',
      refs: ['module.v18_default.aws_cloudwatch_log_group.this.name', 'module.v18_default.cloudwatch_log_group_name'],
    });
  });

  it('locates retention and key at their arguments, a default at the call, and a listed ARN at its entry', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(line('module.v17_logs.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(EKS_LOGS, 'cluster_log_retention_in_days = 30'));
    assert.equal(line('module.v21.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(EKS_LOGS, '= 7 # v21'));
    assert.equal(line('module.v18_default.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(EKS_LOGS, 'module "v18_default"'));
    assert.equal(line('module.v18_default.aws_cloudwatch_log_group.this', ['config', 'kms_key_id']), lineOf(EKS_LOGS, 'module "v18_default"'));
    assert.equal(line('module.v20_set.aws_cloudwatch_log_group.this', ['config', 'kms_key_id']), lineOf(EKS_LOGS, '= var.log_key'));
    assert.equal(
      line('module.v18_list.aws_iam_role_policy_attachment.this["arn:aws:iam::aws:policy/AdministratorAccess"]', ['config', 'policy_arn']),
      lineOf(EKS_LOGS, '# v18'),
    );
  });
});

const EKS_SECRETS = `variable "encryption" {
  type = any
}

variable "key_arn" {
  type = string
}

module "v17_default" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "17.24.0"
  cluster_name = "claims"
}

module "v17_key" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "17.24.0"
  cluster_enabled_log_types = ["api", "authenticator"] # v17 types
  cluster_encryption_config = [{
    provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/1" # v17 key
    resources        = ["configmaps"] # v17 resources
  }]
}

module "v17_null_types" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "17.24.0"
  cluster_enabled_log_types = null
}

module "v18_default" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "18.31.2"
  cluster_name = "legacy"
}

module "v18_module_key" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "18.31.2"
  create_kms_key            = true
  cluster_encryption_config = [{ resources = ["secrets"] }]
}

module "v18_set" {
  source  = "terraform-aws-modules/eks/aws"
  version = "18.31.2"
  cluster_encryption_config = [
    { provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/1", resources = ["secrets"] },
    { provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/1", resources = ["secrets"] },
  ]
}

module "v18_missing_key" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "18.31.2"
  cluster_encryption_config = [{ resources = ["secrets"] }]
}

module "v18_null_types" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "18.31.2"
  cluster_enabled_log_types = null # v18 null
}

module "v20_default" {
  source       = "terraform-aws-modules/eks/aws"
  version      = "~> 20.8"
  cluster_name = "records"
}

module "v20_off" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "~> 20.8"
  cluster_encryption_config = {}
}

module "v20_own_key" {
  source         = "terraform-aws-modules/eks/aws"
  version        = "20.8.4"
  create_kms_key = false
  cluster_encryption_config = {
    provider_key_arn = "" # v20 key
    resources        = ["secrets"]
  }
}

module "v20_ignored_key" {
  source = "terraform-aws-modules/eks/aws"
  version = "20.8.4"
  cluster_encryption_config = {
    provider_key_arn = ""
    resources        = ["secrets"]
  }
}

module "v20_no_key" {
  source         = "terraform-aws-modules/eks/aws"
  version        = "~> 20.8"
  create_kms_key = false
}

module "v20_maybe_key" {
  source         = "terraform-aws-modules/eks/aws"
  version        = "~> 20.8"
  create_kms_key = var.encryption
}

module "v20_pipeline" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "~> 20.8"
  cluster_encryption_config = var.encryption
  cluster_enabled_log_types = ["api", var.key_arn]
}

module "v20_no_resources" {
  source                    = "terraform-aws-modules/eks/aws"
  version                   = "~> 20.8"
  cluster_encryption_config = { provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/1" }
}

module "v19_outposts" {
  source  = "terraform-aws-modules/eks/aws"
  version = "19.21.0"
  outpost_config = {
    control_plane_instance_type = "m5.large"
    outpost_arns                = ["arn:aws:outposts:eu-central-1:111122223333:outpost/op-1"]
  }
}

module "v21_default" {
  source  = "terraform-aws-modules/eks/aws"
  version = "21.0.4"
  name    = "analytics"
}

module "v21_null" {
  source            = "terraform-aws-modules/eks/aws"
  version           = "21.0.4"
  encryption_config = null
  enabled_log_types = null
}

module "v21_own_key" {
  source            = "terraform-aws-modules/eks/aws"
  version           = "21.0.4"
  create_kms_key    = false
  enabled_log_types = ["audit"] # v21 types
  encryption_config = {
    provider_key_arn = var.key_arn # v21 key
  }
}

module "v21_no_key" {
  source            = "terraform-aws-modules/eks/aws"
  version           = "21.0.4"
  create_kms_key    = false
}

module "v20_with_v21_name" {
  source            = "terraform-aws-modules/eks/aws"
  version           = "~> 20.8"
  encryption_config = {}
}

module "unpinned" {
  source       = "terraform-aws-modules/eks/aws"
  cluster_name = "kiosk"
}

module "unpinned_list" {
  source                    = "terraform-aws-modules/eks/aws"
  cluster_encryption_config = [{ provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/1", resources = ["secrets"] }]
}

module "unpinned_object" {
  source                    = "terraform-aws-modules/eks/aws"
  cluster_encryption_config = { resources = ["secrets"] }
}

module "unpinned_v17_names" {
  source                        = "terraform-aws-modules/eks/aws"
  cluster_log_retention_in_days = 30
}

module "unpinned_v18_names" {
  source                      = "terraform-aws-modules/eks/aws"
  create_cloudwatch_log_group = false
}

module "unpinned_v21_names" {
  source = "terraform-aws-modules/eks/aws"
  name   = "kiosk"
}

module "v16" {
  source  = "terraform-aws-modules/eks/aws"
  version = "16.2.0"
}
`;

describe('terraform-modules: terraform-aws-modules/eks Secrets encryption and control-plane log types', () => {
  const parsed = module(EKS_SECRETS);
  const cluster = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_eks_cluster.this`);
  const blocks = (call: string): unknown => cluster(call).encryption_config;
  const dynamic = (call: string): boolean => Array.isArray((cluster(call).dynamic as Record<string, unknown> | undefined)?.encryption_config);
  const moduleKey = (call: string): Record<string, unknown> => ({ __unknown__: `module.${call}.module.kms.key_arn`, refs: [`module.${call}.module.kms.key_arn`] });
  const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;

  it('version 17: no encryption and no log types by default; the list entries as blocks with their own key', () => {
    assert.equal('encryption_config' in cluster('v17_default'), false);
    assert.equal(dynamic('v17_default'), false);
    assert.deepEqual(cluster('v17_default').enabled_cluster_log_types, []);
    assert.deepEqual(blocks('v17_key'), [{ provider: [{ key_arn: 'arn:aws:kms:eu-central-1:111122223333:key/1' }], resources: ['configmaps'] }]);
    assert.deepEqual(cluster('v17_key').enabled_cluster_log_types, ['api', 'authenticator']);
    // Null is an error in version 17's log group count: undecided.
    assert.ok(isUnknown(cluster('v17_null_types').enabled_cluster_log_types));
  });

  it('version 18: no encryption by default, audit, api and authenticator logs; create_kms_key puts the module\'s key in each block', () => {
    assert.equal('encryption_config' in cluster('v18_default'), false);
    assert.equal(dynamic('v18_default'), false);
    assert.deepEqual(cluster('v18_default').enabled_cluster_log_types, ['audit', 'api', 'authenticator']);
    assert.deepEqual(blocks('v18_module_key'), [{ provider: [{ key_arn: moduleKey('v18_module_key') }], resources: ['secrets'] }]);
    // toset(): one block per distinct entry.
    assert.deepEqual(blocks('v18_set'), [{ provider: [{ key_arn: 'arn:aws:kms:eu-central-1:111122223333:key/1' }], resources: ['secrets'] }]);
    // An entry without provider_key_arn (and no module key) is an error: undecided.
    assert.equal('encryption_config' in cluster('v18_missing_key'), false);
    assert.ok(dynamic('v18_missing_key'));
    // Null reaches the cluster from version 18: no log types.
    assert.equal(cluster('v18_null_types').enabled_cluster_log_types, null);
  });

  it('versions 19 and 20: Secrets encrypted with the key the module creates by default; {} or an Outposts cluster switches it off', () => {
    assert.deepEqual(blocks('v20_default'), [{ provider: [{ key_arn: moduleKey('v20_default') }], resources: ['secrets'] }]);
    assert.deepEqual(cluster('v20_default').enabled_cluster_log_types, ['audit', 'api', 'authenticator']);
    for (const call of ['v20_off', 'v19_outposts']) {
      assert.equal('encryption_config' in cluster(call), false, call);
      assert.equal(dynamic(call), false, call);
    }
    assert.deepEqual(blocks('v20_own_key'), [{ provider: [{ key_arn: '' }], resources: ['secrets'] }]);
    // create_kms_key (default true) wins over a provider_key_arn.
    assert.deepEqual(blocks('v20_ignored_key'), [{ provider: [{ key_arn: moduleKey('v20_ignored_key') }], resources: ['secrets'] }]);
    // No module key and no provider_key_arn, or no resources: Terraform rejects the call; unknown inputs: undecided.
    for (const call of ['v20_no_key', 'v20_no_resources', 'v20_pipeline']) {
      assert.equal('encryption_config' in cluster(call), false, call);
      assert.ok(dynamic(call), call);
    }
    assert.ok(isUnknown((cluster('v20_maybe_key').encryption_config as Array<{ provider: Array<{ key_arn: unknown }> }>)[0]!.provider[0]!.key_arn));
    const types = cluster('v20_pipeline').enabled_cluster_log_types as unknown[];
    assert.equal(types[0], 'api');
    assert.ok(isUnknown(types[1]));
  });

  it('version 21: encryption_config and enabled_log_types, null switching them off; resources default to secrets', () => {
    assert.deepEqual(blocks('v21_default'), [{ provider: [{ key_arn: moduleKey('v21_default') }], resources: ['secrets'] }]);
    assert.deepEqual(cluster('v21_default').enabled_cluster_log_types, ['audit', 'api', 'authenticator']);
    assert.equal('encryption_config' in cluster('v21_null'), false);
    assert.equal(dynamic('v21_null'), false);
    assert.equal(cluster('v21_null').enabled_cluster_log_types, null);
    const own = blocks('v21_own_key') as Array<{ provider: Array<{ key_arn: unknown }>; resources: unknown }>;
    assert.deepEqual(own[0]!.resources, ['secrets']);
    assert.ok(isUnknown(own[0]!.provider[0]!.key_arn));
    assert.deepEqual(cluster('v21_own_key').enabled_cluster_log_types, ['audit']);
    assert.ok(dynamic('v21_no_key'));
    // A version 21 name in a version 20 call: Terraform rejects it.
    assert.deepEqual(ids(parsed, 'module.v20_with_v21_name'), []);
  });

  it('an unpinned call: the form or the names written tell the version, else the defaults are unknown', () => {
    assert.ok(dynamic('unpinned'));
    assert.ok(isUnknown(cluster('unpinned').enabled_cluster_log_types));
    // A list is what versions 17 and 18 take, an object what 19 and 20 take.
    assert.deepEqual(blocks('unpinned_list'), [{ provider: [{ key_arn: 'arn:aws:kms:eu-central-1:111122223333:key/1' }], resources: ['secrets'] }]);
    assert.deepEqual(blocks('unpinned_object'), [{ provider: [{ key_arn: moduleKey('unpinned_object') }], resources: ['secrets'] }]);
    assert.ok(isUnknown(cluster('unpinned_object').enabled_cluster_log_types));
    // Version 17 names: its defaults. Version 18 names: 18 to 20, whose log types agree but encryption differs.
    assert.equal('encryption_config' in cluster('unpinned_v17_names'), false);
    assert.equal(dynamic('unpinned_v17_names'), false);
    assert.deepEqual(cluster('unpinned_v17_names').enabled_cluster_log_types, []);
    assert.ok(dynamic('unpinned_v18_names'));
    assert.deepEqual(cluster('unpinned_v18_names').enabled_cluster_log_types, ['audit', 'api', 'authenticator']);
    assert.deepEqual(blocks('unpinned_v21_names'), [{ provider: [{ key_arn: moduleKey('unpinned_v21_names') }], resources: ['secrets'] }]);
    // Before version 17: not modelled, undecided.
    assert.ok(dynamic('v16'));
    assert.ok(isUnknown(cluster('v16').enabled_cluster_log_types));
  });

  it('locates a key, resources and log types at their arguments, and a default at the call', () => {
    assert.equal(line('module.v17_key.aws_eks_cluster.this', ['config', 'encryption_config', 0, 'provider', 0, 'key_arn']), lineOf(EKS_SECRETS, '# v17 key'));
    assert.equal(line('module.v17_key.aws_eks_cluster.this', ['config', 'encryption_config', 0, 'resources']), lineOf(EKS_SECRETS, '# v17 resources'));
    assert.equal(line('module.v17_key.aws_eks_cluster.this', ['config', 'enabled_cluster_log_types']), lineOf(EKS_SECRETS, '# v17 types'));
    assert.equal(line('module.v20_own_key.aws_eks_cluster.this', ['config', 'encryption_config', 0, 'provider', 0, 'key_arn']), lineOf(EKS_SECRETS, '# v20 key'));
    assert.equal(line('module.v21_own_key.aws_eks_cluster.this', ['config', 'encryption_config', 0, 'provider', 0, 'key_arn']), lineOf(EKS_SECRETS, '# v21 key'));
    assert.equal(line('module.v21_own_key.aws_eks_cluster.this', ['config', 'enabled_cluster_log_types']), lineOf(EKS_SECRETS, '# v21 types'));
    assert.equal(line('module.v18_null_types.aws_eks_cluster.this', ['config', 'enabled_cluster_log_types']), lineOf(EKS_SECRETS, '# v18 null'));
    assert.equal(line('module.v17_default.aws_eks_cluster.this', ['config', 'enabled_cluster_log_types']), lineOf(EKS_SECRETS, 'module "v17_default"'));
    assert.equal(line('module.v20_default.aws_eks_cluster.this', ['config', 'encryption_config', 0, 'resources']), lineOf(EKS_SECRETS, 'module "v20_default"'));
  });

  it('reports the module\'s defaults and the call\'s values through EVD-TF-065 and EVD-TF-066, and nothing undecided', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'main.tf': EKS_SECRETS });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings
        .filter((f) => f.ruleId === 'EVD-TF-065' || f.ruleId === 'EVD-TF-066')
        .map((f) => [f.ruleId, f.resource, f.location.startLine] as const)
        .sort((a, b) => String(a).localeCompare(String(b)));
      const at = (needle: string): number => lineOf(EKS_SECRETS, needle);
      assert.deepEqual(
        found,
        [
          ['EVD-TF-065', 'module.v17_default.aws_eks_cluster.this', at('module "v17_default"')],
          ['EVD-TF-065', 'module.v17_key.aws_eks_cluster.this', at('# v17 resources')],
          ['EVD-TF-065', 'module.v17_null_types.aws_eks_cluster.this', at('module "v17_null_types"')],
          ['EVD-TF-065', 'module.v18_default.aws_eks_cluster.this', at('module "v18_default"')],
          ['EVD-TF-065', 'module.v18_null_types.aws_eks_cluster.this', at('module "v18_null_types"')],
          ['EVD-TF-065', 'module.v19_outposts.aws_eks_cluster.this', at('module "v19_outposts"')],
          ['EVD-TF-065', 'module.v20_off.aws_eks_cluster.this', at('module "v20_off"')],
          ['EVD-TF-065', 'module.v20_own_key.aws_eks_cluster.this', at('# v20 key')],
          ['EVD-TF-065', 'module.v21_null.aws_eks_cluster.this', at('module "v21_null"')],
          ['EVD-TF-065', 'module.unpinned_v17_names.aws_eks_cluster.this', at('module "unpinned_v17_names"')],
          ['EVD-TF-066', 'module.v17_default.aws_eks_cluster.this', at('module "v17_default"')],
          ['EVD-TF-066', 'module.v17_key.aws_eks_cluster.this', at('# v17 types')],
          ['EVD-TF-066', 'module.v18_null_types.aws_eks_cluster.this', at('module "v18_null_types"')],
          ['EVD-TF-066', 'module.v21_null.aws_eks_cluster.this', at('module "v21_null"')],
          ['EVD-TF-066', 'module.unpinned_v17_names.aws_eks_cluster.this', at('module "unpinned_v17_names"')],
        ].sort((a, b) => String(a).localeCompare(String(b))),
      );
    } finally {
      cleanup();
    }
  });
});
