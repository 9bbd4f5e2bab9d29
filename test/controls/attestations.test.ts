import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  applyAttestations,
  hashEvidence,
  loadAttestations,
  parseAttestations,
  type AttestationEntry,
  type PreparedAttestation,
} from '../../src/controls/attestations.js';
import { loadFramework, type Framework } from '../../src/controls/catalog.js';
import { ConfigError } from '../../src/errors.js';
import { packageRoot } from '../../src/package-root.js';
import type { ControlResult } from '../../src/scan-result.js';
import { tempProject } from '../helpers/temp-project.js';

const TODAY = '2026-02-01';
const catalogs: ReadonlyMap<string, Framework> = new Map([
  ['hipaa', loadFramework('hipaa')],
  ['gdpr', loadFramework('gdpr')],
]);

const NO_CHECK = 'no automated check maps to this control; it needs documentary evidence';

/** A control result as evaluate.ts makes them. */
function control(id: string, status: ControlResult['status'], reason = NO_CHECK, framework = 'hipaa'): ControlResult {
  const definition = catalogs.get(framework)?.controls.find((c) => c.id === id);
  assert.ok(definition, `${framework}:${id} is in the catalog`);
  return {
    framework,
    id,
    title: definition.title,
    kind: definition.kind,
    status,
    basis: { checks: [], reason },
    findings: status === 'fail' ? ['fp-1'] : [],
  };
}

