import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJunit, xmlAttr, xmlText } from '../../src/report/junit.js';
import { assertGolden } from '../helpers/golden.js';
import { fixtureResult } from '../helpers/report-fixture.js';
import { findAll, parseXml } from '../helpers/xml.js';

describe('junit reporter', () => {
  const result = fixtureResult();
  const text = renderJunit(result);

  it('matches the golden file', () => {
    assertGolden('junit/result.xml', text);
  });

  it('is well-formed XML: one suite per framework, one test case per control, plus parse errors', () => {
    const root = parseXml(text);
    assert.equal(root.name, 'testsuites');
    const suites = findAll(root, 'testsuite');
    assert.deepEqual(suites.map((s) => s.attributes.name), ['hipaa', 'gdpr', 'parse errors']);
    const cases = findAll(root, 'testcase').filter((c) => c.attributes.classname !== 'parse errors');
    assert.equal(cases.length, result.controls.length);
    assert.deepEqual(cases.map((c) => `${c.attributes.classname} ${c.attributes.name}`), result.controls.map((c) => `${c.framework} ${c.id} ${c.title}`));
    assert.equal(root.attributes.tests, String(result.controls.length + result.errors.length));
    assert.equal(root.attributes.failures, String(result.controls.filter((c) => c.status === 'fail').length));
    assert.equal(root.attributes.errors, String(result.errors.length));
  });

  it('fails a failing control naming its findings; skips manual and not-applicable ones with the reason; passes plainly', () => {
    const root = parseXml(text);
    const byName = new Map(findAll(root, 'testcase').map((c) => [c.attributes.name, c]));
    const failing = byName.get('164.308(a)(1)(ii)(B) Risk management');
    const failure = failing?.children[0];
    assert.equal(failure?.name, 'failure');
    assert.equal(
      failure?.attributes.message,
      '2 findings: EVD-CODE-001 services/api/src/routes/patients.ts:16:5, EVD-CODE-001 services/api/src/routes/patients.ts:40:5',
    );
    assert.match(failure?.text ?? '', /^EVD-CODE-001 \[high\] services\/api\/src\/routes\/patients\.ts:40:5: req\.body\["e\|mail"\] \(contact\) is written to a log by console\.log\(`<b>\$\{email\}<\/b>`\) & sent on$/m);
    const manual = byName.get('Art.15 Right of access')?.children[0];
    assert.equal(manual?.name, 'skipped');
    assert.match(manual?.attributes.message ?? '', /^manual: .*attestation by dpo@clinic\.example expired on 2025-01-09$/);
    assert.equal(byName.get('Art.44 General principle for transfers')?.children[0]?.name, 'skipped');
    assert.deepEqual(byName.get('164.312(a)(2)(iv) Encryption and decryption')?.children, []);
    const parse = findAll(root, 'testsuite').find((s) => s.attributes.name === 'parse errors');
    assert.deepEqual(findAll(parse ?? root, 'error').map((e) => e.attributes.message), [
      'infra/broken.tf:7:1: unexpected "}" where an attribute or block was expected',
      'k8s/bad & <ugly>.yaml: not valid YAML: bad indentation of a mapping entry',
    ]);
  });

  it('escapes the five XML specials, keeps line breaks in attributes and drops characters XML 1.0 forbids', () => {
    assert.equal(xmlText(`a&b<c>d"e'f`), 'a&amp;b&lt;c&gt;d&quot;e&apos;f');
    assert.equal(xmlAttr('one\ntwo\tthree\r'), 'one&#10;two&#9;three&#13;');
    assert.equal(xmlText('bell\u0007 nul\u0000 lone\uD800 ok\u{1F600} fffe\uFFFE'), 'bell nul lone ok\u{1F600} fffe');
    const hostile = fixtureResult();
    const control = hostile.controls.find((c) => c.status === 'fail');
    assert.ok(control);
    control.title = ']]></failure><script>alert(1)</script>\u0001';
    const root = parseXml(renderJunit(hostile));
    assert.ok(findAll(root, 'testcase').some((c) => c.attributes.name === `${control.id} ]]></failure><script>alert(1)</script>`));
    assert.equal(findAll(root, 'script').length, 0);
  });

  it('has no parse-errors suite when there are none', () => {
    const clean = { ...fixtureResult(), errors: [] };
    assert.deepEqual(findAll(parseXml(renderJunit(clean)), 'testsuite').map((s) => s.attributes.name), ['hipaa', 'gdpr']);
  });
});
