import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTROL_COLUMNS, csvCell, FINDING_COLUMNS, renderControlsCsv, renderCsv } from '../../src/report/csv.js';
import { assertGolden } from '../helpers/golden.js';
import { fixtureResult } from '../helpers/report-fixture.js';

/** An RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /^[^,\r\n"]*/.exec(text.slice(i));
      field = m?.[0] ?? '';
      i += field.length;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

describe('csv reporters', () => {
  const result = fixtureResult();
  const findings = renderCsv(result);
  const controls = renderControlsCsv(result);

  it('match the golden files', () => {
    assertGolden('csv/findings.csv', findings);
    assertGolden('controls-csv/controls.csv', controls);
  });

  it('write one finding per row (suppressed included) that reads back field for field', () => {
    const rows = parseCsv(findings);
    assert.deepEqual(rows[0], [...FINDING_COLUMNS]);
    assert.equal(rows.length, result.findings.length + 1);
    for (const row of rows) assert.equal(row.length, FINDING_COLUMNS.length);
    const col = (name: (typeof FINDING_COLUMNS)[number]): number => FINDING_COLUMNS.indexOf(name);
    assert.deepEqual(rows.slice(1).map((r) => r[col('message')]), result.findings.map((f) => f.message));
    assert.deepEqual(rows.slice(1).map((r) => r[col('state')]), ['new', 'new', 'suppressed', 'baselined', 'new', 'suppressed', 'new', 'new', 'new']);
    const expired = rows.find((r) => r[col('rule')] === 'EVD-TF-005');
    assert.equal(expired?.[col('expired_exception')], 'waiver expired 2025-01-31 (dana@clinic.example): Backups are taken by the nightly snapshot job until the migration');
    assert.equal(rows[1]?.[col('controls')], 'hipaa:164.312(a)(1); hipaa:164.308(a)(4)(ii)(C); gdpr:Art.32(1)(b); gdpr:Art.25(2)');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) assert.equal(csvCell(`${lead}1+1`).replace(/^"|"$/g, '').startsWith(`'${lead}`), true, JSON.stringify(lead));
    assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
    assert.equal(csvCell(-1), '-1');
    assert.equal(csvCell(undefined), '');
    const snippet = parseCsv(findings).find((r) => r[FINDING_COLUMNS.indexOf('fingerprint')] === '2bf9e0d2a3b4657f8091a2b3c4d5e678')?.[FINDING_COLUMNS.indexOf('snippet')];
    assert.equal(snippet, `'=HYPERLINK("http://x.example","email")\u0007 & "quotes", commas`);
  });

  it('write the control matrix: one row per control with status, checks, findings, reason and attestation', () => {
    const rows = parseCsv(controls);
    assert.deepEqual(rows[0], [...CONTROL_COLUMNS]);
    assert.equal(rows.length, result.controls.length + 1);
    assert.deepEqual(rows.find((r) => r[1] === '164.308(a)(1)(ii)(A)'), [
      'hipaa', '164.308(a)(1)(ii)(A)', 'Risk analysis', 'manual', 'pass', '', '0',
      'attested as implemented by ciso@clinic.example on 2025-03-01, valid until 2026-02-28', 'implemented', 'ciso@clinic.example', '2026-02-28',
    ]);
    assert.deepEqual(rows.find((r) => r[1] === '164.312(a)(1)')?.slice(4, 7), ['fail', 'EVD-CODE-001 EVD-K8S-001 EVD-K8S-002 EVD-TF-003', '4']);
  });
});
