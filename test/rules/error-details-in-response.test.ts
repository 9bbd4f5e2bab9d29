import { errorDetailsInResponse } from '../../src/rules/error-details-in-response.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(errorDetailsInResponse, {
  valid: [
    { name: 'a generic message with a request id', code: "app.use((err, req, res, next) => res.status(500).json({ error: 'internal_error', requestId: req.id }));" },
    { name: 'the message of a validation error', code: 'try {\n  validate(req.body);\n} catch (err) {\n  res.status(400).json({ error: err.message });\n}' },
    { name: 'error codes and names', code: 'try {\n  await Patient.create(req.body);\n} catch (err) {\n  res.status(409).json({ code: err.code, name: err.name });\n}' },
    { name: 'the stack in development only (if)', code: "app.use((err, req, res, next) => {\n  if (process.env.NODE_ENV !== 'production') return res.status(500).json({ stack: err.stack });\n  res.sendStatus(500);\n});" },
    { name: 'the stack in development only (?:)', code: 'res.status(500).json({ stack: isDev ? err.stack : undefined });' },
    { name: 'Fastify serialises errors itself', code: 'try {\n  await run();\n} catch (err) {\n  return reply.code(500).send(err);\n}' },
    { name: 'a stack sent to a logger, not a response', code: 'logger.error(err.stack);' },
    { name: 'an unrelated variable named like an error is not a catch variable', code: "const errorCount = 3;\nres.json({ errorCount });" },
  ],
  invalid: [
    {
      name: 'stack trace in an Express error handler',
      code: 'app.use((err, req, res, next) => {\n  res.status(500).json({ message: err.message, stack: err.stack });\n});',
      findings: [
        {
          message: 'Stack trace (err.stack) returned to the client by res.status(500).json',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 67,
          snippet: 'res.status(500).json({ message: err.message, stack: err.stack })',
        },
      ],
    },
    {
      name: 'the message of a database error in a catch',
      code: "async function create(req, res) {\n  try {\n    await Patient.create(req.body);\n  } catch (e) {\n    res.status(500).send('failed: ' + e.message);\n  }\n}",
      filename: 'src/create.js',
      findings: [
        {
          message: 'Database error message (e.message) returned to the client by res.status(500).send',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 49,
          snippet: "res.status(500).send('failed: ' + e.message)",
        },
      ],
    },
    {
      name: 'duplicate-key details and the whole error, through a local',
      code: "try {\n  await User.updateOne(filter, update);\n} catch (err) {\n  const body = { fields: err.keyValue, cause: err };\n  res.status(409).json(body);\n}",
      findings: [
        {
          message: 'Database error details (err.keyValue) and error object (err) returned to the client by res.status(409).json',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 29,
          snippet: 'res.status(409).json(body)',
        },
      ],
    },
    {
      name: 'a database promise chain, template literal',
      code: 'Patient.findById(id).then((p) => res.json({ id: p.id })).catch((error) => res.status(500).send(`lookup failed: ${error}`));',
      findings: [
        {
          message: 'Database error message (error) returned to the client by res.status(500).send',
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 122,
          snippet: 'res.status(500).send(`lookup failed: ${error}`)',
        },
      ],
    },
    {
      name: 'Koa body with the stack, destructured',
      code: 'async function errors(ctx, next) {\n  try {\n    await next();\n  } catch (err) {\n    const { stack } = err;\n    ctx.body = { stack };\n  }\n}',
      filename: 'src/errors.mjs',
      findings: [
        {
          message: 'Stack trace (stack) returned to the client by ctx.body',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 25,
          snippet: 'ctx.body = { stack }',
        },
      ],
    },
  ],
});
