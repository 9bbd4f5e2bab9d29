/**
 * JUnit XML, for CI systems that show test results: one `<testsuite>` per
 * framework and one `<testcase>` per control (classname = framework, name =
 * `<id> <title>`). A failing control is a `<failure>` that names its findings;
 * manual and not-applicable controls are `<skipped>` with the reason; passing
 * controls are plain test cases. Parse errors make a last suite, "parse
 * errors", with one `<error>` per file. Everything is XML-escaped, and
 * characters that XML 1.0 does not allow are dropped.
 */
import type { Finding } from '../findings/finding.js';
import type { ControlResult, ScanResult } from '../scan-result.js';
import { findingsByFingerprint, findingsOfControl, frameworkTitle, locationText } from './model.js';
import type { Reporter } from './types.js';

/** How many findings a failure's `message` attribute names before "and N more" (the element's text lists all). */
const MESSAGE_FINDINGS = 5;

/** Characters outside XML 1.0's `Char` production (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text content: `& < > " '` as entities; invalid characters dropped. */
export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes an attribute value; tab, LF and CR become character references so that parsers keep them. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function attrs(pairs: ReadonlyArray<readonly [string, string | number]>): string {
  return pairs.map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');
}

/** Renders control results as JUnit XML. */
export const renderJunit: Reporter = (result: ScanResult) => {
  const index = findingsByFingerprint(result);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const framework of result.frameworks) {
    const controls = result.controls.filter((c) => c.framework === framework);
    const counts = {
      tests: controls.length,
      failures: controls.filter((c) => c.status === 'fail').length,
      skipped: controls.filter((c) => c.status === 'manual' || c.status === 'not_applicable').length,
    };
    tests += counts.tests;
    failures += counts.failures;
    skipped += counts.skipped;
    const lines = [
      `  <testsuite${attrs([['name', framework], ['tests', counts.tests], ['failures', counts.failures], ['errors', 0], ['skipped', counts.skipped]])}>`,
      '    <properties>',
      `      <property${attrs([['name', 'framework'], ['value', frameworkTitle(framework)]])}/>`,
      `      <property${attrs([['name', 'target'], ['value', result.target]])}/>`,
      `      <property${attrs([['name', 'policyBundle'], ['value', result.policyBundle.digest]])}/>`,
      ...(result.diff ? [`      <property${attrs([['name', 'diffSince'], ['value', result.diff.since]])}/>`] : []),
      '    </properties>',
      ...controls.map((c) => testcase(c, index)),
      '  </testsuite>',
    ];
    suites.push(lines.join('\n'));
  }
  const errors = result.errors.length;
  if (errors > 0) {
    tests += errors;
    const lines = [
      `  <testsuite${attrs([['name', 'parse errors'], ['tests', errors], ['failures', 0], ['errors', errors], ['skipped', 0]])}>`,
      ...result.errors.map((e) => {
        const where = e.line !== undefined ? `${e.file}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.file;
        return [
          `    <testcase${attrs([['classname', 'parse errors'], ['name', e.file]])}>`,
          `      <error${attrs([['message', `${where}: ${e.reason}`], ['type', 'parse-error']])}/>`,
          '    </testcase>',
        ].join('\n');
      }),
      '  </testsuite>',
    ];
    suites.push(lines.join('\n'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs([['name', `${result.tool.name} ${result.target}`], ['tests', tests], ['failures', failures], ['errors', errors], ['skipped', skipped]])}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function testcase(control: ControlResult, index: ReadonlyMap<string, Finding>): string {
  const open = `    <testcase${attrs([['classname', control.framework], ['name', `${control.id} ${control.title}`]])}`;
  if (control.status === 'pass') return `${open}/>`;
  if (control.status === 'manual' || control.status === 'not_applicable') {
    const label = control.status === 'manual' ? 'manual' : 'not applicable';
    return [`${open}>`, `      <skipped${attrs([['message', `${label}: ${control.basis.reason}`]])}/>`, '    </testcase>'].join('\n');
  }
  const findings = findingsOfControl(control, index);
  let message = control.basis.reason;
  let body = control.basis.reason;
  if (findings.length > 0) {
    const named = findings.slice(0, MESSAGE_FINDINGS).map((f) => `${f.ruleId} ${locationText(f.location)}`);
    const more = findings.length - named.length;
    message = `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${named.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
    body = findings.map((f) => `${f.ruleId} [${f.severity}] ${locationText(f.location)}: ${f.message}`).join('\n');
  }
  return [
    `${open}>`,
    `      <failure${attrs([['message', message], ['type', 'fail']])}>${xmlText(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}
