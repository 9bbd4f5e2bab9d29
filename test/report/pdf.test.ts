import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findBrowser, requireBrowser } from '../../src/report/pdf.js';
import { runCli } from '../helpers/cli.js';

const browser = findBrowser();

describe('pdf format', () => {
  const work = mkdtempSync(join(tmpdir(), 'evident-pdf-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('finds a browser on PATH or through EVIDENT_CHROMIUM, and names what it looked for when there is none', () => {
    const bin = join(work, 'bin');
    const fake = join(work, 'bin-chromium');
    writeFileSync(fake, '#!/bin/sh\nexit 0\n');
    chmodSync(fake, 0o755);
    assert.equal(findBrowser({ PATH: work }), undefined);
    assert.equal(findBrowser({ PATH: bin, EVIDENT_CHROMIUM: fake }), fake);
    assert.throws(() => findBrowser({ PATH: bin, EVIDENT_CHROMIUM: join(work, 'nope') }), { name: 'BrowserError', message: /EVIDENT_CHROMIUM is set to .*nope, which is not an executable/ });
    assert.throws(() => requireBrowser({ PATH: bin }), {
      name: 'BrowserError',
      message: 'the pdf format needs a headless Chromium or Chrome, and none was found (looked for chromium, chromium-browser, google-chrome on PATH and $EVIDENT_CHROMIUM)',
    });
  });

  it('needs --output: a PDF is never written to stdout (exit 2)', () => {
    const run = runCli(['scan', 'examples/clinic', '--format', 'pdf']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'evident: --format pdf writes a binary file, not stdout\nhint: add --output <file>.pdf\n');
  });

  it('fails before scanning with exit 2 when no browser is found', () => {
    const run = runCli(['scan', 'examples/clinic', '--format', 'pdf', '--output', join(work, 'x.pdf')], { env: { PATH: join(work, 'empty'), EVIDENT_CHROMIUM: '' } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^evident: the pdf format needs a headless Chromium or Chrome, and none was found \(looked for chromium, chromium-browser, google-chrome/);
    assert.match(run.stderr, /hint: install one \(Debian\/Ubuntu: apt-get install chromium\)/);
  });

  it('writes a PDF with --format pdf --output when a browser exists', { skip: browser === undefined ? 'no headless Chromium/Chrome installed' : false }, () => {
    const out = join(work, 'report.pdf');
    const run = runCli(['scan', 'examples/clinic', '--format', 'pdf', '--output', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-');
  });
});
