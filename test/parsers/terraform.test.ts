// The Terraform loader: one document per module directory, whole documents
// against reviewed goldens, every resolution rule and the unknown sentinel,
// file errors with positions, and locate() ranges cross-checked with the
// fixture text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateExpression, expressionRefs } from '../../src/parsers/hcl/evaluate.js';
import { parseHclExpression } from '../../src/parsers/hcl/parser.js';
import { scan } from '../../src/index.js';
import { loadTerraform, moduleSourceType, type TerraformDocument } from '../../src/parsers/terraform.js';
import { indexModuleGraph } from '../../src/parsers/terraform-graph.js';
import { tempProject } from '../helpers/temp-project.js';
import type { LoadResult, NormalizedResource, ParsedDocument, Range, SourceText } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

// Paths in the tests are relative to the fixture folder, which plays the scan root.
const root = fileURLToPath(new URL('./fixtures/terraform/', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');

/** The Terraform files of a fixture directory, as discovery would hand them over. */
function filesOf(dir: string): SourceText[] {
  return readdirSync(root + dir)
    .filter((name) => /\.(tf|tfvars|tf\.json|tfvars\.json)$/.test(name))
    .map((name) => ({ path: `${dir}/${name}`, text: read(`${dir}/${name}`) }));
}

function only(result: LoadResult): ParsedDocument {
  assert.equal(result.documents.length, 1);
  return result.documents[0]!;
}

/** The document as the policy engine receives it (JSON). */
function plain(parsed: ParsedDocument): Record<string, unknown> {
  return JSON.parse(JSON.stringify(parsed.document)) as Record<string, unknown>;
}

/** Loads inline files as one module rooted at ".". */
function module(files: Record<string, string>): ParsedDocument {
  const result = loadTerraform(
    '.',
    Object.entries(files).map(([path, text]) => ({ path, text })),
  );
  assert.deepEqual(result.errors, []);
  return only(result);
}

function resourceOf(parsed: ParsedDocument, id: string): NormalizedResource {
  const found = parsed.document.resources.find((r) => r.id === id);
  assert.ok(found, `no resource ${id}`);
  return JSON.parse(JSON.stringify(found)) as NormalizedResource;
}

/** The text a range covers in a fixture file (endColumn exclusive). */
function textOf(file: string, range: Range | undefined): string | undefined {
  if (range === undefined) return undefined;
  const lines = read(file).split('\n');
  if (range.startLine === range.endLine) return lines[range.startLine - 1]!.slice(range.startColumn - 1, range.endColumn - 1);
  const out = [lines[range.startLine - 1]!.slice(range.startColumn - 1)];
  for (let l = range.startLine + 1; l < range.endLine; l++) out.push(lines[l - 1]!);
  out.push(lines[range.endLine - 1]!.slice(0, range.endColumn - 1));
  return out.join('\n');
}

function assertValid(document: unknown): void {
  assert.equal(inputSchemaErrors('terraform', document), '');
}

/** Unknown sentinel, as the document holds it. */
const unknown = (text: string, ...refs: string[]): Record<string, unknown> => (refs.length > 0 ? { __unknown__: text, refs } : { __unknown__: text });

const FIXTURE_MODULES = ['aws-s3', 'azure-storage', 'gcp-data', 'tfvars', 'syntax'];

describe('terraform: realistic modules', () => {
  for (const dir of FIXTURE_MODULES) {
    it(`${dir} matches its reviewed golden document`, () => {
      const result = loadTerraform(dir, filesOf(dir));
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.skipped, []);
      const actual = plain(only(result));
      const golden = `${root}expected/${dir}.json`;
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(`${root}expected`, { recursive: true });
        writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n');
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(golden, 'utf8')));
      assertValid(actual);
    });

    it(`${dir}: every block's lines are its keyword line and its closing brace`, () => {
      const parsed = only(loadTerraform(dir, filesOf(dir)));
      const doc = parsed.document as unknown as Record<string, NormalizedResource[]>;
      const checked: string[] = [];
      for (const section of ['resources', 'providers', 'variables', 'modules', 'outputs']) {
        for (const item of doc[section]!) {
          // A resource a registry module call creates is located at the call (module "x" { … }).
          if (item.created_by !== undefined) continue;
          const lines = read(item.file).split('\n');
          const first = lines[item.startLine - 1]!;
          const last = lines[item.endLine - 1]!;
          const [kind, label] = headerOf(section, item);
          assert.ok(first.startsWith(`${kind} ${label}`), `${item.id}: line ${item.startLine} is ${JSON.stringify(first)}`);
          assert.ok(last.endsWith('}'), `${item.id}: line ${item.endLine} is ${JSON.stringify(last)}`);
          // The whole block is what locate() returns for an empty path.
          const text = textOf(item.file, parsed.locate(item.id, []))!;
          assert.ok(text.startsWith(kind) && text.endsWith('}'), item.id);
          checked.push(item.id);
        }
      }
      assert.ok(checked.length > 0);
    });
  }

  it('an unknown id has no location', () => {
    const parsed = only(loadTerraform('aws-s3', filesOf('aws-s3')));
    assert.equal(parsed.locate('aws_s3_bucket.nope', ['config']), undefined);
  });
});

/** The block keyword and first label as they appear in the source. */
function headerOf(section: string, item: NormalizedResource): [string, string] {
  switch (section) {
    case 'resources':
      return [item.mode === 'data' ? 'data' : 'resource', `"${String(item.type)}" "${String(item.name)}"`];
    case 'providers':
      return ['provider', `"${String(item.name)}"`];
    case 'variables':
      return ['variable', `"${String(item.name)}"`];
    case 'modules':
      return ['module', `"${String(item.name)}"`];
    default:
      return ['output', `"${String(item.name)}"`];
  }
}

