// The CloudFormation / SAM parser: sniffing, short-form tags → long form,
// static evaluation of intrinsic functions (parameter defaults, unknown
// sentinels, resource references), one document per template, locate()
// ranges cross-checked with the text, and every kind of bad input as a FileError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectStructured } from '../../src/discover/detect.js';
import { isCloudFormationTemplate, loadCloudFormation, parseTemplate } from '../../src/parsers/cloudformation.js';
import type { ParsedTemplate } from '../../src/parsers/cloudformation.js';
import { iacFormats } from '../../src/parsers/index.js';
import { doc, resource } from '../helpers/cloudformation.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { textInRange } from '../helpers/range-text.js';

/** Checks a document against policies/schemas/cloudformation.json, as the policy engine receives it. */
function assertValid(document: unknown): void {
  assert.equal(inputSchemaErrors('cloudformation', document), '');
}

function parse(text: string, path = 'template.yaml'): ParsedTemplate {
  return parseTemplate({ path, text });
}

function errorOf(text: string, path = 'bad.yaml'): { file: string; reason: string; line?: number; column?: number } {
  const result = loadCloudFormation('.', [{ path, text }]);
  assert.equal(result.documents.length, 0, 'the template must not load');
  assert.equal(result.errors.length, 1);
  return result.errors[0]!;
}

