/**
 * EVD-CODE-009: personal or health data written to a local file without
 * encryption.
 *
 * Sinks: `fs.writeFile(Sync)`, `fs.appendFile(Sync)`, `fs.promises.*`, the
 * `fs/promises` functions, fs-extra's `outputFile`/`writeJson`, and `write`/
 * `end` of a stream created by `fs.createWriteStream(…)`. The data argument
 * is classified like any other (member chains, `JSON.stringify`,
 * `patients.map(…).join(…)`, local variables of the same function); data
 * passed through an encryption or redaction function (`encrypt(…)`,
 * `redact(…)`, `hash(…)`) is clean.
 *
 * Credentials are not reported here: tools legitimately keep tokens in
 * permission-restricted files; hard-coded and leaked secrets are other rules'
 * subject.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { describeClassification, mergeClassifications, type Classification } from '../engine/code/data-classifier.js';
import type { SinkNode } from '../engine/code/sinks.js';

/** Credentials are left out of this rule (see the file comment). */
function withoutCredentials(classification: Classification): Classification {
  return {
    categories: classification.categories.filter((c) => c !== 'credentials'),
    matches: classification.matches.filter((m) => m.category !== 'credentials'),
  };
}

export const sensitiveDataInFile = defineRule({
  meta: {
    id: 'EVD-CODE-009',
    slug: 'sensitive-data-in-file',
    title: 'Personal or health data written to a file without encryption',
    description:
      'Personal or health data is written to a local file (an export, a report, a cache, a debug dump) in plaintext. ' +
      'Such files outlive the request, are copied to laptops, shared drives and backups, and are not covered by the ' +
      'database\'s access controls, audit trail or encryption.',
    severity: 'medium',
    remediation:
      'Avoid writing the data to disk; stream exports to the requesting user instead. Where a file is needed, encrypt ' +
      'its content (`encrypt(data)` with a managed key) or write to an encrypted, access-controlled location, restrict ' +
      'its permissions (`mode: 0o600`) and delete it when done.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.310(d)(1)'],
      gdpr: ['Art.5(1)(f)', 'Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'ePHI written to files in plaintext is neither encrypted at rest (164.312(a)(2)(iv)) nor kept under the device and media controls that govern where ePHI is stored and moved (164.310(d)(1)).',
      gdpr:
        'Plaintext copies of personal data outside the system of record lack the encryption Art.32(1)(a) names and the confidentiality Art.5(1)(f) requires.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/313.html',
      'https://cwe.mitre.org/data/definitions/532.html',
      'https://www.hhs.gov/hipaa/for-professionals/breach-notification/guidance/index.html',
    ],
  },
  create(context) {
    const check = (node: SinkNode): void => {
      const sink = context.matchSink(node);
      if (sink === undefined || sink.kind !== 'file') return;
      const classification = withoutCredentials(mergeClassifications(sink.dataArguments.map((a) => context.classifyExpression(a))));
      if (classification.categories.length === 0) return;
      context.report({
        node,
        message: `${describeClassification(classification)} written to a file by ${sink.callee} without encryption`,
        dataCategories: classification.categories,
      });
    };
    return {
      [ts.SyntaxKind.CallExpression]: check,
    };
  },
});