describe('terraform: locate', () => {
  const parsed = only(loadTerraform('aws-s3', filesOf('aws-s3')));
  const main = 'aws-s3/main.tf';
  const cases: Array<[string, Array<string | number>, string, Range, string]> = [
    [
      'aws_s3_bucket_server_side_encryption_configuration.records',
      ['config', 'rule', 0, 'apply_server_side_encryption_by_default', 0, 'sse_algorithm'],
      main,
      { startLine: 43, startColumn: 7, endLine: 43, endColumn: 36 },
      'sse_algorithm     = "aws:kms"',
    ],
    [
      'aws_s3_bucket_server_side_encryption_configuration.records',
      ['config', 'rule', 0],
      main,
      { startLine: 41, startColumn: 3, endLine: 47, endColumn: 4 },
      'rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.records.arn\n    }\n    bucket_key_enabled = true\n  }',
    ],
    ['aws_s3_bucket.legacy', ['config', 'acl'], main, { startLine: 83, startColumn: 3, endLine: 83, endColumn: 25 }, 'acl    = "public-read"'],
    [
      'aws_s3_bucket.legacy',
      ['config', 'versioning', 0, 'enabled'],
      main,
      { startLine: 94, startColumn: 5, endLine: 94, endColumn: 36 },
      'enabled = var.enable_versioning',
    ],
    [
      'aws_s3_bucket.per_dataset',
      ['config', 'tags', 'Retention'],
      main,
      { startLine: 101, startColumn: 16, endLine: 101, endColumn: 53 },
      'Retention = each.value.retention_days',
    ],
    // Inside a function call: the attribute.
    [
      'aws_s3_bucket.records',
      ['config', 'tags', 'Name'],
      main,
      { startLine: 28, startColumn: 3, endLine: 30, endColumn: 5 },
      'tags = merge(local.common_tags, {\n    Name = "${local.name_prefix}-records"\n  })',
    ],
    [
      'aws_s3_bucket.records',
      ['lifecycle', 0, 'prevent_destroy'],
      main,
      { startLine: 33, startColumn: 5, endLine: 33, endColumn: 27 },
      'prevent_destroy = true',
    ],
    [
      'aws_security_group.db',
      ['config', 'dynamic', 'ingress', 0],
      main,
      { startLine: 148, startColumn: 3, endLine: 157, endColumn: 4 },
      read(main).split('\n').slice(147, 157).join('\n').slice(2),
    ],
    [
      'aws_security_group.db',
      ['config', 'dynamic', 'ingress', 0, 'content', 0, 'from_port'],
      main,
      { startLine: 152, startColumn: 7, endLine: 152, endColumn: 39 },
      'from_port   = ingress.value.port',
    ],
    [
      'aws_security_group.db',
      ['config', 'dynamic', 'ingress', 0, 'for_each'],
      main,
      { startLine: 149, startColumn: 5, endLine: 149, endColumn: 33 },
      'for_each = var.ingress_rules',
    ],
    [
      'aws_security_group.db',
      ['config', 'egress', 0, 'cidr_blocks', 0],
      main,
      { startLine: 163, startColumn: 20, endLine: 163, endColumn: 31 },
      '"0.0.0.0/0"',
    ],
    ['aws_db_instance.main', ['count'], main, { startLine: 168, startColumn: 3, endLine: 168, endColumn: 50 }, 'count                   = local.is_prod ? 1 : 0'],
    [
      'aws_s3_bucket_policy.records_tls',
      ['config', 'policy'],
      main,
      { startLine: 106, startColumn: 3, endLine: 123, endColumn: 5 },
      read(main).split('\n').slice(105, 123).join('\n').slice(2),
    ],
    // A missing attribute: the deepest block reached.
    [
      'aws_s3_bucket.logs',
      ['config', 'versioning', 0, 'enabled'],
      main,
      { startLine: 71, startColumn: 1, endLine: 74, endColumn: 2 },
      'resource "aws_s3_bucket" "logs" {\n  bucket = local.log_bucket\n  acl    = "log-delivery-write"\n}',
    ],
    [
      'data.aws_iam_policy_document.read_records',
      ['config', 'statement', 0, 'condition', 0, 'values'],
      main,
      { startLine: 138, startColumn: 7, endLine: 138, endColumn: 30 },
      'values   = ["clinical"]',
    ],
    ['module.vpc', ['config', 'enable_flow_log'], main, { startLine: 193, startColumn: 3, endLine: 193, endColumn: 25 }, 'enable_flow_log = true'],
    ['module.vpc', ['source'], main, { startLine: 185, startColumn: 3, endLine: 185, endColumn: 44 }, 'source  = "terraform-aws-modules/vpc/aws"'],
    [
      'provider.aws',
      ['config', 'default_tags', 0, 'tags'],
      'aws-s3/providers.tf',
      { startLine: 24, startColumn: 5, endLine: 24, endColumn: 29 },
      'tags = local.common_tags',
    ],
    ['provider.aws.replica', ['alias'], 'aws-s3/providers.tf', { startLine: 29, startColumn: 3, endLine: 29, endColumn: 21 }, 'alias  = "replica"'],
    ['var.db_password', ['sensitive'], 'aws-s3/variables.tf', { startLine: 33, startColumn: 3, endLine: 33, endColumn: 19 }, 'sensitive = true'],
    [
      'var.ingress_rules',
      ['default', 'https', 'port'],
      'aws-s3/variables.tf',
      { startLine: 49, startColumn: 7, endLine: 49, endColumn: 24 },
      'port        = 443',
    ],
    ['output.db_password', ['sensitive'], 'aws-s3/outputs.tf', { startLine: 8, startColumn: 3, endLine: 8, endColumn: 19 }, 'sensitive = true'],
  ];
  for (const [id, path, file, range, text] of cases) {
    it(`${id} ${JSON.stringify(path)}`, () => {
      const located = parsed.locate(id, path);
      assert.deepEqual({ range: located, text: textOf(file, located) }, { range, text });
    });
  }
});

