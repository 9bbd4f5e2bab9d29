// The AWS::LanguageExtensions parts of the CloudFormation parser: `!Ref`
// over an intrinsic function (the short form with a mapping or a sequence),
// and Fn::ForEach loops expanded as CloudFormation expands them (literal and
// parameter collections, ${}/&{} in keys and Fn::Sub, Ref to the identifier,
// nested loops, loops in values), with the lines of the loop body, and the
// loops that cannot be expanded listed in LoadResult.skipped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadCloudFormation, parseTemplate } from '../../src/parsers/cloudformation.js';
import type { ParsedTemplate } from '../../src/parsers/cloudformation.js';
import { MAX_LOOP_ENTRIES, MAX_LOOP_VALUES, substitute } from '../../src/parsers/cloudformation/foreach.js';
import { doc, resource } from '../helpers/cloudformation.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { lineOf, textInRange } from '../helpers/range-text.js';

function parse(text: string, path = 'template.yaml'): ParsedTemplate {
  const parsed = parseTemplate({ path, text });
  assert.equal(inputSchemaErrors('cloudformation', parsed.document), '');
  return parsed;
}


describe('!Ref over an intrinsic function (AWS::LanguageExtensions)', () => {
  const YAML = `Transform: AWS::LanguageExtensions
Parameters:
  Target: { Type: String, Default: Bucket }
  Open: { Type: String }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Nested: !Ref
        Ref: Target
      NestedOpen: !Ref
        Ref: Open
      Listed: !Ref [Target]
      Subbed: !Ref { Fn::Sub: "\${Target}" }
      Plain: !Ref Bucket
`;

  it('reads the short form with a mapping or a sequence as the long form, and a non-string argument as unknown, never a parameter', () => {
    const parsed = parse(YAML);
    assert.deepEqual(resource(parsed, 'Policy').properties, {
      Nested: { __unknown__: 'Ref {"Ref":"Target"}', refs: [] },
      NestedOpen: { __unknown__: 'Ref {"Ref":"Open"}', refs: ['Open'] },
      Listed: { __unknown__: 'Ref ["Target"]', refs: [] },
      Subbed: { __unknown__: 'Ref {"Fn::Sub":"${Target}"}', refs: [] },
      Plain: { __unknown__: 'Ref Bucket', refs: ['Bucket'], __ref__: 'Bucket' },
    });
    assert.equal(textInRange(YAML, parsed.locate('Policy', ['properties', 'Nested'])), '!Ref\n        Ref: Target');
  });

  it('normalizes the YAML short form and the JSON long form to the same value', () => {
    const json = JSON.stringify({
      Transform: 'AWS::LanguageExtensions',
      Parameters: { Target: { Type: 'String', Default: 'Bucket' }, Open: { Type: 'String' } },
      Resources: {
        Bucket: { Type: 'AWS::S3::Bucket' },
        Policy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Nested: { Ref: { Ref: 'Target' } },
            NestedOpen: { Ref: { Ref: 'Open' } },
            Listed: { Ref: ['Target'] },
            Subbed: { Ref: { 'Fn::Sub': '${Target}' } },
            Plain: { Ref: 'Bucket' },
          },
        },
      },
    });
    assert.deepEqual(resource(parse(json, 'template.json'), 'Policy').properties, resource(parse(YAML), 'Policy').properties);
  });
});

describe('substitute (an identifier put into a key or a Fn::Sub text)', () => {
  it('puts the item for ${Id} and the item without non-alphanumeric characters for &{Id}, and leaves the rest', () => {
    assert.equal(substitute('Topic${Name}', { Name: 'order.events-v2' }), 'Topicorder.events-v2');
    assert.equal(substitute('Topic&{Name}', { Name: 'order.events-v2' }), 'Topicordereventsv2');
    assert.equal(substitute('${Outer}${Inner}-&{Inner}', { Outer: 'A', Inner: 'b-c' }), 'Ab-c-bc');
    assert.equal(substitute('${!Name} ${Name2} ${ Name } ${AWS::Region}', { Name: 'x' }), '${!Name} ${Name2} ${ Name } ${AWS::Region}');
    assert.equal(substitute('no braces', { Name: 'x' }), 'no braces');
  });
});

