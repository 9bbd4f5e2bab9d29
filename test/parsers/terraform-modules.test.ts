// Registry module calls modelled as the resources the module creates
// (src/parsers/terraform-modules): the framework (sources, version pins,
// argument look-up, locations, outputs) and the terraform-aws-modules/s3-bucket
// model. Each model of another module has its own test file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf, outputAddresses } from '../../src/parsers/terraform-modules/index.js';
import { Inputs, knownObject, originOf, pinnedMajor, pinnedVersion, refMajor, ResourceBuilder, type ModuleCall } from '../../src/parsers/terraform-modules/model.js';
import { unknownValue } from '../../src/parsers/hcl/values.js';
import type { NormalizedResource, ParsedDocument } from '../../src/parsers/types.js';
import { createdResources as resources, isUnknown, loadModule as module } from '../helpers/terraform-modules.js';

function resource(parsed: ParsedDocument, id: string): NormalizedResource {
  const found = resources(parsed).find((r) => r.id === id);
  assert.ok(found, `no resource ${id} in ${resources(parsed).map((r) => r.id).join(', ')}`);
  return found;
}

describe('terraform-modules: which sources are modelled', () => {
  it('reads registry addresses (with the public registry host and a submodule) and GitHub sources', () => {
    const cases: Array<[string, string | undefined, string, number | undefined]> = [
      ['terraform-aws-modules/s3-bucket/aws', 'terraform-aws-modules/s3-bucket/aws', '', undefined],
      ['registry.terraform.io/terraform-aws-modules/s3-bucket/aws', 'terraform-aws-modules/s3-bucket/aws', '', undefined],
      ['terraform-aws-modules/s3-bucket/aws//modules/notification', 'terraform-aws-modules/s3-bucket/aws', 'modules/notification', undefined],
      ['github.com/terraform-aws-modules/terraform-aws-s3-bucket', 'terraform-aws-modules/s3-bucket/aws', '', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v3.15.1', 'terraform-aws-modules/s3-bucket/aws', '', 3],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git//modules/object?ref=v4.0.0', 'terraform-aws-modules/s3-bucket/aws', 'modules/object', 4],
      ['git@github.com:terraform-aws-modules/terraform-aws-s3-bucket.git?ref=main', 'terraform-aws-modules/s3-bucket/aws', '', undefined],
      ['cloudposse/s3-bucket/aws', undefined, '', undefined],
      ['./modules/s3', undefined, '', undefined],
      ['app.example.com/terraform-aws-modules/s3-bucket/aws', undefined, '', undefined],
    ];
    for (const [source, address, submodule, major] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, address, source);
      if (found !== undefined) {
        assert.equal(found.submodule, submodule, source);
        assert.equal(found.ref?.major, major, source);
      }
    }
  });

  it('reads the major version a constraint pins, and nothing from one that admits several', () => {
    const cases: Array<[unknown, number | undefined]> = [
      ['3.15.1', 3],
      ['= 4.1.2', 4],
      ['v4.1.2', 4],
      ['~> 3.15', 3],
      ['~> 4.0.0', 4],
      ['>= 3.0, < 4.0', 3],
      ['>= 3.0', undefined],
      ['~> 3', undefined],
      ['>= 3.0, < 5.0', undefined],
      [undefined, undefined],
      [{ __unknown__: 'var.v' }, undefined],
    ];
    for (const [constraint, major] of cases) assert.equal(pinnedMajor(constraint as never), major, String(constraint));
    assert.equal(refMajor('?ref=v5.2.0'), 5);
    const minors: Array<[string, [number, number] | undefined]> = [
      ['3.15.1', [15, 15]],
      ['~> 3.9.0', [9, 9]],
      ['~> 3.9', [9, Infinity]],
      ['>= 3.2, < 4.0', [2, Infinity]],
      ['>= 3, < 4', [0, Infinity]],
      ['~> 3', undefined],
    ];
    for (const [constraint, range] of minors) assert.deepEqual(pinnedVersion(constraint)?.minors, range, constraint);
    assert.equal(refMajor('?ref=main'), undefined);
  });

  it('treats an argument set to null as absent, and an unknown on the way as the value found', () => {
    const call: ModuleCall = { id: 'module.x', source: 's', submodule: '', major: undefined, inputs: { a: null, b: unknownValue('var.b', []), c: { d: true } } };
    const inputs = new Inputs(call);
    assert.deepEqual(inputs.lookup(['a']), { present: false });
    assert.deepEqual(inputs.lookup(['b', 'e']), { present: true, value: { __unknown__: 'var.b' } });
    assert.equal(inputs.flag(['c', 'd'], false), true);
    assert.equal(inputs.flag(['z'], false), false);
    assert.ok(isUnknown(inputs.versionedDefault('block_public_acls', 4, false, true)));
    assert.equal(new Inputs({ ...call, major: 3 }).versionedDefault('x', 4, false, true), false);
    assert.equal(new Inputs({ ...call, major: 4 }).versionedDefault('x', 4, false, true), true);
  });
});