describe('terraform: variables and tfvars', () => {
  it('takes tfvars over defaults, *.auto.tfvars after terraform.tfvars in lexical order, .tfvars.json too', () => {
    const parsed = only(loadTerraform('tfvars', filesOf('tfvars')));
    const doc = plain(parsed);
    assert.deepEqual(doc.files, ['tfvars/a.auto.tfvars', 'tfvars/b.auto.tfvars', 'tfvars/c.auto.tfvars.json', 'tfvars/main.tf', 'tfvars/terraform.tfvars']);
    assert.deepEqual(doc.variables, [
      { id: 'var.environment', name: 'environment', file: 'tfvars/main.tf', startLine: 1, endLine: 4, default: 'dev', value: 'prod' },
      { id: 'var.instance_count', name: 'instance_count', file: 'tfvars/main.tf', startLine: 6, endLine: 9, default: 1, value: 3 },
      {
        id: 'var.tags',
        name: 'tags',
        file: 'tfvars/main.tf',
        startLine: 11,
        endLine: 14,
        default: {},
        value: { Team: 'records', Owner: 'platform' },
      },
      { id: 'var.no_default', name: 'no_default', file: 'tfvars/main.tf', startLine: 16, endLine: 18 },
      { id: 'var.api_token', name: 'api_token', file: 'tfvars/main.tf', startLine: 20, endLine: 23, value: 'from-json', sensitive: true },
    ]);
    assert.deepEqual(resourceOf(parsed, 'aws_instance.app'), {
      id: 'aws_instance.app',
      mode: 'managed',
      type: 'aws_instance',
      name: 'app',
      provider: 'aws',
      file: 'tfvars/main.tf',
      startLine: 30,
      endLine: 43,
      count: 3,
      config: {
        ami: 'ami-0123456789abcdef0',
        instance_type: 'm5.large',
        tags: { Team: 'records', Owner: 'platform', Environment: 'prod' },
        metadata_options: [{ http_tokens: 'required' }],
        root_block_device: [{ encrypted: true }],
      },
    });
  });

  it('leaves a variable without tfvars value or default unknown', () => {
    const parsed = module({
      'main.tf': 'variable "bucket" {}\nresource "aws_s3_bucket" "b" {\n  bucket = var.bucket\n  acl    = var.undeclared\n}\n',
    });
    assert.deepEqual(resourceOf(parsed, 'aws_s3_bucket.b').config, {
      bucket: unknown('var.bucket', 'var.bucket'),
      acl: unknown('var.undeclared', 'var.undeclared'),
    });
  });
});

