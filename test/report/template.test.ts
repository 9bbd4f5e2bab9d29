import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors.js';
import { packageRoot } from '../../src/package-root.js';
import { checkTemplate, renderTemplate, TEMPLATE_HELPERS } from '../../src/report/template.js';
import { assertGolden } from '../helpers/golden.js';
import { fixtureResult } from '../helpers/report-fixture.js';

const EXAMPLE = join(packageRoot, 'examples', 'templates', 'summary.html.hbs');

describe('user templates', () => {
  const result = fixtureResult();

  it('render the example template (examples/templates/summary.html.hbs) to the golden file', () => {
    const html = renderTemplate(result, readFileSync(EXAMPLE, 'utf8'), 'summary.html.hbs');
    assertGolden('template/summary.html', html);
    assert.ok(html.includes('console.log(&#x60;&lt;b&gt;${email}&lt;/b&gt;&#x60;) &amp; sent on'), 'scanned text is escaped');
    assert.ok(!html.includes('<b>'), 'no tag from scanned content');
  });

  it('escape with {{ }} and write raw text only with {{{ }}}', () => {
    const out = renderTemplate(result, '{{#each findings}}{{#if (eq ruleId "EVD-CODE-001")}}[{{message}}]({{{message}}})\n{{/if}}{{/each}}');
    assert.match(out, /\[req\.body\[&quot;e\|mail&quot;\] .*&lt;b&gt;.*\]\(req\.body\["e\|mail"\] .*<b>\$\{email\}<\/b>.*\)/);
  });

  it('offer the documented helpers', () => {
    const render = (source: string): string => renderTemplate(result, source);
    assert.equal(render('{{upper "gdpr"}} {{lower "HIPAA"}} {{frameworkName "hipaa"}} {{frameworkTitle "hipaa"}}'), 'GDPR hipaa HIPAA HIPAA Security Rule');
    assert.equal(render('{{#each findings}}{{severityRank severity}}{{/each}}'), '422113333');
    assert.equal(render('{{#each (sortBySeverity findings)}}{{severity}} {{/each}}'), 'critical high high high high medium medium low low ');
    assert.equal(render('{{#each (where findings "suppression.kind" "waiver")}}{{ruleId}}{{/each}}'), 'EVD-TF-001');
    assert.equal(render('{{#each (where findings "expiredSuppression")}}{{ruleId}}{{/each}}'), 'EVD-TF-005');
    assert.equal(render('{{#with (unsuppressed findings)}}{{length}}{{/with}}'), '6');
    assert.equal(render('{{#with (lookup findings 0)}}{{location this}}: {{#each (controlsOf this "gdpr")}}{{id}} {{status}}; {{/each}}{{/with}}'), 'infra/database.tf:12:3: Art.32(1)(b) fail; Art.25(2) fail; ');
    assert.equal(render('{{#each (where controls "id" "164.312(c)(1)")}}{{#each (findingsOf this)}}{{message}}{{/each}}{{/each}}'), 'aws_s3_bucket.logs has no versioning');
    assert.equal(render('{{json summary.findings.bySeverity}}'), '{&quot;low&quot;:1,&quot;medium&quot;:1,&quot;high&quot;:3,&quot;critical&quot;:1}');
    assert.equal(render('{{{json frameworks 1}}}'), '[\n "hipaa",\n "gdpr"\n]');
    assert.equal(render('{{join frameworks " + "}} {{#if (and (eq 1 1) (ne 1 2) (not false) (or false true))}}ok{{/if}}'), 'hipaa + gdpr ok');
    assert.deepEqual(Object.keys(TEMPLATE_HELPERS).sort(), [
      'and', 'controlsOf', 'eq', 'findingsOf', 'frameworkName', 'frameworkTitle', 'join', 'json', 'location', 'lower', 'ne', 'not', 'or', 'severityRank', 'sortBySeverity', 'unsuppressed', 'upper', 'where',
    ]);
  });

  it('turn a broken template into a usage error naming it', () => {
    assert.throws(() => renderTemplate(result, '{{#each findings}}', 'broken.hbs'), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /^template broken\.hbs: Parse error on line 1:/);
      assert.ok(!error.message.includes('\n'));
      return true;
    });
    assert.throws(() => renderTemplate(result, '{{nosuchhelper 1}}', 'x.hbs'), /template x\.hbs: Missing helper: "nosuchhelper"/);
    assert.throws(() => checkTemplate('{{/if}}', 'early.hbs'), /^UsageError: template early\.hbs: /);
    assert.doesNotThrow(() => checkTemplate(readFileSync(EXAMPLE, 'utf8')));
  });

  it('cannot reach prototype properties of the context', () => {
    assert.equal(renderTemplate(result, '{{constructor.name}}|{{__proto__}}|{{lookup this "constructor"}}'), '||');
  });
});