const S3_CALLS = `provider "aws" {
  region = "eu-west-1"
  alias  = "eu"
}

module "uploads" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.15"

  bucket = "uploads"
  acl    = "public-read"

  versioning = {
    enabled = false
  }

  attach_deny_insecure_transport_policy = true
  attach_policy                         = true
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::uploads/*" }]
  })

  providers = {
    aws = aws.eu
  }
}

module "logs" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"
  count   = 1

  bucket = "logs"
  logging = {
    target_bucket = module.uploads.s3_bucket_id
  }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1"
      }
    }
  }
}

module "unpinned" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  bucket        = "unpinned"
  attach_policy = true
  policy        = var.policy
}

module "off" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  create_bucket = false
  acl           = "public-read-write"
}

module "maybe" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  create_bucket = var.create
  acl           = "public-read-write"
}
`;

describe('terraform-modules: terraform-aws-modules/s3-bucket', () => {
  const parsed = module(S3_CALLS);

  it('creates the bucket and the split resources the arguments ask for, as terraform plan addresses them', () => {
    assert.deepEqual(
      resources(parsed).map((r) => r.id),
      [
        'module.uploads.aws_s3_bucket.this',
        'module.uploads.aws_s3_bucket_acl.this',
        'module.uploads.aws_s3_bucket_versioning.this',
        'module.uploads.aws_s3_bucket_public_access_block.this',
        'module.uploads.aws_s3_bucket_policy.this',
        'module.logs.aws_s3_bucket.this',
        'module.logs.aws_s3_bucket_logging.this',
        'module.logs.aws_s3_bucket_server_side_encryption_configuration.this',
        'module.logs.aws_s3_bucket_public_access_block.this',
        'module.unpinned.aws_s3_bucket.this',
        'module.unpinned.aws_s3_bucket_public_access_block.this',
        'module.unpinned.aws_s3_bucket_policy.this',
      ],
    );
  });

  it('records the call, the provider it passes and its count on each resource', () => {
    const bucket = resource(parsed, 'module.uploads.aws_s3_bucket.this');
    assert.deepEqual(bucket, {
      id: 'module.uploads.aws_s3_bucket.this',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'this',
      provider: 'aws.eu',
      module: 'module.uploads',
      created_by: { call: 'module.uploads', source: 'terraform-aws-modules/s3-bucket/aws', module: 'terraform-aws-modules/s3-bucket/aws' },
      file: 'main.tf',
      startLine: 6,
      endLine: 26,
      config: { bucket: 'uploads' },
    });
    assert.equal(resource(parsed, 'module.logs.aws_s3_bucket.this').count, 1);
    assert.equal(resource(parsed, 'module.logs.aws_s3_bucket.this').provider, 'aws');
  });

  it('turns the arguments into the values the module computes', () => {
    const acl = resource(parsed, 'module.uploads.aws_s3_bucket_acl.this');
    assert.equal(acl.config && (acl.config as Record<string, unknown>).acl, 'public-read');
    assert.deepEqual((acl.config as Record<string, unknown>).bucket, {
      __unknown__: 'module.uploads.aws_s3_bucket.this.id',
      refs: ['module.uploads.aws_s3_bucket.this.id'],
    });
    const versioning = resource(parsed, 'module.uploads.aws_s3_bucket_versioning.this').config as Record<string, unknown>;
    assert.deepEqual(versioning.versioning_configuration, [{ status: 'Suspended' }]);
    const sse = resource(parsed, 'module.logs.aws_s3_bucket_server_side_encryption_configuration.this').config as Record<string, unknown>;
    assert.deepEqual(sse.rule, [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/1' }] }]);
  });

  it('applies the public access block defaults of the pinned version, and leaves them unknown without a pin', () => {
    const v3 = resource(parsed, 'module.uploads.aws_s3_bucket_public_access_block.this').config as Record<string, unknown>;
    const v4 = resource(parsed, 'module.logs.aws_s3_bucket_public_access_block.this').config as Record<string, unknown>;
    const unpinned = resource(parsed, 'module.unpinned.aws_s3_bucket_public_access_block.this').config as Record<string, unknown>;
    for (const name of ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']) {
      // `~> 3.15`: every release it admits is 3.9.0 or later, whose defaults are true.
      assert.equal(v3[name], true, name);
      assert.equal(v4[name], true, name);
      assert.ok(isUnknown(unpinned[name]), name);
    }
  });

  it('takes the Block Public Access defaults from the minor version: false before 3.9.0, true from it (PR #226), unknown for a pin across it', () => {
    const pins: Array<[string, string, boolean | undefined]> = [
      ['v2', 'version = "2.15.0"', false],
      ['v3_7', 'version = "3.7.0"', false],
      ['v3_8_patch', 'version = "~> 3.8.0"', false],
      ['v3_9', 'version = "= 3.9.0"', true],
      ['v3_14', 'version = "~> 3.14"', true],
      ['v3_any', 'version = "~> 3.0"', undefined],
      ['v3_range', 'version = ">= 3.2, < 4.0"', undefined],
      ['v3_range_late', 'version = ">= 3.10.0, < 4.0.0"', true],
      ['v5', 'version = "5.2.0"', true],
    ];
    const refs: Array<[string, string, boolean]> = [
      ['ref_old', 'v3.8.2', false],
      ['ref_new', 'v3.14.0', true],
    ];
    const text = [
      ...pins.map(([name, pin]) => `module "${name}" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  ${pin}\n  bucket = "${name}"\n}\n`),
      ...refs.map(([name, ref]) => `module "${name}" {\n  source = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=${ref}"\n  bucket = "${name}"\n}\n`),
    ].join('\n');
    const calls = module(text);
    for (const [name, , expected] of [...pins, ...refs]) {
      const block = resource(calls, `module.${name}.aws_s3_bucket_public_access_block.this`).config as Record<string, unknown>;
      for (const flag of ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']) {
        if (expected === undefined) assert.ok(isUnknown(block[flag]), `${name} ${flag}`);
        else assert.equal(block[flag], expected, `${name} ${flag}`);
      }
    }
  });

  it('creates nothing when putin_khuylo is false (the module ANDs it into create_bucket)', () => {
    const calls = module(`module "b" {
  source       = "terraform-aws-modules/s3-bucket/aws"
  version      = "4.1.2"
  putin_khuylo = false
  acl          = "public-read"
}
`);
    assert.deepEqual(resources(calls).filter((r) => r.module === 'module.b'), []);
  });

  it('reads versioning.enabled written as the string the map(string) variable holds', () => {
    const calls = module(`module "b" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"
  versioning = {
    enabled = "false"
    status  = "Enabled"
  }
}
`);
    const versioning = resource(calls, 'module.b.aws_s3_bucket_versioning.this').config as Record<string, unknown>;
    assert.deepEqual(versioning.versioning_configuration, [{ status: 'Suspended' }]);
  });

  it('assembles the bucket policy from the caller\'s policy and the module\'s TLS-only deny; an unknown policy makes it unknown', () => {
    const policy = (resource(parsed, 'module.uploads.aws_s3_bucket_policy.this').config as Record<string, unknown>).policy;
    assert.equal(typeof policy, 'string');
    const statements = (JSON.parse(policy as string) as { Statement: Array<Record<string, unknown>> }).Statement;
    assert.deepEqual(
      statements.map((s) => [s.Effect, s.Principal, s.Condition ?? null]),
      [
        ['Deny', '*', { Bool: { 'aws:SecureTransport': 'false' } }],
        ['Allow', '*', null],
      ],
    );
    assert.ok(isUnknown((resource(parsed, 'module.unpinned.aws_s3_bucket_policy.this').config as Record<string, unknown>).policy));
  });

  it('lets an output of a call name the bucket it creates', () => {
    const logging = resource(parsed, 'module.logs.aws_s3_bucket_logging.this').config as Record<string, unknown>;
    assert.deepEqual(logging.target_bucket, { __unknown__: 'module.uploads.s3_bucket_id', refs: ['module.uploads.aws_s3_bucket.this.id', 'module.uploads.s3_bucket_id'] });
  });

  it('locates a value at the call argument it came from, and the rest at the call', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(line('module.uploads.aws_s3_bucket_acl.this', ['config', 'acl']), 11);
    assert.equal(line('module.uploads.aws_s3_bucket_versioning.this', ['config', 'versioning_configuration', 0, 'status']), 14);
    assert.equal(line('module.uploads.aws_s3_bucket_policy.this', ['config', 'policy']), 19);
    assert.equal(line('module.uploads.aws_s3_bucket_public_access_block.this', ['config', 'block_public_acls']), 6);
    assert.equal(line('module.uploads.aws_s3_bucket.this', []), 6);
  });
});

describe('terraform-modules: outputs per submodule', () => {
  it('reads an output by the submodule called: `arn` is the policy of iam-policy and the role of iam-role', () => {
    const outputs = outputAddresses([
      { name: 'policy', source: 'terraform-aws-modules/iam/aws//modules/iam-policy' },
      { name: 'role', source: 'terraform-aws-modules/iam/aws//modules/iam-role' },
      { name: 'other', source: 'terraform-aws-modules/iam/aws//modules/iam-user' },
    ]);
    assert.equal(outputs.get('policy')?.get('arn'), 'module.policy.aws_iam_policy.policy.arn');
    assert.equal(outputs.get('role')?.get('arn'), 'module.role.aws_iam_role.this.arn');
    assert.equal(outputs.get('other')?.size, 0);
  });
});

describe('terraform-modules: the shared model helpers', () => {
  it('knownObject takes a known object only', () => {
    assert.deepEqual(knownObject({ a: 1 }), { a: 1 });
    for (const value of [undefined, null, [{ a: 1 }], 'x', 1, unknownValue('var.x', ['var.x'])]) assert.equal(knownObject(value), undefined, JSON.stringify(value));
  });

  it('dynamicBlock keeps every dynamic block of a resource, each located at its own argument', () => {
    const built = new ResourceBuilder('aws_instance')
      .dynamicBlock('metadata_options', null, ['metadata_options'])
      .dynamicBlock('ebs_block_device', unknownValue('var.disks', ['var.disks']))
      .build();
    assert.deepEqual(built.config, {
      dynamic: {
        metadata_options: [{ for_each: null, content: [{}] }],
        ebs_block_device: [{ for_each: unknownValue('var.disks', ['var.disks']), content: [{}] }],
      },
    });
    assert.deepEqual(originOf(built, ['config', 'dynamic', 'metadata_options', 0, 'content']), ['metadata_options']);
    assert.equal(originOf(built, ['config', 'dynamic', 'ebs_block_device']), undefined);
  });
});

describe('terraform-modules: arguments written as blocks', () => {
  it('reads `logging { … }` in a call (which Terraform rejects) as the object its author meant', () => {
    const parsed = module(`module "b" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "3.7.0"
  logging {
    target_bucket = "logs"
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
`);
    assert.equal((resource(parsed, 'module.b.aws_s3_bucket_logging.this').config as Record<string, unknown>).target_bucket, 'logs');
    assert.deepEqual((resource(parsed, 'module.b.aws_s3_bucket_server_side_encryption_configuration.this').config as Record<string, unknown>).rule, [
      { apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] },
    ]);
  });
});

