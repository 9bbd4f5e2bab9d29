/**
 * EVD-CODE-001: personal or health data passed to a logger.
 *
 * A call is reported when it is a logger sink (see the sink catalogue) and
 * one of its arguments carries data the classifier recognises. What is *not*
 * data: string literals (prose: `console.log('patient created')`), opaque ids
 * (`patient.id`, `patientId`: surrogate keys are what audit logs should
 * record, and are not PHI by themselves), lengths and counts, booleans about
 * the data (`!!patient.ssn`, `hasPassword`), and results of redaction
 * functions (`redact(x)`, `mask(x)`, `hash(x)`).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { describeClassification, mergeClassifications } from '../engine/code/data-classifier.js';

export const sensitiveDataInLogs = defineRule({
  meta: {
    id: 'EVD-CODE-001',
    slug: 'sensitive-data-in-logs',
    title: 'Personal or health data written to a log',
    description:
      'A logger call (console, winston, pino, bunyan, debug, a `logger`/`*Logger` object, `req.log`) receives a value ' +
      'whose names show personal data: health data (diagnosis, medication, MRN), government identifiers (SSN, ' +
      'passport), contact data, financial data, credentials, location, biometric or genetic data, or whole request ' +
      'bodies. Logs are copied, shipped to third parties and kept longer than the records they describe.',
    severity: 'high',
    remediation:
      'Log an opaque identifier (`patient.id`) instead of the data, or pass the value through a redaction function ' +
      '(`redact()`, `mask()`, `hash()`); configure the logger to redact sensitive paths (pino `redact`, winston format).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(1)(ii)(B)', '164.312(a)(1)'],
      gdpr: ['Art.5(1)(c)', 'Art.5(1)(f)', 'Art.25(2)', 'Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'ePHI copied into logs escapes the access controls of the system of record (164.312(a)(1)) and is a risk the security management process must reduce (164.308(a)(1)(ii)(B)).',
      gdpr:
        'Logging personal data goes beyond what the purpose needs (data minimisation, Art.5(1)(c), Art.25(2)) and spreads it to stores without the same confidentiality and pseudonymisation (Art.5(1)(f), Art.32(1)(a)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/532.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
      'https://www.hhs.gov/hipaa/for-professionals/security/laws-regulations/index.html',
    ],
  },
  create(context) {
    return {
      [ts.SyntaxKind.CallExpression](node) {
        const sink = context.matchSink(node);
        if (sink === undefined || sink.kind !== 'logger') return;
        const classification = mergeClassifications(sink.dataArguments.map((a) => context.classifyExpression(a)));
        if (classification.categories.length === 0) return;
        context.report({
          node,
          message: `${describeClassification(classification)} written to a log by ${sink.callee}`,
          dataCategories: classification.categories,
        });
      },
    };
  },
});