describe('Fn::ForEach in Resources, Conditions and Outputs', () => {
  const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  Env:
    Type: String
    Default: prod
  Zones:
    Type: CommaDelimitedList
    Default: "eu-west-1a, eu-west-1b"
Conditions:
  Fn::ForEach::ZoneConditions:
    - Zone
    - !Ref Zones
    - Use&{Zone}: !Equals [!Ref Zone, eu-west-1a]
Resources:
  Fn::ForEach::Topics:
    - Name
    - [Orders, order.events]
    - Topic&{Name}:
        Type: AWS::SNS::Topic
        Properties:
          TopicName: !Sub "\${Env}-\${Name}"
          DisplayName: !Ref Name
          Literal: "\${Name} stays"
          Escaped: !Sub "\${!Name}-\${Name}"
          Stripped: !Sub "&{Name}"
          WithVariables: !Sub ["\${Name}-\${Suffix}", { Suffix: !Ref Name }]
          Region: !Sub "\${AWS::Region}-\${Name}"
  Fn::ForEach::Subnets:
    - Zone
    - !Ref Zones
    - Subnet&{Zone}:
        Type: AWS::EC2::Subnet
        Condition: !Sub "Use&{Zone}"
        DependsOn: !Sub "Topic&{Zone}"
        Properties:
          AvailabilityZone: !Ref Zone
          Topic: !Ref
            Fn::Sub: Topic&{Zone}
          Unchanged: !Ref { Fn::Sub: TopicOrders }
  Plain:
    Type: AWS::SQS::Queue
Outputs:
  Fn::ForEach::TopicOutputs:
    - Name
    - [Orders]
    - "\${Name}Arn":
        Value: !Ref
          Ref: Name
      "\${Name}Name":
        Value: !GetAtt [!Sub "Topic\${Name}", TopicName]
`;
  const parsed = parse(TEMPLATE);
  const body = lineOf(TEMPLATE, '- Topic&{Name}:');
  const subnetBody = lineOf(TEMPLATE, '- Subnet&{Zone}:');

  it('produces one resource per item, in template order, each at the lines of the loop body', () => {
    assert.deepEqual(
      doc(parsed).resources.map((r) => [r.id, r.type, r.startLine, r.endLine]),
      [
        ['TopicOrders', 'AWS::SNS::Topic', body, body + 9],
        ['Topicorderevents', 'AWS::SNS::Topic', body, body + 9],
        ['Subneteuwest1a', 'AWS::EC2::Subnet', subnetBody, subnetBody + 8],
        ['Subneteuwest1b', 'AWS::EC2::Subnet', subnetBody, subnetBody + 8],
        ['Plain', 'AWS::SQS::Queue', subnetBody + 9, subnetBody + 10],
      ],
    );
    assert.deepEqual(parsed.skipped, []);
  });

  it('puts the item into Fn::Sub texts and Ref to the identifier, and nowhere else', () => {
    assert.deepEqual(resource(parsed, 'Topicorderevents').properties, {
      TopicName: 'prod-order.events',
      DisplayName: 'order.events',
      Literal: '${Name} stays',
      Escaped: '${Name}-order.events',
      Stripped: 'orderevents',
      WithVariables: 'order.events-order.events',
      Region: { __unknown__: 'Fn::Sub ${AWS::Region}-order.events', refs: ['AWS::Region'], template: '${AWS::Region}-order.events' },
    });
  });

  it('reads a CommaDelimitedList default as the collection, and a Fn::Sub the item leaves without ${} as its text (Condition, DependsOn, Ref)', () => {
    const subnet = resource(parsed, 'Subneteuwest1b');
    assert.deepEqual(
      { condition: subnet.condition, dependsOn: subnet.dependsOn, properties: subnet.properties },
      {
        condition: 'Useeuwest1b',
        dependsOn: ['Topiceuwest1b'],
        properties: {
          AvailabilityZone: 'eu-west-1b',
          Topic: { __unknown__: 'Ref Topiceuwest1b', refs: ['Topiceuwest1b'] },
          // No identifier in it: a Ref over a function stays unknown.
          Unchanged: { __unknown__: 'Ref {"Fn::Sub":"TopicOrders"}', refs: [] },
        },
      },
    );
  });

  it('expands Conditions and evaluates the conditions it produces', () => {
    assert.deepEqual(doc(parsed).conditions, { Useeuwest1a: true, Useeuwest1b: false });
  });

  it('expands Outputs, where !Ref over Ref to the identifier becomes a Ref to the resource', () => {
    const start = lineOf(TEMPLATE, '- "${Name}Arn":');
    assert.deepEqual(doc(parsed).outputs, [
      {
        id: 'Outputs.OrdersArn',
        name: 'OrdersArn',
        value: { __unknown__: 'Ref Orders', refs: ['Orders'] },
        file: 'template.yaml',
        startLine: start,
        endLine: start + 2,
      },
      {
        id: 'Outputs.OrdersName',
        name: 'OrdersName',
        value: { __unknown__: 'Fn::GetAtt TopicOrders.TopicName', refs: ['TopicOrders.TopicName'], __ref__: 'TopicOrders', attribute: 'TopicName' },
        file: 'template.yaml',
        startLine: start + 3,
        endLine: start + 4,
      },
    ]);
  });

  it('locates the properties of every produced resource in the loop body', () => {
    for (const id of ['TopicOrders', 'Topicorderevents']) {
      assert.deepEqual(parsed.locate(id, ['properties', 'TopicName']), { startLine: body + 3, startColumn: 22, endLine: body + 3, endColumn: 43 });
      assert.equal(textInRange(TEMPLATE, parsed.locate(id, ['properties', 'TopicName'])), '!Sub "${Env}-${Name}"');
      // A property that is not written: the Properties key of the body.
      assert.equal(parsed.locate(id, ['properties', 'KmsMasterKeyId'])?.startLine, body + 2);
    }
    assert.equal(textInRange(TEMPLATE, parsed.locate('Subneteuwest1a', ['condition'])), '!Sub "Use&{Zone}"');
    assert.equal(textInRange(TEMPLATE, parsed.locate('Outputs.OrdersArn', ['value'])), '!Ref\n          Ref: Name');
  });
});

describe('Fn::ForEach: nested loops', () => {
  const TEMPLATE = `Transform: AWS::LanguageExtensions
Parameters:
  Kinds:
    Type: CommaDelimitedList
    Default: Public,Private
  Suffixes:
    Type: CommaDelimitedList
Mappings:
  One:
    Public: { Cidr: 10.0.0.0/24 }
    Private: { Cidr: 10.0.1.0/24 }
  Two:
    Public: { Cidr: 10.0.2.0/24 }
    Private: { Cidr: 10.0.3.0/24 }
Resources:
  Vpc:
    Type: AWS::EC2::VPC
  Fn::ForEach::Subnets:
    - Name
    - [One, Two]
    - Fn::ForEach::Kinds:
        - Kind
        - !Ref Kinds
        - "\${Name}\${Kind}":
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: !FindInMap [!Ref Name, !Ref Kind, Cidr]
              MapPublicIpOnLaunch: true
      Acl\${Name}:
        Type: AWS::EC2::NetworkAcl
      Fn::ForEach::Unknown:
        - Suffix
        - !Ref Suffixes
        - "\${Name}\${Suffix}":
            Type: AWS::EC2::Subnet
`;
  const parsed = parse(TEMPLATE);

  it('expands a loop inside a loop, with the identifiers of both', () => {
    const inner = lineOf(TEMPLATE, '- "${Name}${Kind}":');
    const acl = lineOf(TEMPLATE, 'Acl${Name}:');
    assert.deepEqual(
      doc(parsed).resources.map((r) => [r.id, r.type, r.properties.CidrBlock ?? null, r.startLine, r.endLine]),
      [
        ['Vpc', 'AWS::EC2::VPC', null, 16, 17],
        ['OnePublic', 'AWS::EC2::Subnet', '10.0.0.0/24', inner, inner + 5],
        ['OnePrivate', 'AWS::EC2::Subnet', '10.0.1.0/24', inner, inner + 5],
        ['AclOne', 'AWS::EC2::NetworkAcl', null, acl, acl + 1],
        ['TwoPublic', 'AWS::EC2::Subnet', '10.0.2.0/24', inner, inner + 5],
        ['TwoPrivate', 'AWS::EC2::Subnet', '10.0.3.0/24', inner, inner + 5],
        ['AclTwo', 'AWS::EC2::NetworkAcl', null, acl, acl + 1],
      ],
    );
    assert.deepEqual(resource(parsed, 'TwoPrivate').properties, {
      VpcId: { __unknown__: 'Ref Vpc', refs: ['Vpc'], __ref__: 'Vpc' },
      CidrBlock: '10.0.3.0/24',
      MapPublicIpOnLaunch: true,
    });
    assert.equal(textInRange(TEMPLATE, parsed.locate('TwoPrivate', ['properties', 'MapPublicIpOnLaunch'])), 'true');
  });

  it('notes a nested loop that cannot be expanded once, however many times the outer loop runs', () => {
    const line = lineOf(TEMPLATE, 'Fn::ForEach::Unknown:');
    assert.deepEqual(parsed.skipped, [
      {
        file: 'template.yaml',
        reason: `Fn::ForEach::Unknown (line ${line}): collection is not known from the template (Ref to parameter Suffixes without a default); its resources are not checked`,
      },
    ]);
  });

  it('stops at six levels of loops, as CloudFormation does', () => {
    // L1 (over [a]) holds L2 (over [b]) … holds L6 (over [f]), whose body has a queue and a seventh loop.
    let body: Record<string, unknown> = {
      'Six${I1}${I2}${I3}${I4}${I5}${I6}': { Type: 'AWS::SQS::Queue' },
      'Fn::ForEach::L7': ['I7', ['g'], { 'Seven${I7}': { Type: 'AWS::SQS::Queue' } }],
    };
    for (const [level, item] of [[6, 'f'], [5, 'e'], [4, 'd'], [3, 'c'], [2, 'b'], [1, 'a']] as const) {
      body = { [`Fn::ForEach::L${level}`]: [`I${level}`, [item], body] };
    }
    const text = JSON.stringify({ Transform: 'AWS::LanguageExtensions', Resources: body }, null, 2);
    const deep = parse(text, 'template.json');
    assert.deepEqual(doc(deep).resources.map((r) => r.id), ['Sixabcdef']);
    assert.deepEqual(deep.skipped, [
      { file: 'template.json', reason: `Fn::ForEach::L7 (line ${lineOf(text, '"Fn::ForEach::L7":')}): nested deeper than 6 Fn::ForEach loops; its resources are not checked` },
    ]);
  });
});

describe('Fn::ForEach: loops that cannot be expanded', () => {
  const TEMPLATE = `Transform: AWS::LanguageExtensions
Parameters:
  Open:
    Type: CommaDelimitedList
  FromSsm:
    Type: AWS::SSM::Parameter::Value<List<String>>
    Default: /app/names
  Single:
    Type: String
    Default: a,b
Resources:
  Fn::ForEach::Instances:
    - Name
    - !Ref Open
    - Instance\${Name}:
        Type: AWS::EC2::Instance
  Fn::ForEach::Ssm:
    - Name
    - !Ref FromSsm
    - Queue\${Name}:
        Type: AWS::SQS::Queue
  Fn::ForEach::NotAList:
    - Name
    - !Ref Single
    - Topic\${Name}:
        Type: AWS::SNS::Topic
  Fn::ForEach::Zones:
    - Zone
    - !GetAZs ""
    - Subnet\${Zone}:
        Type: AWS::EC2::Subnet
  Fn::ForEach::Pseudo:
    - Arn
    - !Ref AWS::NotificationARNs
    - Sub\${Arn}:
        Type: AWS::SNS::Subscription
  Fn::ForEach::Text:
    - Name
    - "A,B"
    - Text\${Name}:
        Type: AWS::SQS::Queue
  Fn::ForEach::Malformed:
    - Name
    - [A]
  Fn::ForEach::Duplicate:
    - Name
    - [Bucket, Other]
    - \${Name}:
        Type: AWS::S3::Bucket
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: records
Outputs:
  Fn::ForEach::Arns:
    - Name
    - !Ref Open
    - \${Name}Arn:
        Value: !Ref Name
`;

  it('lists each loop in LoadResult.skipped with the file, the loop and why, and still analyses the rest of the template', () => {
    const result = loadCloudFormation('.', [{ path: 'stacks/app.yaml', text: TEMPLATE }]);
    assert.deepEqual(result.errors, []);
    assert.equal(result.documents.length, 1);
    const document = doc(result.documents[0]!);
    assert.equal(inputSchemaErrors('cloudformation', document), '');
    assert.deepEqual(
      document.resources.map((r) => [r.id, r.startLine]),
      [
        ['Other', lineOf(TEMPLATE, '- ${Name}:')],
        ['Bucket', lineOf(TEMPLATE, '  Bucket:')],
      ],
    );
    assert.deepEqual(document.resources[1]!.properties, { BucketName: 'records' });
    assert.deepEqual(document.outputs, []);
    const at = (key: string): number => lineOf(TEMPLATE, `${key}:`);
    assert.deepEqual(result.skipped, [
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Instances (line ${at('Fn::ForEach::Instances')}): collection is not known from the template (Ref to parameter Open without a default); its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Ssm (line ${at('Fn::ForEach::Ssm')}): collection is not known from the template (Ref to parameter FromSsm, read from SSM Parameter Store at deploy time); its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::NotAList (line ${at('Fn::ForEach::NotAList')}): collection is not a list (Ref to parameter Single of type String, not a CommaDelimitedList); its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Zones (line ${at('Fn::ForEach::Zones')}): collection is not known from the template (Fn::GetAZs); its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Pseudo (line ${at('Fn::ForEach::Pseudo')}): collection is not known from the template (Ref to AWS::NotificationARNs, which is not a parameter of the template); its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Text (line ${at('Fn::ForEach::Text')}): collection is not a list of strings; its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Malformed (line ${at('Fn::ForEach::Malformed')}): not of the form [Identifier, Collection, {OutputKey: OutputValue}]; its resources are not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Duplicate (line ${at('Fn::ForEach::Duplicate')}): produces Bucket, which is already declared (CloudFormation rejects the template); that copy is not checked`,
      },
      {
        file: 'stacks/app.yaml',
        reason: `Fn::ForEach::Arns (line ${at('Fn::ForEach::Arns')}): collection is not known from the template (Ref to parameter Open without a default); its outputs are not checked`,
      },
    ]);
  });

  it('keeps templates apart: skipped entries follow the files in path order, and a bad file is still an error', () => {
    const loop = 'Resources:\n  Fn::ForEach::Q:\n    - N\n    - !Ref Names\n    - Q${N}:\n        Type: AWS::SQS::Queue\n';
    const result = loadCloudFormation('stacks', [
      { path: 'stacks/b.yaml', text: loop },
      { path: 'stacks/c.yaml', text: 'Resources:\n  Fn::ForEach::Q:\n    - N\n    - [A]\n    - Q${N}:\n        Properties: {}\n' },
      { path: 'stacks/a.yaml', text: `Parameters:\n  Names: { Type: CommaDelimitedList }\n${loop}` },
    ]);
    assert.deepEqual(
      result.documents.map((d) => [d.document.path, d.document.resources.map((r) => r.id)]),
      [
        ['stacks/a.yaml', []],
        ['stacks/b.yaml', []],
      ],
    );
    assert.deepEqual(result.skipped, [
      { file: 'stacks/a.yaml', reason: 'Fn::ForEach::Q (line 4): collection is not known from the template (Ref to parameter Names without a default); its resources are not checked' },
      { file: 'stacks/b.yaml', reason: 'Fn::ForEach::Q (line 2): collection is not known from the template (Ref to Names, which is not a parameter of the template); its resources are not checked' },
    ]);
    // A body without Type is an error at the body, as for any resource.
    assert.deepEqual(result.errors, [{ file: 'stacks/c.yaml', reason: 'resource QA has no Type', line: 6, column: 9 }]);
  });

  it(`stops once the loops of a template produce ${MAX_LOOP_ENTRIES} entries`, () => {
    const items = Array.from({ length: 80 }, (_, i) => `n${i}`).join(', ');
    const text = `Resources:\n  Fn::ForEach::Outer:\n    - A\n    - [${items}]\n    - Fn::ForEach::Inner:\n        - B\n        - [${items}]\n        - Q\${A}x\${B}:\n            Type: AWS::SQS::Queue\n`;
    const parsed = parseTemplate({ path: 'big.yaml', text });
    // 62 whole rounds of the outer loop (62 × 80 = 4960) and 40 entries of the 63rd.
    const expected = Array.from({ length: 63 }, (_, a) => Array.from({ length: a < 62 ? 80 : 40 }, (_, b) => `Qn${a}xn${b}`)).flat();
    assert.equal(expected.length, MAX_LOOP_ENTRIES);
    assert.deepEqual(doc(parsed).resources.map((r) => r.id), expected);
    assert.deepEqual(parsed.skipped, [
      { file: 'big.yaml', reason: `Fn::ForEach::Inner (line 5): the template's Fn::ForEach loops produce more than ${MAX_LOOP_ENTRIES} entries or ${MAX_LOOP_VALUES} values; the rest are not checked` },
      { file: 'big.yaml', reason: `Fn::ForEach::Outer (line 2): the template's Fn::ForEach loops produce more than ${MAX_LOOP_ENTRIES} entries or ${MAX_LOOP_VALUES} values; the rest are not checked` },
    ]);
  });
});

