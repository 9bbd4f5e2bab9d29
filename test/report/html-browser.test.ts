/**
 * The HTML report in a real browser: headless Chromium parses the reports of
 * the bundled example and of a hostile repository; nothing from the scanned
 * files may become markup, and the page must log nothing to the console (it
 * has no script; a CSP violation or injected script would log). Skips when no
 * Chromium is installed locally; CI (.ci/run) installs Debian's chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';
import { findBrowser, renderPdf } from '../../src/report/pdf.js';
import { renderHtml } from '../../src/report/html.js';
import { scan, type ScanResult } from '../../src/index.js';
import { injectedMarkup, openHeadless, type HeadlessPage } from '../helpers/chromium.js';
import { hostileProject } from '../helpers/hostile-project.js';

const browser = findBrowser();
const skip = browser === undefined ? 'no chromium, chromium-browser or google-chrome on PATH (CI installs Debian\'s chromium; locally: apt-get install chromium)' : false;
/** One screenshot is kept for people to look at (gitignored). */
const OUT = join(packageRoot, 'test', 'report', 'out');
const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('HTML report in headless Chromium', { skip }, () => {
  const work = mkdtempSync(join(tmpdir(), 'evident-html-browser-'));
  const hostile = hostileProject();
  const pages = new Map<string, { result: ScanResult; page: HeadlessPage; screenshot: string }>();

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    const targets = [
      { name: 'clinic', dir: join(packageRoot, 'examples/clinic'), screenshot: join(OUT, 'clinic.png') },
      { name: 'hostile', dir: hostile.dir, screenshot: join(work, 'hostile.png') },
    ];
    for (const t of targets) {
      const result = await scan({ paths: [t.dir] });
      const file = join(work, `${t.name}.html`);
      writeFileSync(file, renderHtml(result));
      rmSync(t.screenshot, { force: true });
      pages.set(t.name, { result, page: openHeadless(browser as string, file, t.screenshot), screenshot: t.screenshot });
    }
  });
  after(() => {
    hostile.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('the harness sees injected markup and console output (canary)', () => {
    const file = join(work, 'canary.html');
    writeFileSync(file, `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"></head><body><p>x</p><img src=x onerror=alert(1)><script>console.log(1)</script></body></html>`);
    const page = openHeadless(browser as string, file);
    assert.ok(page.console.length > 0, 'the CSP violation is logged');
    assert.ok(injectedMarkup(page.dom).length >= 2, 'the img and the script are found');
  });

  for (const name of ['clinic', 'hostile']) {
    it(`${name}: no console message (no script ran, no CSP violation)`, () => {
      const entry = pages.get(name);
      assert.ok(entry);
      assert.deepEqual(entry.page.console, []);
    });

    it(`${name}: both frameworks' sections and every control are in the DOM`, () => {
      const entry = pages.get(name);
      assert.ok(entry);
      const { dom } = entry.page;
      assert.match(dom, /<section class="framework" id="framework-1">\s*<h2>HIPAA controls<\/h2>/);
      assert.match(dom, /<section class="framework" id="framework-2">\s*<h2>GDPR controls<\/h2>/);
      assert.equal(dom.match(/<article class="control /g)?.length, entry.result.controls.length);
      assert.equal(dom.match(/<article class="finding/g)?.length ?? 0, entry.result.findings.length);
    });

    it(`${name}: no element or attribute from scanned content in the parsed DOM`, () => {
      const entry = pages.get(name);
      assert.ok(entry);
      assert.deepEqual(injectedMarkup(entry.page.dom), []);
      // The page's own markup: exactly the four charts, no other SVG.
      assert.equal(entry.page.dom.match(/<svg\b/g)?.length, 4);
    });

    it(`${name}: the screenshot was taken`, () => {
      const entry = pages.get(name);
      assert.ok(entry);
      assert.ok(existsSync(entry.screenshot));
      assert.ok(statSync(entry.screenshot).size > 10_000);
      assert.equal(readFileSync(entry.screenshot).subarray(0, 8).toString('hex'), PNG_SIGNATURE);
    });
  }

  it('the hostile payloads are text in the DOM', () => {
    const entry = pages.get('hostile');
    assert.ok(entry);
    assert.ok(entry.page.dom.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(entry.page.dom.includes('&lt;svg onload=alert(1)&gt;'));
    assert.ok(entry.page.dom.includes('{{constructor}}'));
  });

  it('prints a PDF of the report', async () => {
    const entry = pages.get('clinic');
    assert.ok(entry);
    const pdf = await renderPdf(entry.result, { browser });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.ok(pdf.byteLength > 10_000);
  });
});