function entry(fields: Partial<AttestationEntry> & Pick<AttestationEntry, 'control' | 'status'>): AttestationEntry {
  return { statement: 'Documented yearly.', owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', ...fields };
}

const prepared = (...entries: AttestationEntry[]): PreparedAttestation[] => entries.map((e) => ({ entry: e, evidence: [] }));

const RISK = '164.308(a)(1)(ii)(A)';
const TESTING = '164.308(a)(7)(ii)(D)';

describe('applyAttestations', () => {
  it('an implemented attestation turns a manual control into pass, with the attestation as basis', () => {
    const outcome = applyAttestations([control(RISK, 'manual')], prepared(entry({ control: `hipaa:${RISK}`, status: 'implemented' })), { today: TODAY, catalogs, file: '.evident/attestations.yaml' });
    assert.deepEqual(outcome, {
      controls: [
        {
          ...control(RISK, 'manual'),
          status: 'pass',
          basis: {
            checks: [],
            reason: 'attested as implemented by Dana Whitfield on 2025-11-03, valid until 2026-11-02',
            attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'implemented', statement: 'Documented yearly.' },
          },
        },
      ],
      records: [
        {
          control: `hipaa:${RISK}`,
          status: 'implemented',
          statement: 'Documented yearly.',
          owner: 'Dana Whitfield',
          date: '2025-11-03',
          expires: '2026-11-02',
          evidence: [],
          applied: true,
        },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('does not change the controls it is given', () => {
    const input = [control(RISK, 'manual')];
    applyAttestations(input, prepared(entry({ control: `hipaa:${RISK}`, status: 'implemented' })), { today: TODAY, catalogs });
    assert.deepEqual(input, [control(RISK, 'manual')]);
  });

  it('alternative on an addressable specification passes it, citing 164.306(d)(3)', () => {
    const statement = 'Quarterly restore tests instead of full contingency exercises.';
    const outcome = applyAttestations([control(TESTING, 'manual')], prepared(entry({ control: `hipaa:${TESTING}`, status: 'alternative', statement })), { today: TODAY, catalogs });
    assert.deepEqual(outcome.controls, [
      {
        ...control(TESTING, 'manual'),
        status: 'pass',
        basis: {
          checks: [],
          reason: 'equivalent alternative measure documented by Dana Whitfield on 2025-11-03, valid until 2026-11-02 (addressable specification, 45 CFR 164.306(d)(3))',
          attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'alternative', statement },
        },
      },
    ]);
    assert.equal(outcome.records[0]?.applied, true);
  });

  it('alternative on a required specification is not applied, with a warning saying why', () => {
    const outcome = applyAttestations([control(RISK, 'manual')], prepared(entry({ control: `hipaa:${RISK}`, status: 'alternative', statement: 'A shorter checklist instead of a risk analysis.' })), {
      today: TODAY,
      catalogs,
      file: '.evident/attestations.yaml',
    });
    const problem = `alternative applies only to addressable specifications (45 CFR 164.306(d)(3)); hipaa:${RISK} is a required specification`;
    assert.deepEqual(outcome, {
      controls: [{ ...control(RISK, 'manual'), basis: { checks: [], reason: `${NO_CHECK}; attestation by Dana Whitfield not applied: ${problem}` } }],
      records: [
        {
          control: `hipaa:${RISK}`,
          status: 'alternative',
          statement: 'A shorter checklist instead of a risk analysis.',
          owner: 'Dana Whitfield',
          date: '2025-11-03',
          expires: '2026-11-02',
          evidence: [],
          applied: false,
          problem,
        },
      ],
      errors: [],
      warnings: [{ message: `attestation of hipaa:${RISK} by Dana Whitfield: ${problem}; it was not applied`, file: '.evident/attestations.yaml' }],
    });
  });

  it('not_applicable makes a manual control not_applicable; not_implemented makes it fail', () => {
    const clearinghouse = '164.308(a)(4)(ii)(A)';
    const outcome = applyAttestations(
      [control(clearinghouse, 'manual'), control(RISK, 'manual')],
      prepared(
        entry({ control: `hipaa:${clearinghouse}`, status: 'not_applicable', statement: 'Not a clearinghouse.' }),
        entry({ control: `hipaa:${RISK}`, status: 'not_implemented', statement: 'Planned for Q3.' }),
      ),
      { today: TODAY, catalogs },
    );
    assert.deepEqual(outcome.controls, [
      {
        ...control(clearinghouse, 'manual'),
        status: 'not_applicable',
        basis: {
          checks: [],
          reason: 'declared not applicable by Dana Whitfield on 2025-11-03, valid until 2026-11-02',
          attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'not_applicable', statement: 'Not a clearinghouse.' },
        },
      },
      {
        ...control(RISK, 'manual'),
        status: 'fail',
        basis: {
          checks: [],
          reason: 'declared not implemented by Dana Whitfield on 2025-11-03, valid until 2026-11-02',
          attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'not_implemented', statement: 'Planned for Q3.' },
        },
      },
    ]);
    assert.deepEqual(outcome.records.map((r) => r.applied), [true, true]);
  });

  it('findings win: a control failing on findings stays fail, the attestation is recorded as not applied', () => {
    const encryption = '164.312(a)(2)(iv)';
    const failing = control(encryption, 'fail', '1 unsuppressed finding of mapped checks');
    const outcome = applyAttestations([failing], prepared(entry({ control: `hipaa:${encryption}`, status: 'implemented' })), { today: TODAY, catalogs });
    assert.deepEqual(outcome.controls, [failing]);
    assert.deepEqual(outcome.records.map((r) => ({ applied: r.applied, problem: r.problem })), [{ applied: false, problem: 'control has open findings' }]);
    assert.deepEqual(outcome.warnings, []);
  });

  it('on a control the scan decided, implemented changes nothing, not_applicable and not_implemented do', () => {
    const encryption = '164.312(a)(2)(iv)';
    const transport = '164.312(e)(2)(ii)';
    const backup = '164.308(a)(7)(ii)(A)';
    const clean = '1 mapped check ran on 1 applicable input and found no violation';
    const empty = 'none of the 1 mapped check found an applicable resource or file in the scan';
    const controls = [control(encryption, 'pass', clean), control(transport, 'pass', clean), control(backup, 'not_applicable', empty), control('164.312(b)', 'not_applicable', empty)];
    const outcome = applyAttestations(
      controls,
      prepared(
        entry({ control: `hipaa:${encryption}`, status: 'implemented' }),
        entry({ control: `hipaa:${transport}`, status: 'not_implemented', statement: 'Internal traffic is not encrypted yet.' }),
        entry({ control: `hipaa:${backup}`, status: 'not_applicable', statement: 'No database holds ePHI.' }),
        entry({ control: 'hipaa:164.312(b)', status: 'implemented' }),
      ),
      { today: TODAY, catalogs },
    );
    assert.deepEqual(outcome.controls, [
      controls[0],
      {
        ...control(transport, 'pass', clean),
        status: 'fail',
        basis: {
          checks: [],
          reason: 'declared not implemented by Dana Whitfield on 2025-11-03, valid until 2026-11-02',
          attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'not_implemented', statement: 'Internal traffic is not encrypted yet.' },
        },
      },
      {
        ...control(backup, 'not_applicable', empty),
        basis: {
          checks: [],
          reason: 'declared not applicable by Dana Whitfield on 2025-11-03, valid until 2026-11-02',
          attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'not_applicable', statement: 'No database holds ePHI.' },
        },
      },
      controls[3],
    ]);
    assert.deepEqual(outcome.records.map((r) => [r.applied, r.problem]), [
      [false, 'control passes on scan evidence; the attestation is not needed'],
      [true, undefined],
      [true, undefined],
      [false, 'control is not applicable by scan; the attestation is not needed'],
    ]);
  });

  it('an expired attestation leaves the control manual, says so in the reason and warns; it is valid through its expires day', () => {
    const expired = entry({ control: `hipaa:${RISK}`, status: 'implemented', date: '2025-02-01', expires: '2026-01-31' });
    const outcome = applyAttestations([control(RISK, 'manual')], prepared(expired), { today: TODAY, catalogs, file: 'a.yaml' });
    assert.deepEqual(outcome.controls, [{ ...control(RISK, 'manual'), basis: { checks: [], reason: `${NO_CHECK}; attestation by Dana Whitfield expired on 2026-01-31` } }]);
    assert.deepEqual(outcome.records.map((r) => [r.applied, r.problem]), [[false, 'expired on 2026-01-31']]);
    assert.deepEqual(outcome.warnings, [{ message: `attestation of hipaa:${RISK} by Dana Whitfield expired on 2026-01-31; renew it or remove it`, file: 'a.yaml' }]);

    const lastDay = applyAttestations([control(RISK, 'manual')], prepared(expired), { today: '2026-01-31', catalogs });
    assert.equal(lastDay.controls[0]?.status, 'pass');
    assert.deepEqual(lastDay.warnings, []);
  });

  it('a manual control without an attestation says so', () => {
    const outcome = applyAttestations([control(RISK, 'manual')], [], { today: TODAY, catalogs });
    assert.deepEqual(outcome, {
      controls: [{ ...control(RISK, 'manual'), basis: { checks: [], reason: `${NO_CHECK}; no attestation` } }],
      records: [],
      errors: [],
      warnings: [],
    });
  });

  it('an unknown control or framework is not applied and warns; a framework left out of the scan only is recorded', () => {
    const outcome = applyAttestations(
      [control(RISK, 'manual')],
      prepared(
        entry({ control: 'hipaa:164.999(z)', status: 'implemented' }),
        entry({ control: 'sox:404', status: 'implemented' }),
        entry({ control: 'gdpr:Art.30(1)', status: 'implemented' }),
      ),
      { today: TODAY, catalogs },
    );
    assert.deepEqual(outcome.records.map((r) => [r.control, r.applied, r.problem]), [
      ['hipaa:164.999(z)', false, 'unknown control 164.999(z) of hipaa'],
      ['sox:404', false, 'unknown framework sox'],
      ['gdpr:Art.30(1)', false, 'framework gdpr is not reported in this scan'],
    ]);
    assert.deepEqual(outcome.warnings, [
      { message: 'attestation of hipaa:164.999(z) by Dana Whitfield: hipaa has no control 164.999(z); it was not applied' },
      { message: 'attestation of sox:404 by Dana Whitfield: unknown framework sox; it was not applied' },
    ]);
    assert.equal(outcome.controls[0]?.status, 'manual');
  });

  it('a missing evidence file is an error in the result and the attestation is not applied', () => {
    const missing: PreparedAttestation = {
      entry: entry({ control: `hipaa:${RISK}`, status: 'implemented', evidence: [{ file: 'compliance/risk.pdf' }, { url: 'https://intranet.example.org/risk' }] }),
      evidence: [{ file: 'compliance/risk.pdf', missing: true }, { url: 'https://intranet.example.org/risk' }],
    };
    const outcome = applyAttestations([control(RISK, 'manual')], [missing], { today: TODAY, catalogs });
    assert.deepEqual(outcome.errors, [{ file: 'compliance/risk.pdf', reason: `attestation evidence file not found (hipaa:${RISK})` }]);
    assert.deepEqual(outcome.records, [
      {
        control: `hipaa:${RISK}`,
        status: 'implemented',
        statement: 'Documented yearly.',
        owner: 'Dana Whitfield',
        date: '2025-11-03',
        expires: '2026-11-02',
        evidence: [{ file: 'compliance/risk.pdf', missing: true }, { url: 'https://intranet.example.org/risk' }],
        applied: false,
        problem: 'evidence file not found: compliance/risk.pdf',
      },
    ]);
    assert.deepEqual(outcome.controls, [
      { ...control(RISK, 'manual'), basis: { checks: [], reason: `${NO_CHECK}; attestation by Dana Whitfield not applied: evidence file not found: compliance/risk.pdf` } },
    ]);
  });

  it('of several attestations for one control the latest applies; one dated after today is not applied', () => {
    const outcome = applyAttestations(
      [control(RISK, 'manual')],
      prepared(
        entry({ control: `hipaa:${RISK}`, status: 'implemented', owner: 'Old Owner', date: '2025-03-01' }),
        entry({ control: `hipaa:${RISK}`, status: 'implemented', owner: 'New Owner', date: '2025-12-01' }),
        entry({ control: `hipaa:${RISK}`, status: 'implemented', owner: 'Future Owner', date: '2026-03-01', expires: '2027-03-01' }),
      ),
      { today: TODAY, catalogs },
    );
    assert.deepEqual(outcome.records.map((r) => [r.owner, r.applied, r.problem]), [
      ['Old Owner', false, 'superseded by the attestation by New Owner dated 2025-12-01'],
      ['New Owner', true, undefined],
      ['Future Owner', false, 'dated 2026-03-01, after the scan day 2026-02-01'],
    ]);
    assert.equal(outcome.controls[0]?.basis.attestation?.owner, 'New Owner');
    assert.deepEqual(outcome.warnings, [{ message: `attestation of hipaa:${RISK} by Future Owner is dated 2026-03-01, after the scan day 2026-02-01; it was not applied` }]);
  });

});