describe('terraform-modules: findings on module calls', () => {
  it('reports through the existing checks, at the argument, and nothing on calls that create nothing or that only the pipeline decides', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'main.tf': S3_CALLS });
    try {
      const result = await scan({ paths: [dir] });
      const s3 = result.findings.filter((f) => f.resource?.startsWith('module.'));
      assert.deepEqual(
        s3.map((f) => [f.ruleId, f.resource, f.location.startLine]).sort((a, b) => String(a).localeCompare(String(b))),
        [
          ['EVD-TF-001', 'module.unpinned.aws_s3_bucket.this', 47],
          ['EVD-TF-001', 'module.uploads.aws_s3_bucket.this', 6],
          ['EVD-TF-004', 'module.uploads.aws_s3_bucket_acl.this', 11],
          // module.uploads is the log target of module.logs (through its s3_bucket_id output): no TF-006.
          ['EVD-TF-006', 'module.unpinned.aws_s3_bucket.this', 47],
          ['EVD-TF-031', 'module.uploads.aws_s3_bucket_policy.this', 19],
          // module.uploads pins ~> 3.15: Block Public Access is on by default from 3.9.0, so no TF-034.
          ['EVD-TF-051', 'module.logs.aws_s3_bucket.this', 28],
          ['EVD-TF-051', 'module.unpinned.aws_s3_bucket.this', 47],
          ['EVD-TF-051', 'module.uploads.aws_s3_bucket_versioning.this', 14],
          ['EVD-TF-061', 'module.maybe', 60],
          ['EVD-TF-061', 'module.off', 54],
          ['EVD-TF-061', 'module.unpinned', 47],
        ].sort((a, b) => String(a).localeCompare(String(b))),
      );
    } finally {
      cleanup();
    }
  });
});