describe('terraform: evaluation rules', () => {
  /** Evaluates `expr` as a local of a module that also declares `extra`. */
  function local(expr: string, extra = ''): unknown {
    const parsed = module({ 'main.tf': `${extra}\nlocals {\n  x = ${expr}\n}\n` });
    return (plain(parsed).locals as Record<string, unknown>).x;
  }

  it('resolves locals through other locals, across files', () => {
    const parsed = module({
      'a.tf': 'locals {\n  prefix = "acme-${var.env}"\n}\n',
      'b.tf': 'variable "env" {\n  default = "prod"\n}\nlocals {\n  name = "${local.prefix}-data"\n  tags = { Name = local.name }\n}\n',
    });
    assert.deepEqual(plain(parsed).locals, { prefix: 'acme-prod', name: 'acme-prod-data', tags: { Name: 'acme-prod-data' } });
  });

  it('turns cyclic locals into unknowns instead of looping', () => {
    const parsed = module({ 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n  c = local.c\n}\n' });
    assert.deepEqual(plain(parsed).locals, {
      a: unknown('local.b', 'local.a', 'local.b'),
      b: unknown('local.a', 'local.a'),
      c: unknown('local.c', 'local.c'),
    });
  });

  it('survives a chain of 1,000 locals', () => {
    let text = 'locals {\n  l0 = "end"\n';
    for (let i = 1; i < 1000; i++) text += `  l${i} = local.l${i - 1}\n`;
    const locals = plain(module({ 'main.tf': text + '}\n' })).locals as Record<string, unknown>;
    assert.equal(locals.l1, 'end');
    assert.equal(locals.l999, 'end');
  });

  it('gives up on values that would grow without bound, quickly', () => {
    const t0 = performance.now();
    const big = `[${Array.from({ length: 1000 }, (_, i) => i).join(', ')}]`;
    let text = `locals {\n  a = ${big}\n  cube = [for x in local.a : [for y in local.a : [for z in local.a : 1]]]\n`;
    text += '  l0 = [1]\n  s0 = "ab"\n';
    for (let i = 1; i <= 60; i++) text += `  l${i} = [local.l${i - 1}, local.l${i - 1}]\n  s${i} = "\${local.s${i - 1}}\${local.s${i - 1}}"\n`;
    text += `  deep = jsondecode("${'['.repeat(5000)}${']'.repeat(5000)}")\n}\n`;
    const parsed = module({ 'main.tf': text });
    const json = JSON.stringify(parsed.document);
    const locals = plain(parsed).locals as Record<string, unknown>;
    assert.deepEqual(locals.cube, unknown('[for x in local.a : [for y in local.a : [for z in local.a : 1]]]', 'local.a'));
    // 2^17 leaves are too many; the doubling then starts again from the sentinel, so sizes stay bounded.
    assert.equal(JSON.stringify(locals.l16).length, 6 * 2 ** 16 - 3); // "[1]" doubled 16 times
    assert.deepEqual(locals.l17, unknown('[local.l16, local.l16]', 'local.l16'));
    assert.equal((locals.s19 as string).length, 2 ** 20);
    assert.deepEqual(locals.s20, unknown('"${local.s19}${local.s19}"', 'local.s19'));
    assert.equal((locals.deep as Record<string, unknown>).__unknown__, `jsondecode("${'['.repeat(5000)}${']'.repeat(5000)}")`);
    assert.ok(json.length < 12_000_000, `document of ${json.length} characters`);
    const ms = performance.now() - t0;
    assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms`);
  });

  it('keeps the whole module within a value budget', () => {
    // base is 301 values, each big local 1 + 300 × 301 = 90,301; the module may hold 2,000,000: 22 fit.
    let text = `locals {\n  base = [${Array.from({ length: 300 }, () => '0').join(', ')}]\n`;
    for (let i = 0; i < 30; i++) text += `  big${String(i).padStart(2, '0')} = [for i in local.base : local.base]\n`;
    const locals = plain(module({ 'main.tf': text + '}\n' })).locals as Record<string, unknown>;
    const known = Object.keys(locals).filter((k) => k.startsWith('big') && Array.isArray(locals[k]));
    assert.deepEqual(known.length, 22);
    assert.deepEqual(locals.big29, unknown('[for i in local.base : local.base]', 'local.base'));
  });

  it('adds the references of an unknown local to the sentinel of its users', () => {
    const parsed = module({
      'main.tf': 'locals {\n  bucket_id = aws_s3_bucket.records.id\n}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = local.bucket_id\n}\n',
    });
    assert.deepEqual(resourceOf(parsed, 'aws_s3_bucket_versioning.v').config, {
      bucket: unknown('local.bucket_id', 'aws_s3_bucket.records.id', 'local.bucket_id'),
    });
  });

  it('evaluates templates, directives and heredocs whose parts are known', () => {
    assert.equal(local('"${var.a}-${2 + 3}"', 'variable "a" {\n  default = "x"\n}'), 'x-5');
    assert.equal(local('"%{ if var.on }on%{ else }off%{ endif }"', 'variable "on" {\n  default = false\n}'), 'off');
    assert.equal(local('<<-EOT\n    user=${var.u}\n    EOT', 'variable "u" {\n  default = "bob"\n}'), 'user=bob\n');
    assert.deepEqual(local('"${var.l}"', 'variable "l" {\n  default = [1]\n}'), [1]);
    assert.deepEqual(local('"a-${aws_s3_bucket.b.id}"'), unknown('"a-${aws_s3_bucket.b.id}"', 'aws_s3_bucket.b.id'));
  });

  it('keeps known containers around unknown parts', () => {
    assert.deepEqual(local('[var.x, 1, { a = var.x, b = [true] }]'), [unknown('var.x', 'var.x'), 1, { a: unknown('var.x', 'var.x'), b: [true] }]);
  });

  it('evaluates operators and conditionals, and equal branches under an unknown condition', () => {
    assert.deepEqual(
      [local('1 + 2 * 3'), local('"a" == "b"'), local('!(1 < 2)'), local('var.c ? "same" : "same"'), local('false && var.c'), local('true || var.c')],
      [7, false, false, 'same', false, true],
    );
    assert.deepEqual(local('var.c ? "a" : "b"'), unknown('var.c ? "a" : "b"', 'var.c'));
    assert.deepEqual(local('var.n + 1'), unknown('var.n + 1', 'var.n'));
    assert.deepEqual(local('1 / 0'), unknown('1 / 0'));
  });

  it('evaluates for expressions over known collections only', () => {
    assert.deepEqual(local('[for s in ["a", "b"] : upper(s)]'), ['A', 'B']);
    assert.deepEqual(local('{ for k, v in { b = 1, a = 2 } : v => k }'), { '2': 'a', '1': 'b' });
    assert.deepEqual(local('[for s in var.list : s.id]'), unknown('[for s in var.list : s.id]', 'var.list'));
  });

  it('keeps meta and resource references unknown, with their refs', () => {
    const parsed = module({
      'main.tf': [
        'resource "aws_instance" "web" {',
        '  count     = 2',
        '  for_each  = toset(["a"])',
        '  subnet_id = aws_subnet.private[count.index].id',
        '  user_data = templatefile("${path.module}/init.sh", { name = each.key })',
        '  role      = self.arn',
        '  ws        = terraform.workspace',
        '  vpc       = module.vpc.vpc_id',
        '  ami       = data.aws_ami.ubuntu.id',
        '  when      = timestamp()',
        '}',
      ].join('\n'),
    });
    const web = resourceOf(parsed, 'aws_instance.web');
    assert.deepEqual({ count: web.count, for_each: web.for_each, config: web.config }, {
      count: 2,
      for_each: ['a'],
      config: {
        subnet_id: unknown('aws_subnet.private[count.index].id', 'aws_subnet.private', 'count.index'),
        user_data: unknown('templatefile("${path.module}/init.sh", { name = each.key })', 'each.key', 'path.module'),
        role: unknown('self.arn', 'self.arn'),
        ws: unknown('terraform.workspace', 'terraform.workspace'),
        vpc: unknown('module.vpc.vpc_id', 'module.vpc.vpc_id'),
        ami: unknown('data.aws_ami.ubuntu.id', 'data.aws_ami.ubuntu.id'),
        when: unknown('timestamp()'),
      },
    });
  });

  it('cuts references before the first index step and leaves out for-expression variables', () => {
    const refs = (text: string): string[] => expressionRefs(parseHclExpression(text));
    assert.deepEqual(refs('aws_s3_bucket.b[0].id'), ['aws_s3_bucket.b']);
    assert.deepEqual(refs('aws_instance.web.0.id'), ['aws_instance.web']);
    assert.deepEqual(refs('local.m["k"].x'), ['local.m']);
    assert.deepEqual(refs('aws_instance.web[*].id'), ['aws_instance.web']);
    assert.deepEqual(refs('[for s in var.subnets : s.id if s.public != local.flag]'), ['local.flag', 'var.subnets']);
    assert.deepEqual(refs('"%{ for x in var.xs }${x}${var.sep}%{ endfor }"'), ['var.sep', 'var.xs']);
    assert.deepEqual(refs('b.x + a.y + b.x'), ['a.y', 'b.x']);
  });
});

describe('terraform: functions', () => {
  const evalText = (text: string): unknown => JSON.parse(JSON.stringify(evaluateExpression(parseHclExpression(text))));
  const table: Array<[string, unknown]> = [
    ['lower("AbC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['trimspace("  x \\n")', 'x'],
    ['tostring(12)', '12'],
    ['tostring(true)', 'true'],
    ['tonumber("3.5")', 3.5],
    ['tobool("true")', true],
    ['tolist(["a", 1])', ['a', 1]],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['concat([1], [2, 3], [])', [1, 2, 3]],
    ['merge({ a = 1, b = 1 }, null, { b = 2 })', { a: 1, b: 2 }],
    ['lookup({ a = 1 }, "a", 0)', 1],
    ['lookup({ a = 1 }, "z", 0)', 0],
    ['coalesce(null, "", "x", "y")', 'x'],
    ['join("-", ["a", "b"], ["c"])', 'a-b-c'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['format("%s-%d-%v%%", "a", 7, true)', 'a-7-true%'],
    ['jsonencode({ b = [1, "<x>"], a = null })', '{"a":null,"b":[1,"\\u003cx\\u003e"]}'],
    ['jsondecode("{\\"a\\": [1, true]}")', { a: [1, true] }],
    ['length("héllo")', 5],
    ['length([1, 2])', 2],
    ['length({ a = 1 })', 1],
    ['contains(["a", "b"], "b")', true],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['flatten([[1, [2]], 3, []])', [1, 2, 3]],
    ['distinct([1, 2, 1, [3], [3]])', [1, 2, [3]]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['element(["a", "b", "c"], 4)', 'b'],
    ['min(3, 1, 2)', 1],
    ['max([4, 9]...)', 9],
    ['abs(-4.5)', 4.5],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['substr("hello", 1, 3)', 'ell'],
    ['substr("hello", -3, -1)', 'llo'],
    ['startswith("arn:aws:s3", "arn:")', true],
    ['endswith("file.tf", ".json")', false],
    // Not evaluated: unsupported functions, verbs, regular expressions, invalid arguments.
    ['cidrsubnet("10.0.0.0/16", 8, 1)', { __unknown__: 'cidrsubnet("10.0.0.0/16", 8, 1)' }],
    ['format("%05d", 7)', { __unknown__: 'format("%05d", 7)' }],
    ['replace("abc", "/b/", "x")', { __unknown__: 'replace("abc", "/b/", "x")' }],
    ['lookup({ a = 1 }, "z")', { __unknown__: 'lookup({ a = 1 }, "z")' }],
    ['jsondecode("{not json")', { __unknown__: 'jsondecode("{not json")' }],
    ['upper(var.x)', { __unknown__: 'upper(var.x)', refs: ['var.x'] }],
    ['length([var.x, 2])', 2],
    ['keys({ a = var.x })', ['a']],
    // A partly known argument is kept as `partial` (a policy document naming an ARN); a wholly unknown one is not.
    ['jsonencode([var.x])', { __unknown__: 'jsonencode([var.x])', refs: ['var.x'], partial: [{ __unknown__: 'var.x', refs: ['var.x'] }] }],
    ['jsonencode({ Effect = "Allow", Resource = var.arn })', { __unknown__: 'jsonencode({ Effect = "Allow", Resource = var.arn })', refs: ['var.arn'], partial: { Effect: 'Allow', Resource: { __unknown__: 'var.arn', refs: ['var.arn'] } } }],
    ['jsonencode(var.x)', { __unknown__: 'jsonencode(var.x)', refs: ['var.x'] }],
    ['upper(jsonencode([var.x]))', { __unknown__: 'upper(jsonencode([var.x]))', refs: ['var.x'] }],
    ['provider::aws::arn_parse("arn:aws:s3:::b")', { __unknown__: 'provider::aws::arn_parse("arn:aws:s3:::b")' }],
  ];
  for (const [text, expected] of table) {
    it(text, () => assert.deepEqual(evalText(text), expected));
  }

  it('never throws, even on a deeply recursive evaluation', () => {
    const deep = '['.repeat(150) + 'upper(var.x)' + ']'.repeat(150);
    const value = evalText(deep);
    let inner: unknown = value;
    for (let i = 0; i < 150; i++) inner = (inner as unknown[])[0];
    assert.deepEqual(inner, { __unknown__: 'upper(var.x)', refs: ['var.x'] });
  });
});

describe('terraform: meta-arguments, providers and blocks', () => {
  it('builds the documented shape for a small module', () => {
    const parsed = module({
      'main.tf': [
        'provider "aws" {', //  1
        '  region = "eu-west-1"', //  2
        '}', //  3
        'provider "aws" {', //  4
        '  alias  = "us"', //  5
        '  region = "us-east-1"', //  6
        '}', //  7
        'resource "aws_s3_bucket" "b" {', //  8
        '  provider   = aws.us', //  9
        '  bucket     = "x"', // 10
        '  depends_on = [aws_kms_key.k]', // 11
        '  provisioner "local-exec" {', // 12
        '    command = "echo"', // 13
        '  }', // 14
        '  lifecycle {', // 15
        '    ignore_changes = all', // 16
        '  }', // 17
        '  dynamic "cors_rule" {', // 18
        '    for_each = ["GET", "PUT"]', // 19
        '    iterator = m', // 20
        '    content {', // 21
        '      allowed_methods = [m.value]', // 22
        '    }', // 23
        '  }', // 24
        '}', // 25
        'module "m" {', // 26
        '  source     = "./m"', // 27
        '  depends_on = [aws_s3_bucket.b]', // 28
        '  n          = 1', // 29
        '}', // 30
        'output "o" {', // 31
        '  value     = aws_s3_bucket.b.arn', // 32
        '  sensitive = false', // 33
        '}', // 34
        'terraform {', // 35
        '  required_version = ">= 1.5"', // 36
        '}', // 37
        '',
      ].join('\n'),
    });
    assert.deepEqual(plain(parsed), {
      type: 'terraform',
      format: 'hcl',
      path: '.',
      files: ['main.tf'],
      resources: [
        {
          id: 'aws_s3_bucket.b',
          mode: 'managed',
          type: 'aws_s3_bucket',
          name: 'b',
          provider: 'aws.us',
          file: 'main.tf',
          startLine: 8,
          endLine: 25,
          lifecycle: [{ ignore_changes: unknown('all', 'all') }],
          config: {
            bucket: 'x',
            provisioner: [{ command: 'echo', __labels: ['local-exec'] }],
            dynamic: {
              cors_rule: [
                {
                  for_each: ['GET', 'PUT'],
                  iterator: 'm',
                  content: [{ allowed_methods: [unknown('m.value', 'm.value')] }],
                },
              ],
            },
          },
        },
      ],
      providers: [
        { id: 'provider.aws', name: 'aws', file: 'main.tf', startLine: 1, endLine: 3, config: { region: 'eu-west-1' } },
        { id: 'provider.aws.us', name: 'aws', file: 'main.tf', startLine: 4, endLine: 7, alias: 'us', config: { region: 'us-east-1' } },
      ],
      variables: [],
      locals: {},
      modules: [{ id: 'module.m', name: 'm', source: './m', source_type: 'local', file: 'main.tf', startLine: 26, endLine: 30, config: { n: 1 } }],
      outputs: [
        { id: 'output.o', name: 'o', file: 'main.tf', startLine: 31, endLine: 34, sensitive: false, value: unknown('aws_s3_bucket.b.arn', 'aws_s3_bucket.b.arn') },
      ],
      tfvars: [],
    });
    assertValid(parsed.document);
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['config', 'dynamic', 'cors_rule', 0, 'content', 0, 'allowed_methods', 0]), {
      startLine: 22,
      startColumn: 26,
      endLine: 22,
      endColumn: 33,
    });
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['provider']), { startLine: 9, startColumn: 3, endLine: 9, endColumn: 22 });
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['config', 'provisioner', 0, '__labels']), { startLine: 12, startColumn: 3, endLine: 14, endColumn: 4 });
  });
});

describe('terraform: override files', () => {
  it('merges override.tf and *_override.tf blocks into the originals, after the other files', () => {
    const parsed = module({
      'main.tf': [
        'resource "aws_s3_bucket" "b" {', // 1
        '  bucket = "original"', // 2
        '  acl    = "private"', // 3
        '  versioning {', // 4
        '    enabled = false', // 5
        '  }', // 6
        '  logging {', // 7
        '    target_bucket = "logs"', // 8
        '  }', // 9
        '}', // 10
        'locals {', // 11
        '  env  = "dev"', // 12
        '  name = "app"', // 13
        '}', // 14
        '',
      ].join('\n'),
      'main_override.tf': 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n  versioning {\n    enabled = true\n  }\n}\nlocals {\n  env = "prod"\n}\n',
      'override.tf': 'resource "aws_s3_bucket" "b" {\n  force_destroy = true\n}\nresource "aws_s3_bucket" "extra" {\n  bucket = "x"\n}\n',
    });
    const doc = plain(parsed);
    assert.deepEqual(doc.files, ['main.tf', 'main_override.tf', 'override.tf']);
    assert.deepEqual(doc.locals, { env: 'prod', name: 'app' });
    assert.deepEqual(
      (doc.resources as NormalizedResource[]).map((r) => ({ id: r.id, file: r.file, startLine: r.startLine, endLine: r.endLine, config: r.config })),
      [
        {
          id: 'aws_s3_bucket.b',
          file: 'main.tf',
          startLine: 1,
          endLine: 10,
          config: { bucket: 'original', acl: 'public-read', force_destroy: true, logging: [{ target_bucket: 'logs' }], versioning: [{ enabled: true }] },
        },
        { id: 'aws_s3_bucket.extra', file: 'override.tf', startLine: 4, endLine: 6, config: { bucket: 'x' } },
      ],
    );
    // Ranges stay in the block's own file: what came from an override file locates to the block.
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['config', 'bucket']), { startLine: 2, startColumn: 3, endLine: 2, endColumn: 22 });
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['config', 'logging', 0]), { startLine: 7, startColumn: 3, endLine: 9, endColumn: 4 });
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['config', 'acl']), { startLine: 1, startColumn: 1, endLine: 10, endColumn: 2 });
    assert.deepEqual(parsed.locate('aws_s3_bucket.b', ['config', 'versioning', 0, 'enabled']), { startLine: 1, startColumn: 1, endLine: 10, endColumn: 2 });
  });
});

describe('terraform: errors and skipped files', () => {
  it('keeps the other files of a module when one is broken, and reads .tf.json', () => {
    const result = loadTerraform('broken-module', filesOf('broken-module'));
    assert.deepEqual(result.errors, [
      { file: 'broken-module/broken.tf', reason: 'Unclosed configuration block', line: 4, column: 14 },
      { file: 'broken-module/terraform.tfvars', reason: 'Unterminated string', line: 1, column: 10 },
    ]);
    assert.deepEqual(result.skipped, []);
    const doc = plain(only(result));
    assert.deepEqual(doc.files, ['broken-module/generated.tf.json', 'broken-module/good.tf']);
    assert.deepEqual(
      (doc.resources as NormalizedResource[]).map((r) => [r.id, r.startLine, r.endLine, r.config]),
      [
        ['aws_s3_bucket.from_json', 1, 1, { bucket: 'json' }],
        ['aws_s3_bucket.ok', 1, 3, { bucket: 'still-parsed' }],
        [
          'aws_cloudtrail.audit',
          5,
          10,
          { name: 'audit', s3_bucket_name: unknown('aws_s3_bucket.ok.id', 'aws_s3_bucket.ok.id'), enable_log_file_validation: true, kms_key_id: null },
        ],
      ],
    );
    assertValid(doc);
  });

  it('reports each malformed file with its message and position', () => {
    const result = loadTerraform('malformed', filesOf('malformed'));
    assert.deepEqual(result.documents, []);
    assert.deepEqual(result.errors, [
      { file: 'malformed/bad-operator.tf', reason: 'Invalid character "&"', line: 2, column: 19 },
      { file: 'malformed/binary.tf', reason: 'Invalid character "\\u0007"', line: 3, column: 9 },
      { file: 'malformed/invalid-character.tf', reason: 'Invalid character "@"', line: 2, column: 12 },
      { file: 'malformed/missing-equals.tf', reason: 'Unexpected newline, expected a block label or "{"', line: 2, column: 13 },
      { file: 'malformed/stray-brace.tf', reason: 'Unexpected "}"', line: 4, column: 1 },
      { file: 'malformed/unclosed-block.tf', reason: 'Unclosed configuration block', line: 5, column: 30 },
      { file: 'malformed/unterminated-heredoc.tf', reason: 'Unterminated heredoc (no closing "EOT" marker)', line: 2, column: 12 },
      { file: 'malformed/unterminated-string.tf', reason: 'Unterminated string', line: 2, column: 10 },
    ]);
  });

  it('returns no document when no .tf file parsed, and reads nothing but Terraform files', () => {
    const result = loadTerraform('x', [
      { path: 'x/terraform.tfvars', text: 'a = 1\n' },
      { path: 'x/README.md', text: '# hi' },
      { path: 'x/prod.tfvars', text: 'a = 2\n' },
    ]);
    assert.deepEqual(result, {
      documents: [],
      errors: [],
      skipped: [
        { file: 'x/README.md', reason: 'Not a Terraform configuration or variables file' },
        { file: 'x/prod.tfvars', reason: 'Terraform variable file that Terraform does not load automatically (only terraform.tfvars and *.auto.tfvars are)' },
      ],
    });
  });

  it('reports a second declaration of a resource, data source, module, output or variable, and checks and locates the first', () => {
    // Found in the azurerm provider's examples: findings described the first key vault and pointed at the second.
    const result = loadTerraform('dup', [
      { path: 'dup/a.tf', text: 'resource "azurerm_key_vault" "main" {\n  name = "first"\n}\n\nvariable "v" {}\n' },
      {
        path: 'dup/b.tf',
        text: 'provider "aws" {}\nprovider "aws" {\n  alias = "eu"\n}\n\nresource "azurerm_key_vault" "main" {\n  name = "second"\n}\nvariable "v" {}\ndata "x" "y" {}\ndata "x" "y" {}\n',
      },
    ]);
    assert.deepEqual(result.errors, [
      { file: 'dup/b.tf', line: 6, reason: 'duplicate resource "azurerm_key_vault" "main", first declared at dup/a.tf:1: Terraform rejects the module; only the first declaration is checked' },
      { file: 'dup/b.tf', line: 9, reason: 'duplicate variable "v", first declared at dup/a.tf:5: Terraform rejects the module; only the first declaration is checked' },
      { file: 'dup/b.tf', line: 11, reason: 'duplicate data "x" "y", first declared at dup/b.tf:10: Terraform rejects the module; only the first declaration is checked' },
    ]);
    const parsed = only(result);
    const doc = plain(parsed);
    assert.deepEqual(
      (doc.resources as NormalizedResource[]).map((r) => [r.id, r.file, r.startLine, r.config]),
      [
        ['azurerm_key_vault.main', 'dup/a.tf', 1, { name: 'first' }],
        ['data.x.y', 'dup/b.tf', 10, {}],
      ],
    );
    assert.deepEqual((doc.providers as NormalizedResource[]).map((p) => p.id), ['provider.aws', 'provider.aws.eu']);
    assert.deepEqual((doc.variables as NormalizedResource[]).map((v) => [v.id, v.file, v.startLine]), [['var.v', 'dup/a.tf', 5]]);
    assert.deepEqual(parsed.locate('azurerm_key_vault.main', ['config', 'name']), { startLine: 2, startColumn: 3, endLine: 2, endColumn: 17 });
  });

  it('records on each module the scanned modules that call it through a local source, and on each local call what that module declares', () => {
    const folders = new Map<string, SourceText[]>([
      ['.', [{ path: 'main.tf', text: 'module "west" {\n  source = "./region"\n}\nmodule "east" {\n  source = "./region/"\n}\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n' }]],
      ['envs/prod', [{ path: 'envs/prod/main.tf', text: 'module "net" {\n  source = "../../region"\n}\nmodule "gone" {\n  source = "../missing"\n}\n' }]],
      ['region', [{ path: 'region/main.tf', text: 'provider "aws" {\n  alias = "region"\n}\nresource "aws_vpc" "v" {}\nresource "aws_s3_bucket_versioning" "v" {}\nresource "aws_vpc" "w" {}\ndata "aws_ami" "a" {}\n' }]],
      ['unused', [{ path: 'unused/main.tf', text: 'resource "aws_s3_bucket" "b" {}\n' }]],
    ]);
    const graph = indexModuleGraph(folders);
    const load = (dir: string): TerraformDocument => only(loadTerraform(dir, folders.get(dir)!, { terraformModules: graph })).document as TerraformDocument;
    const [root, env, region, unused] = ['.', 'envs/prod', 'region', 'unused'].map(load) as [TerraformDocument, TerraformDocument, TerraformDocument, TerraformDocument];
    assert.deepEqual([root.callers, env.callers, region.callers, unused.callers], [undefined, undefined, ['.', 'envs/prod'], undefined]);
    assert.deepEqual(
      root.modules.map((m) => [m.id, m['declares']]),
      [
        ['module.west', ['aws_s3_bucket_versioning', 'aws_vpc']],
        ['module.east', ['aws_s3_bucket_versioning', 'aws_vpc']],
        ['module.vpc', undefined],
      ],
    );
    assert.deepEqual(env.modules.map((m) => [m.id, m['declares']]), [['module.net', ['aws_s3_bucket_versioning', 'aws_vpc']], ['module.gone', undefined]]);
    assertValid(root);
    assertValid(region);
    // Without the graph (a folder loaded alone), nothing is related.
    assert.equal((only(loadTerraform('region', folders.get('region')!)).document as TerraformDocument).callers, undefined);
  });

  it('reads the module graph from the text: unquoted labels, comments, arguments before source, unformatted blocks', () => {
    const graph = indexModuleGraph(
      new Map<string, SourceText[]>([
        [
          'stacks/app',
          [
            {
              path: 'stacks/app/main.tf',
              text: [
                '# module "old" {',
                '#   source = "../old"',
                '# }',
                '/* module "older" {',
                '  source = "../older"',
                '} */',
                'module db {',
                '  data    = var.tables',
                '  source  = "../../modules/db"',
                '}',
                'module "cdn" {',
                '  origin = "x" }',
                'resource "aws_s3_bucket" "site" {',
                '  source = "../../modules/site"',
                '}',
                'resource foo_instance foo {}',
                '',
              ].join('\n'),
            },
          ],
        ],
        ['stacks/old', [{ path: 'stacks/old/main.tf', text: '' }]],
        ['stacks/older', [{ path: 'stacks/older/main.tf', text: '' }]],
        ['modules/db', [{ path: 'modules/db/main.tf', text: 'resource "aws_db_instance" "main" {}\n' }]],
        ['modules/site', [{ path: 'modules/site/main.tf', text: '' }, { path: 'modules/site/terraform.tfvars', text: 'resource "x" "y" {}\n' }]],
      ]),
    );
    assert.deepEqual(
      ['stacks/old', 'stacks/older', 'modules/db', 'modules/site'].map((dir) => graph.callersOf(dir)),
      [[], [], ['stacks/app'], []],
    );
    assert.deepEqual(graph.declaredIn('stacks/app'), ['aws_s3_bucket', 'foo_instance']);
    assert.deepEqual(graph.declaredIn('modules/site'), []);
    assert.equal(graph.declaredIn('nowhere'), undefined);
  });

  it('reports an invalid .tfvars.json', () => {
    const result = loadTerraform('.', [
      { path: 'main.tf', text: 'variable "a" {}\n' },
      { path: 'x.auto.tfvars.json', text: '[1]' },
    ]);
    assert.deepEqual(result.errors, [{ file: 'x.auto.tfvars.json', reason: 'A .tfvars.json file must hold one JSON object' }]);
  });
});

describe('terraform: module calls, tfvars assignments, count and for_each', () => {
  it('classifies module sources as Terraform resolves them', () => {
    const cases: Array<[unknown, string]> = [
      ['./modules/storage', 'local'],
      ['../shared', 'local'],
      ['terraform-aws-modules/vpc/aws', 'registry'],
      ['app.terraform.io/acme/vpc/aws', 'registry'],
      ['terraform-aws-modules/iam/aws//modules/iam-role', 'registry'],
      ['git::https://example.com/net.git?ref=v1.2.0', 'git'],
      ['github.com/acme/terraform-net', 'git'],
      ['git@github.com:acme/net.git', 'git'],
      ['s3::https://s3.amazonaws.com/bucket/vpc.zip', 'other'],
      ['https://example.com/vpc-module.zip', 'other'],
      ['hashicorp/consul', 'other'],
      [{ __unknown__: 'var.source' }, 'unknown'],
      [null, 'unknown'],
    ];
    for (const [source, expected] of cases) assert.equal(moduleSourceType(source as never), expected, String(source));
  });

  it('lists the effective tfvars assignments with their own lines, and locates them', () => {
    const parsed = module({
      'variables.tf': 'variable "db_password" {}\nvariable "region" {\n  default = "eu-west-1"\n}\n',
      'terraform.tfvars': 'region = "eu-central-1"\ndb_password = "from-tfvars"\n',
      'z.auto.tfvars': 'region = "eu-west-3"\n',
    });
    const doc = plain(parsed);
    assert.deepEqual(doc.tfvars, [
      { id: 'tfvars.db_password', name: 'db_password', file: 'terraform.tfvars', startLine: 2, endLine: 2, value: 'from-tfvars' },
      { id: 'tfvars.region', name: 'region', file: 'z.auto.tfvars', startLine: 1, endLine: 1, value: 'eu-west-3' },
    ]);
    assert.deepEqual(parsed.locate('tfvars.db_password', ['value']), { startLine: 2, startColumn: 1, endLine: 2, endColumn: 28 });
  });

  it('notes count and for_each on the resource; a check reports the resource block once', async () => {
    const files = {
      'main.tf': [
        'variable "names" {',
        '  default = ["a", "b"]',
        '}',
        'resource "aws_ebs_volume" "counted" {',
        '  count             = 3',
        '  availability_zone = "eu-west-1a"',
        '}',
        'resource "aws_ebs_volume" "each" {',
        '  for_each          = toset(var.names)',
        '  availability_zone = "eu-west-1a"',
        '  encrypted         = each.key == "a"',
        '}',
        'resource "aws_ebs_volume" "unknown_count" {',
        '  count     = length(data.aws_availability_zones.all.names)',
        '  encrypted = false',
        '}',
        '',
      ].join('\n'),
    };
    const parsed = module(files);
    assert.equal(resourceOf(parsed, 'aws_ebs_volume.counted').count, 3);
    assert.deepEqual(resourceOf(parsed, 'aws_ebs_volume.each').for_each, ['a', 'b']);
    assert.equal((resourceOf(parsed, 'aws_ebs_volume.unknown_count').count as { __unknown__: string }).__unknown__, 'length(data.aws_availability_zones.all.names)');
    const { dir, cleanup } = tempProject(files);
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors, []);
      // One finding per resource block (not per instance); each.key makes "encrypted" unknown, so no finding there.
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'EVD-TF-007').map((f) => `${f.resource}:${f.location.startLine}`),
        ['aws_ebs_volume.counted:4', 'aws_ebs_volume.unknown_count:15'],
      );
    } finally {
      cleanup();
    }
  });

  it('scans a local module directory as a module document of its own, and records the call in the caller', async () => {
    const { dir, cleanup } = tempProject({
      'main.tf': 'provider "aws" {\n  region = "eu-west-1"\n}\n\nmodule "storage" {\n  source = "./modules/storage"\n  name   = "records"\n}\n',
      'modules/storage/main.tf': 'variable "name" {}\n\nresource "aws_efs_file_system" "this" {\n  creation_token = var.name\n}\n',
    });
    try {
      const root = loadTerraform('.', [{ path: 'main.tf', text: 'module "storage" {\n  source = "./modules/storage"\n}\n' }]);
      assert.deepEqual(
        (root.documents[0]!.document.modules as NormalizedResource[]).map((m) => [m.id, m.source, m.source_type]),
        [['module.storage', './modules/storage', 'local']],
      );
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors, []);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'EVD-TF-008').map((f) => `${f.location.file}:${f.location.startLine} ${f.resource}`),
        ['modules/storage/main.tf:3 aws_efs_file_system.this'],
      );
      // The child module has no provider block: module-level checks do not treat it as a root module.
      assert.deepEqual(result.findings.filter((f) => f.ruleId === 'EVD-TF-042').map((f) => f.location.file), []);
    } finally {
      cleanup();
    }
  });
});