describe('attestations file', () => {
  const valid = [
    'attestations:',
    `  - control: hipaa:${RISK}`,
    '    status: implemented',
    '    statement: Yearly risk analysis.',
    '    owner: Dana Whitfield',
    '    date: 2025-11-03',
    '    expires: 2026-11-02',
    '    evidence:',
    '      - file: compliance/risk.md',
    '      - url: https://intranet.example.org/risk',
    '',
  ].join('\n');

  it('parses a valid file (unquoted dates stay strings)', () => {
    assert.deepEqual(parseAttestations(valid, 'a.yaml'), [
      {
        control: `hipaa:${RISK}`,
        status: 'implemented',
        statement: 'Yearly risk analysis.',
        owner: 'Dana Whitfield',
        date: '2025-11-03',
        expires: '2026-11-02',
        evidence: [{ file: 'compliance/risk.md' }, { url: 'https://intranet.example.org/risk' }],
      },
    ]);
  });

  const invalid: Array<[string, string, string]> = [
    ['a wrong date', valid.replace('date: 2025-11-03', 'date: 2025-02-30'), 'attestations[0].date: must match format "date"'],
    ['an unknown status', valid.replace('status: implemented', 'status: done'), 'attestations[0].status: must be one of "implemented", "alternative", "not_applicable", "not_implemented"'],
    ['an unknown key', valid.replace('    owner:', '    signedBy: x\n    owner:'), 'attestations[0].signedBy: is not a known key'],
    ['a missing owner', valid.replace('    owner: Dana Whitfield\n', ''), 'attestations[0].owner: is required'],
    ['alternative without a statement', valid.replace('status: implemented', 'status: alternative').replace('    statement: Yearly risk analysis.\n', ''), 'attestations[0].statement: is required'],
    ['expires before date', valid.replace('expires: 2026-11-02', 'expires: 2025-01-01'), 'attestations[0].expires: must not be before date (2025-11-03)'],
    ['evidence outside the scanned folder', valid.replace('file: compliance/risk.md', 'file: ../secrets/risk.md'), 'attestations[0].evidence[0].file: must be a relative path inside the scanned folder'],
  ];
  for (const [what, text, problem] of invalid) {
    it(`rejects ${what}, naming the JSON path`, () => {
      assert.throws(
        () => parseAttestations(text, '.evident/attestations.yaml'),
        (error: unknown) => error instanceof ConfigError && error.message === `invalid attestations file .evident/attestations.yaml: ${problem}`,
      );
    });
  }

  it('rejects YAML that does not parse', () => {
    assert.throws(() => parseAttestations('attestations: [', 'a.yaml'), (error: unknown) => error instanceof ConfigError && error.message.startsWith('a.yaml is not valid YAML: '));
  });

  it('is read from .evident/attestations.yaml by default, evidence files hashed; absent, there are none', () => {
    const content = 'Risk analysis 2025\n';
    const { dir, cleanup } = tempProject({ '.evident/attestations.yaml': valid, 'compliance/risk.md': content });
    try {
      const loaded = loadAttestations(dir);
      assert.deepEqual(loaded, {
        file: '.evident/attestations.yaml',
        attestations: [
          {
            entry: parseAttestations(valid, 'x')[0],
            evidence: [{ file: 'compliance/risk.md', sha256: createHash('sha256').update(content).digest('hex') }, { url: 'https://intranet.example.org/risk' }],
          },
        ],
      });
      assert.deepEqual(hashEvidence(dir, entry({ control: 'hipaa:x', status: 'implemented', evidence: [{ file: 'compliance' }, { file: 'nope.pdf' }] })), [
        { file: 'compliance', missing: true },
        { file: 'nope.pdf', missing: true },
      ]);
    } finally {
      cleanup();
    }
    const empty = tempProject({ 'main.tf': '' });
    try {
      assert.deepEqual(loadAttestations(empty.dir), { file: null, attestations: [] });
      assert.throws(
        () => loadAttestations(empty.dir, 'compliance/attestations.yaml'),
        (error: unknown) => error instanceof ConfigError && error.message === 'attestations file not found: compliance/attestations.yaml',
      );
    } finally {
      empty.cleanup();
    }
  });

  it('the documented example evidence/examples/attestations.yaml is valid and names real controls', () => {
    const entries = parseAttestations(readFileSync(join(packageRoot, 'evidence/examples/attestations.yaml'), 'utf8'), 'evidence/examples/attestations.yaml');
    const controls = entries.map((e) => {
      const [fw, ...rest] = e.control.split(':');
      return control(rest.join(':'), 'manual', NO_CHECK, fw);
    });
    const outcome = applyAttestations(controls, prepared(...entries), { today: '2026-02-01', catalogs });
    assert.deepEqual(outcome.records.map((r) => [r.control, r.status, r.applied]), [
      ['hipaa:164.308(a)(1)(ii)(A)', 'implemented', true],
      ['hipaa:164.308(a)(5)(i)', 'implemented', true],
      ['hipaa:164.308(b)(1)', 'implemented', true],
      ['hipaa:164.308(a)(7)(ii)(D)', 'alternative', true],
      ['hipaa:164.308(a)(4)(ii)(A)', 'not_applicable', true],
      ['gdpr:Art.30(1)', 'implemented', true],
      ['gdpr:Art.33(1)', 'not_implemented', true],
    ]);
    assert.deepEqual(outcome.warnings, []);
  });
});
