// The classifier configuration of .evident.yml, end to end through scan():
// `classifier.extraNames` adds names per category, `classifier.ignoreNames`
// removes them, for every source-code rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConfigError, scan } from '../../src/index.js';
import { DATA_CATEGORIES } from '../../src/engine/code/index.js';
import { tempProject } from '../helpers/temp-project.js';

const SOURCE = [
  "import { Router } from 'express';",
  "import { logger } from './logger';",
  'export const visits = Router();',
  "visits.post('/visits', async (req, res) => {",
  '  const visit = req.body.visit;',
  "  logger.info('visit', visit.visitReason);",
  "  logger.info('lookup', visit.mrn);",
  "  res.redirect(`/visits/new?reason=${visit.visitReason}`);",
  '});',
  '',
].join('\n');

function located(findings: ReadonlyArray<{ ruleId: string; location: { startLine: number }; message: string }>): string[] {
  return findings.map((f) => `${f.ruleId}:${f.location.startLine} ${f.message}`);
}

describe('classifier configuration (.evident.yml classifier:)', () => {
  it('without configuration the built-in dictionary applies', async () => {
    const { dir, cleanup } = tempProject({ 'src/visits.ts': SOURCE });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(located(result.findings), ['EVD-CODE-001:7 Health data (mrn) written to a log by logger.info']);
    } finally {
      cleanup();
    }
  });

  it('extraNames adds names to a category and ignoreNames removes dictionary words, for every rule', async () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': 'classifier:\n  extraNames:\n    health: [visitReason]\n  ignoreNames: [mrn]\n',
      'src/visits.ts': SOURCE,
    });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(located(result.findings), [
        'EVD-CODE-045:4 POST /visits handles health data (visitReason) with no authentication or authorization in front of its handler: add auth middleware or a guard',
        'EVD-CODE-001:6 Health data (visitReason) written to a log by logger.info',
        'EVD-CODE-004:8 Health data (visitReason) put in a URL by res.redirect (URLs are kept in access logs, browser history and Referer headers)',
      ]);
      assert.deepEqual(result.findings.map((f) => f.dataCategories), [['health'], ['health'], ['health']]);
    } finally {
      cleanup();
    }
  });

  it('an unknown category is a configuration error naming its path', async () => {
    const { dir, cleanup } = tempProject({ '.evident.yml': 'classifier:\n  extraNames:\n    medical: [visitReason]\n', 'src/a.ts': 'export {};\n' });
    try {
      await assert.rejects(scan({ paths: [dir] }), (error: unknown) => error instanceof ConfigError && error.message.includes('classifier.extraNames.medical: is not a known key'));
    } finally {
      cleanup();
    }
  });

  it('the config schema lists exactly the data categories of the classifier', () => {
    const schema = JSON.parse(readFileSync(new URL('../../src/config/config.schema.json', import.meta.url), 'utf8')) as {
      properties: { classifier: { properties: { extraNames: { properties: Record<string, unknown> } } } };
    };
    assert.deepEqual(Object.keys(schema.properties.classifier.properties.extraNames.properties), [...DATA_CATEGORIES]);
  });
});