describe('Fn::ForEach: a large body copied many times', () => {
  it(`stops once the loops of a template produce ${MAX_LOOP_VALUES} values`, () => {
    const items = Array.from({ length: 1000 }, (_, i) => `n${i}`).join(', ');
    const values = Array.from({ length: 300 }, (_, i) => i).join(', ');
    // Each copy is 304 values: the definition, Type, Properties, Items and its 300 numbers.
    const text = `Resources:\n  Fn::ForEach::Many:\n    - A\n    - [${items}]\n    - Q\${A}:\n        Type: AWS::SQS::Queue\n        Properties:\n          Items: [${values}]\n`;
    const parsed = parseTemplate({ path: 'big.yaml', text });
    // ceil(250000 / 304) = 823 copies: the copy that goes past the bound is kept.
    assert.deepEqual(doc(parsed).resources.map((r) => r.id), Array.from({ length: 823 }, (_, i) => `Qn${i}`));
    assert.deepEqual(parsed.skipped, [
      { file: 'big.yaml', reason: `Fn::ForEach::Many (line 2): the template's Fn::ForEach loops produce more than ${MAX_LOOP_ENTRIES} entries or ${MAX_LOOP_VALUES} values; the rest are not checked` },
    ]);
  });
});

describe('Fn::ForEach: loops in values and in JSON templates', () => {
  it('expands a loop in resource properties, and leaves one it cannot expand as written (unknown)', () => {
    const text = `Transform: AWS::LanguageExtensions
Parameters:
  Open: { Type: CommaDelimitedList }
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          STAGE: prod
          Fn::ForEach::Queues:
            - Name
            - [Orders, Invoices]
            - "&{Name}_QUEUE": !Sub "\${Name}-queue"
              "&{Name}_DLQ": !Sub "\${Name}-dlq"
      Tags:
        Fn::ForEach::Open:
          - Name
          - !Ref Open
          - \${Name}: x
`;
    const parsed = parse(text);
    assert.deepEqual(resource(parsed, 'Fn').properties, {
      Environment: {
        Variables: { STAGE: 'prod', Orders_QUEUE: 'Orders-queue', Orders_DLQ: 'Orders-dlq', Invoices_QUEUE: 'Invoices-queue', Invoices_DLQ: 'Invoices-dlq' },
      },
      Tags: { __unknown__: 'Fn::ForEach::Open ["Name",{"Ref":"Open"},{"${Name}":"x"}]', refs: ['Open'] },
    });
    assert.deepEqual(parsed.skipped, [
      {
        file: 'template.yaml',
        reason: `Fn::ForEach::Open (line ${lineOf(text, 'Fn::ForEach::Open:')}): collection is not known from the template (Ref to parameter Open without a default); what it adds is not checked`,
      },
    ]);
  });

  it('expands a JSON template the same way, at the lines of the loop body', () => {
    const text = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Transform": "AWS::LanguageExtensions",
  "Resources": {
    "Fn::ForEach::Tables": [
      "TableName",
      ["Points", "Score"],
      {
        "DynamoDB\${TableName}": {
          "Type": "AWS::DynamoDB::Table",
          "Properties": {
            "TableName": { "Ref": "TableName" },
            "SSESpecification": { "SSEEnabled": false }
          }
        }
      }
    ]
  }
}
`;
    const parsed = parse(text, 'tables.json');
    assert.deepEqual(
      doc(parsed).resources.map((r) => [r.id, r.properties, r.startLine, r.endLine]),
      [
        ['DynamoDBPoints', { TableName: 'Points', SSESpecification: { SSEEnabled: false } }, 9, 15],
        ['DynamoDBScore', { TableName: 'Score', SSESpecification: { SSEEnabled: false } }, 9, 15],
      ],
    );
    assert.equal(textInRange(text, parsed.locate('DynamoDBScore', ['properties', 'SSESpecification', 'SSEEnabled'])), 'false');
    assert.deepEqual(parsed.skipped, []);
  });
});