describe('isCloudFormationTemplate', () => {
  const cases: Array<[string, string, boolean]> = [
    ['AWSTemplateFormatVersion', 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: x\n', true],
    ['the SAM transform', 'Transform: AWS::Serverless-2016-10-31\nGlobals: {}\n', true],
    ['the SAM transform in a list', 'Transform:\n  - AWS::Serverless-2016-10-31\nResources: {}\n', true],
    ['Resources with an AWS type', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n', true],
    ['Resources with a quoted SAM type', "Resources:\n  Fn:\n    Type: 'AWS::Serverless::Function'\n", true],
    ['a JSON template', '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {}\n}\n', true],
    ['a JSON template without version', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}', true],
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: Service\n', false],
    ['Serverless Framework (resources nested)', 'service: api\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n', false],
    ['a top-level Resources of another tool', 'Resources:\n  - name: x\n    Type: file\n', false],
    ['a JSON package manifest', '{"name": "x", "version": "1.0.0"}', false],
    ['an empty file', '\n\n', false],
  ];
  for (const [name, text, expected] of cases) {
    it(`${expected ? 'recognises' : 'rejects'} ${name}`, () => assert.equal(isCloudFormationTemplate(text), expected));
  }

  it('is registered after Kubernetes, so a manifest stays Kubernetes', () => {
    assert.equal(detectStructured('a.yaml', 'apiVersion: v1\nkind: Pod\n', 'yaml'), 'kubernetes');
    assert.equal(detectStructured('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', 'yaml'), 'cloudformation');
    assert.equal(detectStructured('t.json', '{"AWSTemplateFormatVersion": "2010-09-09"}', 'json'), 'cloudformation');
  });

  it('is a registered IaC format', () => {
    assert.equal(iacFormats.cloudformation.load, loadCloudFormation);
  });
});

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: records stack
Parameters:
  Env:
    Type: String
    Default: prod
  KmsKeyArn:
    Type: String
  Subnets:
    Type: CommaDelimitedList
    Default: "subnet-a, subnet-b"
  DbPasswordPath:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /db/password
Mappings:
  Retention:
    prod: { Days: 35 }
    dev: { Days: 1 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  HasKey: !Not [!Equals [!Ref KmsKeyArn, ""]]
  Either: !Or [!Condition HasKey, !Condition IsProd]
Resources:
  # patient records
  Records:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Sub "\${Env}-records"
      Arn: !Sub "arn:aws:s3:::\${Env}-\${AWS::AccountId}"
      Literal: !Sub "\${!NotAVariable}"
      WithVars: !Sub
        - "\${Name}-logs"
        - { Name: !Ref Env }
      Versioning: !If [IsProd, { Status: Enabled }, !Ref AWS::NoValue]
      DevOnly: !If [NotProd, x, !Ref AWS::NoValue]
      Key: !If [HasKey, !Ref KmsKeyArn, !Ref AWS::NoValue]
      Region: !Ref AWS::Region
      Self: !GetAtt Records.Arn
      SelfSeq: !GetAtt [Records, DomainName]
      Second: !Select [1, !Ref Subnets]
      Joined: !Join [",", [a, !Ref Env, 3]]
      Parts: !Split ["-", "a-b"]
      Days: !FindInMap [Retention, !Ref Env, Days]
      Blob: !Base64 "hello"
      Zones: !GetAZs ""
      Imported: !ImportValue shared-vpc
      Cidrs: !Cidr ["10.0.0.0/16", 2, 8]
      Pw: !Ref DbPasswordPath
      Tags:
        - Key: env
          Value: !Ref Env
        - !If [IsProd, { Key: tier, Value: gold }, !Ref AWS::NoValue]
  Policy:
    Type: AWS::S3::BucketPolicy
    Condition: Either
    DependsOn: Records
    Properties:
      Bucket: !Ref Records
      PolicyDocument: { Statement: [] }
Outputs:
  BucketName:
    Value: !Ref Records
    Export:
      Name: !Sub "\${AWS::StackName}-bucket"
`;

describe('parseTemplate: YAML with short forms', () => {
  const parsed = parse(TEMPLATE);
  const records = resource(parsed, 'Records');
  const p = records.properties;

  it('produces a document valid against policies/schemas/cloudformation.json', () => assertValid(parsed.document));

  it('keeps the template-level fields', () => {
    const d = doc(parsed);
    assert.equal(d.type, 'cloudformation');
    assert.equal(d.path, 'template.yaml');
    assert.deepEqual(d.files, ['template.yaml']);
    assert.equal(d.format, 'yaml');
    assert.equal(d.sam, false);
    assert.deepEqual(d.transform, []);
    assert.deepEqual(d.conditions, { Either: true, HasKey: null, IsProd: true, NotProd: false });
  });

  it('normalizes resources with logical id, type, policies, condition, dependsOn and lines', () => {
    assert.equal(records.type, 'AWS::S3::Bucket');
    assert.equal(records.deletionPolicy, 'Retain');
    assert.equal(records.startLine, 26, 'the logical id line, not the comment above it');
    assert.equal(records.endLine, 54);
    const policy = resource(parsed, 'Policy');
    assert.equal(policy.condition, 'Either');
    assert.deepEqual(policy.dependsOn, ['Records']);
    assert.equal(policy.startLine, 55);
  });

  it('resolves Ref and Fn::Sub from parameter defaults', () => {
    assert.equal(p.BucketName, 'prod-records');
    assert.equal(p.WithVars, 'prod-logs');
    assert.equal(p.Literal, '${NotAVariable}');
    assert.deepEqual(p.Tags, [{ Key: 'env', Value: 'prod' }, { Key: 'tier', Value: 'gold' }]);
  });

  it('turns pseudo parameters, parameters without default and SSM parameter types into unknown sentinels', () => {
    assert.deepEqual(p.Region, { __unknown__: 'Ref AWS::Region', refs: ['AWS::Region'] });
    // The known parts are filled in the template; the unknown ones stay as written.
    assert.deepEqual(p.Arn, { __unknown__: 'Fn::Sub arn:aws:s3:::${Env}-${AWS::AccountId}', refs: ['AWS::AccountId'], template: 'arn:aws:s3:::prod-${AWS::AccountId}' });
    assert.deepEqual(p.Pw, { __unknown__: 'Ref DbPasswordPath', refs: ['DbPasswordPath'] });
  });

  it('decides Fn::If from defaults, drops AWS::NoValue, and leaves undecidable conditions unknown', () => {
    assert.deepEqual(p.Versioning, { Status: 'Enabled' });
    assert.equal(Object.hasOwn(p, 'DevOnly'), false);
    assert.deepEqual(p.Key, { __unknown__: 'Fn::If HasKey', refs: ['HasKey'] });
  });

  it('marks references to resources so that checks can follow them', () => {
    assert.deepEqual(p.Self, { __unknown__: 'Fn::GetAtt Records.Arn', refs: ['Records.Arn'], __ref__: 'Records', attribute: 'Arn' });
    assert.deepEqual(p.SelfSeq, { __unknown__: 'Fn::GetAtt Records.DomainName', refs: ['Records.DomainName'], __ref__: 'Records', attribute: 'DomainName' });
    assert.deepEqual(resource(parsed, 'Policy').properties.Bucket, { __unknown__: 'Ref Records', refs: ['Records'], __ref__: 'Records' });
  });

  it('evaluates Select, Join, Split and FindInMap, and keeps deploy-time functions unknown', () => {
    assert.equal(p.Second, 'subnet-b');
    assert.equal(p.Joined, 'a,prod,3');
    assert.deepEqual(p.Parts, ['a', 'b']);
    assert.equal(p.Days, 35);
    assert.equal(p.Blob, 'aGVsbG8='); // Fn::Base64 of a known value
    for (const key of ['Zones', 'Imported', 'Cidrs']) assert.equal(typeof (p[key] as { __unknown__?: unknown }).__unknown__, 'string', key);
  });

  it('keeps parameters (with defaults and NoEcho) and outputs', () => {
    const d = doc(parsed);
    assert.deepEqual(
      d.parameters.map((x) => [x.id, x.type, x.hasDefault, x.default, x.noEcho, x.startLine]),
      [
        ['Env', 'String', true, 'prod', false, 4],
        ['KmsKeyArn', 'String', false, undefined, false, 7],
        ['Subnets', 'CommaDelimitedList', true, 'subnet-a, subnet-b', false, 9],
        ['DbPasswordPath', 'AWS::SSM::Parameter::Value<String>', true, '/db/password', false, 12],
      ],
    );
    assert.deepEqual(d.outputs[0], {
      id: 'Outputs.BucketName',
      name: 'BucketName',
      value: { __unknown__: 'Ref Records', refs: ['Records'], __ref__: 'Records' },
      export: { Name: { __unknown__: 'Fn::Sub ${AWS::StackName}-bucket', refs: ['AWS::StackName'], template: '${AWS::StackName}-bucket' } },
      file: 'template.yaml',
      startLine: 63,
      endLine: 66,
    });
  });

  it('locates properties, parameter fields and missing paths', () => {
    assert.equal(textInRange(TEMPLATE, parsed.locate('Records', ['properties', 'BucketName'])), '!Sub "${Env}-records"');
    assert.equal(textInRange(TEMPLATE, parsed.locate('Records', ['properties', 'Tags', 0, 'Value'])), '!Ref Env');
    assert.equal(textInRange(TEMPLATE, parsed.locate('Records', ['deletionPolicy'])), 'Retain');
    assert.equal(textInRange(TEMPLATE, parsed.locate('Env', ['default'])), 'prod');
    assert.equal(textInRange(TEMPLATE, parsed.locate('Outputs.BucketName', ['value'])), '!Ref Records');
    // A property that is not written: the nearest existing node (the Properties key).
    assert.equal(parsed.locate('Records', ['properties', 'BucketEncryption'])?.startLine, 29);
    // A block sequence value starts on the line after its key: the range starts at the key.
    const tags = parsed.locate('Records', ['properties', 'Tags']);
    assert.equal(tags?.startLine, TEMPLATE.split('\n').indexOf('      Tags:') + 1);
    assert.equal(tags?.startColumn, 7);
    assert.equal(textInRange(TEMPLATE, parsed.locate('Records', ['properties', 'WithVars'])), '!Sub\n        - "${Name}-logs"\n        - { Name: !Ref Env }');
    // A field without a template key: the resource itself.
    assert.equal(parsed.locate('Records', ['id'])?.startLine, 26);
    assert.equal(parsed.locate('Nope', ['properties']), undefined);
  });
});

describe('parseTemplate: JSON and SAM', () => {
  const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": { "Env": { "Type": "String", "Default": "prod" }, "Secret": { "Type": "String", "NoEcho": "true" } },
  "Resources": {
    "Records": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": { "Fn::Sub": "\${Env}-records" },
        "Owner": { "Ref": "Secret" },
        "Self": { "Fn::GetAtt": ["Records", "Arn"] }
      }
    }
  }
}
`;
  it('normalizes a JSON template like its YAML equivalent', () => {
    const parsed = parse(JSON_TEMPLATE, 'stack.json');
    assertValid(parsed.document);
    const d = doc(parsed);
    assert.equal(d.format, 'json');
    assert.deepEqual(resource(parsed, 'Records').properties, {
      BucketName: 'prod-records',
      Owner: { __unknown__: 'Ref Secret', refs: ['Secret'] },
      Self: { __unknown__: 'Fn::GetAtt Records.Arn', refs: ['Records.Arn'], __ref__: 'Records', attribute: 'Arn' },
    });
    assert.equal(d.parameters[1]!.noEcho, true);
    assert.equal(resource(parsed, 'Records').startLine, 5);
    assert.equal(textInRange(JSON_TEMPLATE, parsed.locate('Records', ['properties', 'BucketName'])), '{ "Fn::Sub": "${Env}-records" }');
  });

  it('reads SAM: transform, Globals and serverless resources', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: nodejs20.x
    Environment:
      Variables:
        TABLE: !Ref Table
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
  Table:
    Type: AWS::Serverless::SimpleTable
`;
    const parsed = parse(text);
    assertValid(parsed.document);
    const d = doc(parsed);
    assert.equal(d.sam, true);
    assert.deepEqual(d.transform, ['AWS::Serverless-2016-10-31']);
    assert.deepEqual(d.globals, [
      {
        id: 'Globals.Function',
        section: 'Function',
        properties: { Runtime: 'nodejs20.x', Environment: { Variables: { TABLE: { __unknown__: 'Ref Table', refs: ['Table'], __ref__: 'Table' } } } },
        file: 'template.yaml',
        startLine: 3,
        endLine: 7,
      },
    ]);
    assert.equal(textInRange(text, parsed.locate('Globals.Function', ['properties', 'Runtime'])), 'nodejs20.x');
    assert.deepEqual(resource(parsed, 'Table').properties, {});
  });
});

describe('parseTemplate: intrinsic edge cases', () => {
  const text = `Parameters:
  Env: { Type: String, Default: prod }
  Open: { Type: String }
Mappings:
  Sizes: { prod: { Small: 1 } }
Conditions:
  Loop1: !Condition Loop2
  Loop2: !Condition Loop1
  OpenIsSet: !Equals [!Ref Open, "yes"]
  ProdOrOpen: !Or [!Equals [!Ref Env, prod], !Condition OpenIsSet]
  ProdAndOpen: !And [!Equals [!Ref Env, prod], !Condition OpenIsSet]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Other:
    Type: AWS::S3::Bucket
    Properties:
      SubAttr: !Sub "\${Bucket.Arn}/*"
      JoinUnknown: !Join ["", [a, !Ref Open]]
      MissingRow: !FindInMap [Sizes, dev, Small]
      OutOfRange: !Select [5, [a, b]]
      Circular: !If [Loop1, a, b]
      Either: !If [ProdOrOpen, yes, no]
      Both: !If [ProdAndOpen, yes, no]
      Script:
        Fn::Base64: !Sub |
          #!/bin/bash
          echo \${Env} > /etc/env
          cfn-signal --stack \${AWS::StackName}
      OpaqueBlob: !Base64 { Ref: Open }
`;
  const p = resource(parse(text), 'Other').properties;

  it('keeps references to resource attributes inside Fn::Sub', () => {
    assert.deepEqual(p.SubAttr, { __unknown__: 'Fn::Sub ${Bucket.Arn}/*', refs: ['Bucket.Arn'], template: '${Bucket.Arn}/*' });
  });

  it('makes a whole expression unknown when one part is, with the parts it depends on', () => {
    assert.deepEqual(p.JoinUnknown, { __unknown__: 'Fn::Join ["",["a",{"Ref":"Open"}]]', refs: ['Open'] });
    assert.equal((p.MissingRow as { __unknown__?: string }).__unknown__?.startsWith('Fn::FindInMap'), true);
    assert.equal((p.OutOfRange as { __unknown__?: string }).__unknown__?.startsWith('Fn::Select'), true);
  });

  it('keeps the text of an unresolved Fn::Sub through Fn::Base64, and no more for other unknowns', () => {
    assert.deepEqual(p.Script, {
      __unknown__: 'Fn::Base64 {"Fn::Sub":"#!/bin/bash\\necho ${Env} > /etc/env\\ncfn-signal --stack ${AWS::St...', // described in 80 characters
      refs: ['AWS::StackName'],
      template: '#!/bin/bash\necho prod > /etc/env\ncfn-signal --stack ${AWS::StackName}\n',
    });
    assert.deepEqual(p.OpaqueBlob, { __unknown__: 'Fn::Base64 {"Ref":"Open"}', refs: ['Open'] });
  });

  it('decides And/Or by short-circuit and leaves circular conditions undecided', () => {
    assert.deepEqual(p.Circular, { __unknown__: 'Fn::If Loop1', refs: ['Loop1'] });
    assert.equal(p.Either, 'yes');
    assert.deepEqual(p.Both, { __unknown__: 'Fn::If ProdAndOpen', refs: ['ProdAndOpen'] });
  });
});

describe('parseTemplate: resource lines', () => {
  it('finds the logical id line even when the id also appears in the value below it', () => {
    const parsed = parse('Resources:\n  # a topic named Type\n  Type:\n    Type: AWS::SNS::Topic\n  Queue: { Type: AWS::SQS::Queue }\n');
    assert.deepEqual(doc(parsed).resources.map((r) => [r.id, r.startLine, r.endLine]), [['Type', 3, 4], ['Queue', 5, 5]]);
  });
});

describe('parseTemplate: deploy-time expansions', () => {
  it('skips Fn::Transform keys of a section instead of reading them as resources, and expands Fn::ForEach ones', () => {
    const text = `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters: { Location: s3://bucket/snippet.yaml }
  Fn::ForEach::Queues:
    - Name
    - [Intake, Outbox]
    - \${Name}Queue:
        Type: AWS::SQS::Queue
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://bucket/props.yaml } }
      BucketName: records
`;
    const parsed = parse(text);
    assertValid(parsed.document);
    assert.deepEqual(doc(parsed).resources.map((r) => [r.id, r.type, r.startLine, r.endLine]), [
      ['IntakeQueue', 'AWS::SQS::Queue', 9, 10],
      ['OutboxQueue', 'AWS::SQS::Queue', 9, 10],
      ['Bucket', 'AWS::S3::Bucket', 11, 15],
    ]);
    assert.deepEqual(parsed.skipped, []);
    assert.equal(doc(parsed).sam, true);
    assert.equal(resource(parsed, 'Bucket').properties.BucketName, 'records');
  });
});

describe('loadCloudFormation: errors', () => {
  it('loads one document per template and keeps going after a bad file', () => {
    const result = loadCloudFormation('stacks', [
      { path: 'stacks/b.yaml', text: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n' },
      { path: 'stacks/a.yaml', text: 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: { X: !Nope y }\n' },
      { path: 'stacks/c.json', text: '{"Resources": {"C": {"Type": "AWS::SQS::Queue"}}}' },
    ]);
    assert.deepEqual(result.documents.map((d) => d.document.path), ['stacks/b.yaml', 'stacks/c.json']);
    assert.deepEqual(result.errors, [
      { file: 'stacks/a.yaml', reason: 'unknown YAML tag !Nope (not a CloudFormation intrinsic function short form)', line: 4, column: 22 },
    ]);
  });

  const cases: Array<[string, string, string, { reason: string | RegExp; line?: number; column?: number }]> = [
    ['malformed YAML', 'bad.yaml', 'Resources:\n  A: {\n', { reason: /./, line: 3 }],
    ['malformed JSON (a trailing comma YAML would accept)', 'bad.json', '{\n  "Resources": {\n    "A": { "Type": "AWS::S3::Bucket", }\n  }\n}\n', { reason: /^invalid JSON: /, line: 3, column: 39 }],
    ['truncated JSON', 'bad.json', '{\n  "Resources": {\n    "A": { "Type": "AWS::S3::Bucket" }\n  }\n', { reason: /^invalid JSON: /, line: 5, column: 1 }],
    ['!Condition with a sequence', 'bad.yaml', 'Conditions:\n  A: !Condition [a, b]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', { reason: '!Condition takes a scalar (a condition name), not a sequence', line: 2, column: 6 }],
    ['Resources that is a list', 'bad.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  - A\n', { reason: 'Resources must be a mapping of logical ids, not a list', line: 3, column: 3 }],
    ['no Resources section', 'bad.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: x\n', { reason: 'the template has no Resources section', line: 1 }],
    ['a resource without Type', 'bad.yaml', 'Resources:\n  A:\n    Properties: {}\n', { reason: 'resource A has no Type', line: 3, column: 5 }],
    ['Properties that is a string', 'bad.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: x\n', { reason: 'Properties of A must be a mapping, not a string', line: 4, column: 17 }],
    ['two YAML documents', 'bad.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n---\nResources: {}\n', { reason: 'a CloudFormation template is one YAML document, found 2', line: 5 }],
    ['a duplicate logical id', 'bad.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::S3::Bucket\n', { reason: 'duplicated mapping key "A"', line: 4, column: 3 }],
    [
      'an alias bomb',
      'bomb.yaml',
      'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      a: &a [x, x, x, x, x, x, x, x, x, x]\n      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n      f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n',
      { reason: /too many YAML aliases/ },
    ],
    ['deep nesting', 'deep.yaml', `Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: ${'['.repeat(300)}${']'.repeat(300)}\n`, { reason: /nesting deeper than 200/ }],
  ];
  for (const [name, path, text, expected] of cases) {
    it(`reports ${name} as a FileError with a position`, () => {
      const error = errorOf(text, path);
      assert.equal(error.file, path);
      if (typeof expected.reason === 'string') assert.equal(error.reason, expected.reason);
      else assert.match(error.reason, expected.reason);
      if (expected.line !== undefined) assert.equal(error.line, expected.line);
      if (expected.column !== undefined) assert.equal(error.column, expected.column);
      assert.ok(error.line === undefined || error.line >= 1);
    });
  }
});
