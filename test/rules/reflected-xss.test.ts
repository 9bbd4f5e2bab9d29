import { reflectedXss } from '../../src/rules/reflected-xss.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(reflectedXss, {
  valid: [
    { name: 'JSON', code: 'app.get(\'/s\', (req, res) => res.json({ q: req.query.q }));' },
    { name: 'escaped', code: 'app.get(\'/s\', (req, res) => res.send(`<h1>${escapeHtml(req.query.q)}</h1>`));' },
    { name: 'plain text', code: 'app.get(\'/s\', (req, res) => res.type(\'text/plain\').send(`q=${req.query.q}`));' },
    { name: 'a whole body object (sent as JSON)', code: 'app.post(\'/echo\', (req, res) => res.send(req.body));' },
    { name: 'a rendered view', code: 'app.get(\'/s\', (req, res) => res.render(\'search\', { q: req.query.q }));' },
    { name: 'Fastify sends strings as text/plain', code: 'fastify.get(\'/s\', (request, reply) => reply.send(`q=${request.query.q}`));' },
    { name: 'a value that is not request input', code: 'app.get(\'/v\', (req, res) => res.send(`<p>${version}</p>`));' },
    { name: 'a NestJS handler with a text/plain header', code: '@Controller()\nclass C {\n  @Get()\n  @Header(\'Content-Type\', \'text/plain\')\n  hi(@Query(\'n\') n: string) {\n    return `hi ${n}`;\n  }\n}' },
  ],
  invalid: [
    {
      name: 'Express res.send',
      code: 'app.get(\'/s\', (req, res) => res.send(`<h1>Results for ${req.query.q}</h1>`));',
      findings: [
        {
          message: 'Request input (req.query.q) echoed into an HTML response by res.send() without escaping: escape it, or send JSON or text/plain',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 76,
          snippet: 'res.send(`<h1>Results for ${req.query.q}</h1>`)',
        },
      ],
    },
    {
      name: 'through a status chain and concatenation',
      code: 'app.get(\'/u/:name\', (req, res) => {\n  res.status(404).send(\'No user \' + req.params.name);\n});',
      findings: [
        {
          message: 'Request input (req.params.name) echoed into an HTML response by res.send() without escaping: escape it, or send JSON or text/plain',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 53,
          snippet: 'res.status(404).send(\'No user \' + req.params.name)',
        },
      ],
    },
    {
      name: 'Koa ctx.body',
      code: 'app.use(async (ctx) => {\n  ctx.body = `<p>${ctx.query.name}</p>`;\n});',
      findings: [
        {
          message: 'Request input (ctx.query.name) echoed into an HTML response by ctx.body without escaping: escape it, or send JSON or text/plain',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 40,
          snippet: 'ctx.body = `<p>${ctx.query.name}</p>`',
        },
      ],
    },
    {
      name: 'a NestJS handler returning a string',
      code: '@Controller(\'hello\')\nexport class HelloController {\n  @Get()\n  hello(@Query(\'name\') name: string) {\n    return `Hello ${name}`;\n  }\n}',
      findings: [
        {
          message: 'Request input (@Query() name) echoed into an HTML response by the hello() handler without escaping: escape it, or send JSON or text/plain',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 28,
          snippet: 'return `Hello ${name}`;',
        },
      ],
    },
  ],
});
