import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Handlebars from 'handlebars';
import { packageRoot } from '../../src/package-root.js';
import { barChart, donutChart } from '../../src/report/charts.js';
import { renderHtml } from '../../src/report/html.js';
import { render, scan, type ScanResult } from '../../src/index.js';
import { hostileProject, PAYLOADS } from '../helpers/hostile-project.js';
import { tempProject } from '../helpers/temp-project.js';

const escape = (text: string): string => Handlebars.Utils.escapeExpression(text);
const clone = (result: ScanResult): ScanResult => JSON.parse(JSON.stringify(result)) as ScanResult;

/** The part of the report between two markers (end exclusive; to the end when not found). */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `${start} is in the report`);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from, to === -1 ? undefined : to);
}

describe('HTML report of the bundled example', () => {
  let result: ScanResult;
  let html: string;
  before(async () => {
    result = await scan({ paths: [join(packageRoot, 'examples/clinic')], now: new Date('2026-01-15T12:00:00Z') });
    html = renderHtml(result);
  });

  it('is registered as the html format', () => {
    assert.equal(render(result, 'html'), html);
  });

  it('is one self-contained document: strict CSP, no script, no external resource', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.ok(html.includes('<meta charset="utf-8">'));
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    assert.doesNotMatch(html, /(?:src|href)\s*=\s*"(?!#)/i, 'every link is an in-page anchor');
    assert.match(html, /@media print \{/);
    assert.match(html, /section\.framework \{ break-before: page; \}/);
  });

  it('has a cover with the scope: target, time, tool and policy bundle versions and digest, frameworks', () => {
    const cover = between(html, '<header class="cover"', '</header>');
    assert.ok(cover.includes(`<h1>${escape(result.target)}</h1>`));
    assert.ok(cover.includes(result.policyBundle.digest));
    assert.ok(cover.includes(`compiled with opa ${result.policyBundle.opaVersion}`));
    assert.ok(cover.includes(`${result.tool.name} ${result.tool.version}`));
    assert.ok(cover.includes(`${result.startedAt.slice(0, 10)} ${result.startedAt.slice(11, 19)} UTC`));
    assert.ok(cover.includes('HIPAA Security Rule (45 CFR Part 164, Subpart C)'));
    assert.ok(cover.includes('General Data Protection Regulation'));
    assert.ok(cover.includes('Git commit</dt><dd>not recorded'));
  });

  it('summarises with inline SVG charts: control status per framework, findings by severity and by data category', () => {
    const summary = between(html, '<section class="summary"', '</section>');
    assert.equal(summary.match(/<svg class="donut"/g)?.length, 2);
    assert.equal(summary.match(/<svg class="bars"/g)?.length, 2);
    for (const [fw, name] of [['hipaa', 'HIPAA'], ['gdpr', 'GDPR']] as const) {
      const counts = result.summary.controls[fw];
      assert.ok(counts);
      assert.ok(summary.includes(`aria-label="${name} control status"`));
      assert.ok(summary.includes(`Fail: ${counts.fail}</li>`), `${name} fail count`);
      assert.ok(summary.includes(`Manual: ${counts.manual}</li>`), `${name} manual count`);
      const fails = result.controls.filter((c) => c.framework === fw && c.status === 'fail');
      for (const c of fails) assert.ok(summary.includes(`<code>${escape(c.id)}</code> ${escape(c.title)}</a>`), `${c.id} is listed as failing`);
    }
    const bySeverity = result.summary.findings.bySeverity;
    for (const sev of ['critical', 'high', 'medium', 'low'] as const) {
      assert.match(summary, new RegExp(`>${sev}</text>\\n<rect class="bar severity-${sev}"[^>]*></rect>\\n<text class="bar-value"[^>]*>${bySeverity[sev]}</text>`));
    }
    assert.match(summary, />health<\/text>/);
    assert.match(summary, />not classified<\/text>/);
  });

  it('has a section per framework with every control, grouped by the catalog groups, with status, kind, requirement and basis', () => {
    const hipaa = between(html, '<section class="framework" id="framework-1"', '<section class="framework" id="framework-2"');
    const gdpr = between(html, '<section class="framework" id="framework-2"', '<section class="findings"');
    for (const c of result.controls) {
      const section = c.framework === 'hipaa' ? hipaa : gdpr;
      const head = `<h4><code>${escape(c.id)}</code> ${escape(c.title)}</h4>`;
      const at = section.indexOf(head);
      assert.ok(at >= 0, `${c.framework} ${c.id} is in its framework's section`);
      const card = section.slice(section.lastIndexOf('<article class="control', at), section.indexOf('</article>', at));
      assert.ok(card.includes(`<span class="badge status-${c.status}">`), `${c.id} shows its status`);
      assert.ok(card.includes(`<p class="reason">${escape(c.basis.reason)}</p>`), `${c.id} shows its basis reason`);
      for (const check of c.basis.checks) assert.ok(card.includes(`<td><code>${check.id}</code></td>`), `${c.id} lists check ${check.id}`);
      for (const fp of c.findings) {
        const f = result.findings.find((x) => x.fingerprint === fp);
        assert.ok(f && card.includes(`<code>${escape(f.location.file)}:${f.location.startLine}`), `${c.id} shows finding ${fp}`);
      }
    }
    assert.equal(html.match(/<article class="control /g)?.length, result.controls.length);
    for (const group of ['Administrative safeguards', 'Technical safeguards']) assert.ok(hipaa.includes(`<h3 class="group">${group}</h3>`));
    assert.ok(gdpr.includes(`<h3 class="group">${escape('Chapter II: Principles (Art. 5-11)')}</h3>`));
    assert.match(hipaa, /<span class="kind">manual · required<\/span>/);
    assert.match(hipaa, /<span class="kind">partly automated · addressable<\/span>/);
    assert.match(hipaa, /<summary>Auditor guidance<\/summary>/);
  });

  it('lists every finding once with file, line, resource, message and the redacted snippet', () => {
    const findings = between(html, '<section class="findings"', '</section>');
    assert.equal(findings.match(/<article class="finding/g)?.length, result.findings.length);
    for (const f of result.findings) {
      assert.ok(findings.includes(`<code>${escape(f.location.file)}:${f.location.startLine}`), `${f.ruleId} ${f.location.file}`);
      assert.ok(findings.includes(`<p class="message">${escape(f.message)}</p>`));
      if (f.snippet) assert.ok(findings.includes(`<pre class="snippet"><code>${escape(f.snippet)}</code></pre>`));
      if (f.resource) assert.ok(findings.includes(`<code>${escape(f.resource)}</code>`));
    }
    assert.ok(findings.includes('<code>value: ****</code>'));
    assert.ok(!html.includes('Winter2024!'), 'the secret stays redacted');
  });

  it('has coverage by input type, checks run, and empty states for errors, warnings, waivers and attestations', () => {
    const coverage = between(html, '<section id="coverage"', '</section>');
    for (const [type, n] of Object.entries(result.coverage.byType)) assert.ok(coverage.includes(`<tr><td>${type}</td><td class="num">${n}</td>`));
    assert.ok(coverage.includes('No file was skipped.'));
    assert.ok(coverage.includes('No parse errors.'));
    const checks = between(html, '<section id="checks"', '</section>');
    for (const c of result.checks) assert.ok(checks.includes(`<td><code>${c.id}</code></td><td>${escape(c.title)}</td>`));
    assert.ok(html.includes('No waivers.'));
    assert.ok(html.includes('No attestations were recorded'));
  });

  it('is deterministic: the same result gives the same bytes, and another scan differs only by its time', async () => {
    assert.equal(renderHtml(clone(result)), html);
    const again = await scan({ paths: [join(packageRoot, 'examples/clinic')], now: new Date('2026-01-15T12:00:00Z') });
    again.startedAt = result.startedAt;
    again.durationMs = result.durationMs;
    assert.equal(renderHtml(again), html);
  });

  it('shows a diff scan, a git commit when the result has one, and a custom framework without catalog groups', () => {
    const variant = clone(result) as ScanResult & { git?: { commit: string; dirty: boolean } };
    variant.diff = { since: 'origin/main', files: ['infra/storage.tf'] };
    for (const c of variant.controls) c.partial = true;
    variant.git = { commit: '0123456789abcdef0123456789abcdef01234567', dirty: true };
    for (const c of variant.controls) if (c.framework === 'gdpr') c.framework = 'acme';
    variant.frameworks = ['hipaa', 'acme'];
    const out = renderHtml(variant);
    assert.ok(out.includes('Diff scan: only the 1 file changed since <code>origin/main</code>'));
    assert.ok(out.includes('<code>0123456789abcdef0123456789abcdef01234567</code> (with uncommitted changes)'));
    assert.ok(out.includes('(partial)</span>'));
    const acme = between(out, '<section class="framework" id="framework-2"', '<section class="findings"');
    assert.ok(acme.includes('<h2>acme controls</h2>'));
    assert.ok(acme.includes('<h3 class="group">Controls</h3>'));
    assert.equal(acme.match(/<article class="control /g)?.length, result.controls.filter((c) => c.framework === 'gdpr').length);
  });
});

describe('HTML report of an empty folder', () => {
  it('renders in strict mode with nothing to show', async () => {
    const project = tempProject({ 'README.md': '# nothing to scan\n' });
    try {
      const html = renderHtml(await scan({ paths: [project.dir] }));
      assert.ok(html.includes('<p>No findings.</p>'));
      assert.ok(html.includes('No control fails.'));
      assert.ok(html.endsWith('</html>\n'));
    } finally {
      project.cleanup();
    }
  });
});

describe('HTML report of a hostile repository', () => {
  const project = hostileProject();
  let result: ScanResult;
  let html: string;
  before(async () => {
    result = await scan({ paths: [project.dir], now: new Date('2026-01-15T12:00:00Z') });
    html = renderHtml(result);
  });
  after(() => project.cleanup());

  it('gets the payloads into findings, resources, snippets, skipped files, parse errors, warnings, suppressions and attestations', () => {
    const json = JSON.stringify(result);
    const places = {
      file: result.findings.some((f) => f.location.file.includes(PAYLOADS.img)),
      resource: result.findings.some((f) => f.resource?.includes(PAYLOADS.script)),
      message: result.findings.some((f) => f.message.includes(PAYLOADS.svg)),
      snippet: result.findings.some((f) => f.snippet?.includes(PAYLOADS.script)),
      skipped: result.coverage.skipped.some((s) => s.file.includes(PAYLOADS.svg)),
      error: result.errors.some((e) => e.file.includes(PAYLOADS.iframe)),
      suppression: result.findings.some((f) => f.suppression?.reason.includes(PAYLOADS.script)),
      expired: result.findings.some((f) => f.expiredSuppression?.by === PAYLOADS.url),
      waiver: result.exceptions.waivers.entries.some((w) => w.approvedBy === PAYLOADS.img),
      attestation: result.attestations.some((a) => a.owner === PAYLOADS.img),
      warning: result.warnings.some((w) => w.message.includes(PAYLOADS.url)),
    };
    assert.deepEqual(Object.entries(places).filter(([, found]) => !found).map(([place]) => place), []);
    assert.ok(json.includes(PAYLOADS.template));
  });

  it('escapes every payload: only escaped text, no markup, no event handler, no javascript: URL', () => {
    for (const payload of Object.values(PAYLOADS)) {
      if (/[<>"'=`]/.test(payload)) assert.ok(!html.includes(payload), `${payload} appears escaped only`);
      assert.ok(html.includes(escape(payload)), `${payload} is shown as text`);
    }
    assert.doesNotMatch(html, /<script|<img|<iframe|<svg onload/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /(?:href|src)\s*=\s*"?javascript:/i);
    // Exactly the charts' SVG: two donuts and two bar charts.
    assert.equal(html.match(/<svg\b/g)?.length, 4);
    // A Handlebars expression in the data is data, not template.
    assert.ok(html.includes('accepted by {{constructor}}'));
  });

  it('renders suppressions, expired exceptions, waivers and attestations with their evidence digests', () => {
    const suppressed = result.findings.find((f) => f.suppression?.kind === 'waiver');
    assert.ok(suppressed?.suppression);
    assert.ok(html.includes(`Suppressed by waiver “${escape(suppressed.suppression.reason)}”, approved by ${escape(suppressed.suppression.by ?? '')}, expires ${suppressed.suppression.expires}`));
    assert.ok(html.includes(`Exception expired, so not applied: waiver “${escape(`${PAYLOADS.svg} expired`)}”`));
    const waivers = between(html, '<section id="exceptions"', '</section>');
    assert.equal(waivers.match(/<tr class="waiver-/g)?.length, 2);
    const attestations = between(html, '<section id="attestations"', '</section>');
    const applied = result.attestations.find((a) => a.applied);
    const evidence = applied?.evidence.find((e): e is { file: string; sha256: string } => 'sha256' in e);
    assert.ok(evidence);
    assert.ok(attestations.includes(`<code>${escape(evidence.file)}</code> <span class="digest">sha256 ${evidence.sha256}</span>`));
    assert.ok(attestations.includes('not applied: evidence file not found'));
    assert.ok(attestations.includes('<span class="badge expired">missing</span>'));
    // The control the attestation was applied to shows it.
    const control = between(html, `<h4><code>${escape('164.308(a)(1)(ii)(A)')}</code>`, '</article>');
    assert.ok(control.includes(`declared by ${escape(PAYLOADS.img)} on 2025-01-01, valid until 2999-01-01`));
  });

  it('lists skipped files with the reason, parse errors with line and column, and warnings', () => {
    const coverage = between(html, '<section id="coverage"', '</section>');
    for (const s of result.coverage.skipped) assert.ok(coverage.includes(`<tr><td><code>${escape(s.file)}</code></td><td>${escape(s.reason)}</td></tr>`));
    for (const e of result.errors) assert.ok(coverage.includes(`<code>${escape(e.file)}</code>`));
    assert.ok(coverage.includes('<td>5:3</td>'));
    for (const w of result.warnings) assert.ok(coverage.includes(escape(w.message)));
  });
});

describe('chart geometry', () => {
  it('scales bars to the largest value and draws no bar for zero', () => {
    const chart = barChart('t', [
      { label: 'a', value: 4, tone: 'x' },
      { label: 'b', value: 1, tone: 'x' },
      { label: 'c', value: 0, tone: 'x' },
    ]);
    assert.deepEqual(chart.rows.map((r) => r.width), [220, 55, 0]);
    assert.equal(chart.height, 6 * 2 + 3 * 26);
    assert.deepEqual(barChart('t', [{ label: 'z', value: 0, tone: 'x' }]).rows.map((r) => r.width), [0]);
  });

  it('splits the donut circumference by value, leaving out zero parts', () => {
    const donut = donutChart('t', [
      { label: 'a', value: 1, tone: 'x' },
      { label: 'b', value: 0, tone: 'x' },
      { label: 'c', value: 3, tone: 'x' },
    ]);
    assert.equal(donut.total, 4);
    assert.deepEqual(donut.segments.map((s) => s.label), ['a', 'c']);
    const lengths = donut.segments.map((s) => Number(s.dashArray.split(' ')[0]));
    const circumference = 2 * Math.PI * donut.radius;
    assert.ok(Math.abs(lengths[0] - circumference / 4) < 0.001);
    assert.ok(Math.abs(lengths[0] + lengths[1] - circumference) < 0.002);
    assert.equal(donut.segments[1]?.dashOffset, (-lengths[0]).toFixed(3));
    assert.deepEqual(donutChart('t', [{ label: 'a', value: 0, tone: 'x' }]).segments, []);
  });
});
