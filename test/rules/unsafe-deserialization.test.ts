import { unsafeDeserialization } from '../../src/rules/unsafe-deserialization.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(unsafeDeserialization, {
  valid: [
    { name: 'JSON.parse', code: 'JSON.parse(req.body.payload);' },
    { name: 'js-yaml load with the default schema', code: 'yaml.load(text);' },
    { name: 'js-yaml with JSON_SCHEMA', code: 'yaml.load(text, { schema: yaml.JSON_SCHEMA });' },
    { name: 'v8.deserialize of a local buffer', code: 'import v8 from \'node:v8\';\nv8.deserialize(readFileSync(\'cache.bin\'));' },
    { name: 'a constant unserialize', code: 'serialize.unserialize(\'{}\');' },
  ],
  invalid: [
    {
      name: 'node-serialize of a cookie',
      filename: 'src/app.js',
      code: 'const serialize = require(\'node-serialize\');\napp.get(\'/\', (req, res) => { const profile = serialize.unserialize(req.cookies.profile); res.json(profile.id); });',
      findings: [
        {
          message: 'node-serialize unserialize() of request input (req.cookies.profile) revives functions and can run code: exchange data as JSON',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 88,
          snippet: 'serialize.unserialize(req.cookies.profile)',
        },
      ],
    },
    {
      name: 'js-yaml DEFAULT_FULL_SCHEMA',
      code: 'const doc = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });',
      findings: [
        {
          message: 'YAML load() with a schema that has JavaScript types (DEFAULT_FULL_SCHEMA): a document can define functions; use the default schema',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 66,
          snippet: 'yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA })',
        },
      ],
    },
    {
      name: 'v8.deserialize of request input',
      code: 'import v8 from \'node:v8\';\nexport const restore = (req: Request) => v8.deserialize(Buffer.from(req.body.state, \'base64\'));',
      findings: [
        {
          message: 'v8.deserialize() of request input (req.body.state): untrusted V8 data can build unexpected objects; exchange data as JSON',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 95,
          snippet: 'v8.deserialize(Buffer.from(req.body.state, \'base64\'))',
        },
      ],
    },
  ],
});
