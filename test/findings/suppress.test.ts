import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COMMENT_SYNTAXES,
  commentSyntaxFor,
  directiveCovers,
  isCalendarDay,
  parseDirectives,
  type SuppressionDirective,
} from '../../src/findings/suppress.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('parseDirectives: comment syntaxes', () => {
  it('returns nothing for a file without the keyword', () => {
    assert.deepEqual(parseDirectives('main.tf', 'resource "aws_s3_bucket" "x" {}\n# evident ignore\n'), []);
  });

  it('reads a Terraform `#` comment of its own: it covers the next line', () => {
    const text = lines('# evident-ignore EVD-TF-003 -- private subnet only, see ADR-7', 'resource "aws_db_instance" "db" {', '}');
    assert.deepEqual(parseDirectives('infra/main.tf', text), [
      { file: 'infra/main.tf', line: 1, lastLine: 2, checks: ['EVD-TF-003'], reason: 'private subnet only, see ADR-7' },
    ]);
  });

  it('reads Terraform `//` and `/* */` comments, and a trailing `#` that covers its own line only', () => {
    const text = lines(
      'resource "aws_db_instance" "db" { // evident-ignore EVD-TF-002 -- snapshot copy',
      '  /* evident-ignore EVD-TF-005 -- backups run elsewhere */',
      '  publicly_accessible = true # evident-ignore EVD-TF-003 until=2026-12-31 -- pilot',
      '}',
    );
    assert.deepEqual(parseDirectives('main.tf', text), [
      { file: 'main.tf', line: 1, lastLine: 1, checks: ['EVD-TF-002'], reason: 'snapshot copy' },
      { file: 'main.tf', line: 2, lastLine: 3, checks: ['EVD-TF-005'], reason: 'backups run elsewhere' },
      { file: 'main.tf', line: 3, lastLine: 3, checks: ['EVD-TF-003'], until: '2026-12-31', reason: 'pilot' },
    ]);
  });

  it('reads YAML `#` comments (own line and trailing); `#` inside a word or a quoted string is not a comment', () => {
    const text = lines(
      'spec:',
      '  # evident-ignore EVD-K8S-002 -- node agent',
      '  privileged: true',
      '  image: app # evident-ignore EVD-K8S-001,EVD-K8S-003 -- test cluster',
      '  note: a#evident-ignore EVD-K8S-002 -- not a comment',
      '  other: "# evident-ignore EVD-K8S-002 -- in a string"',
      '  // evident-ignore EVD-K8S-002 -- not YAML syntax',
    );
    assert.deepEqual(parseDirectives('k8s/pod.yaml', text), [
      { file: 'k8s/pod.yaml', line: 2, lastLine: 3, checks: ['EVD-K8S-002'], reason: 'node agent' },
      { file: 'k8s/pod.yaml', line: 4, lastLine: 4, checks: ['EVD-K8S-001', 'EVD-K8S-003'], reason: 'test cluster' },
    ]);
  });

  it('reads TS `//`, trailing `/* */`, JSX `{/* */}` and multi-line `/** */` comments; `//` in a string is not a comment', () => {
    const text = lines(
      '// evident-ignore EVD-CODE-001 -- masked by the transport', // 1
      'console.log(ssn);', // 2
      'const agent = new Agent({ rejectUnauthorized: false /* evident-ignore EVD-CODE-002 -- test double */ });', // 3
      'const url = "https://x.example/ // evident-ignore EVD-CODE-001 -- in a string";', // 4
      "const s = 'a' + '// evident-ignore EVD-CODE-001 -- also a string';", // 5
      '/**', // 6
      ' * Legacy endpoint.', // 7
      ' * evident-ignore EVD-CODE-001 -- removed in Q3', // 8
      ' */', // 9
      'export function legacy() {}', // 10
      'const el = <div>{/* evident-ignore EVD-CODE-001 -- demo data */}</div>;', // 11
      '/* evident-ignore EVD-CODE-002 -- shared line */ connect({ rejectUnauthorized: false });', // 12
    );
    assert.deepEqual(parseDirectives('src/app.tsx', text), [
      { file: 'src/app.tsx', line: 1, lastLine: 2, checks: ['EVD-CODE-001'], reason: 'masked by the transport' },
      { file: 'src/app.tsx', line: 3, lastLine: 3, checks: ['EVD-CODE-002'], reason: 'test double' },
      { file: 'src/app.tsx', line: 8, lastLine: 10, checks: ['EVD-CODE-001'], reason: 'removed in Q3' },
      { file: 'src/app.tsx', line: 11, lastLine: 11, checks: ['EVD-CODE-001'], reason: 'demo data' },
      { file: 'src/app.tsx', line: 12, lastLine: 12, checks: ['EVD-CODE-002'], reason: 'shared line' },
    ]);
  });

  it('reads `<!-- -->` comments in markup, one-line and spread over lines', () => {
    const text = lines(
      '<!-- evident-ignore EVD-CODE-001 -- sample page -->',
      '<p>ssn</p>',
      '<!--',
      '  evident-ignore EVD-CODE-002 until=2026-07-01 -- staging only',
      '-->',
      '<p>x</p>',
    );
    assert.deepEqual(parseDirectives('docs/page.html', text), [
      { file: 'docs/page.html', line: 1, lastLine: 2, checks: ['EVD-CODE-001'], reason: 'sample page' },
      { file: 'docs/page.html', line: 4, lastLine: 6, checks: ['EVD-CODE-002'], until: '2026-07-01', reason: 'staging only' },
    ]);
  });

  it('handles CRLF line ends and ignores other words that start with the keyword', () => {
    const text = '# evident-ignored EVD-TF-001 -- no\r\n# evident-ignore-all -- no\r\n# evident-ignore EVD-TF-001 -- yes\r\nx = 1\r\n';
    assert.deepEqual(parseDirectives('main.tf', text), [{ file: 'main.tf', line: 3, lastLine: 4, checks: ['EVD-TF-001'], reason: 'yes' }]);
  });
});

describe('parseDirectives: the directive', () => {
  const one = (comment: string): SuppressionDirective | undefined => parseDirectives('main.tf', `${comment}\nx = 1\n`)[0];

  it('takes several ids, with or without spaces after the commas, aliases included, and the reason up to the end of the line', () => {
    assert.deepEqual(one('# evident-ignore EVD-TF-001, EVD-TF-006 ,legacy-alias until=2027-01-31 -- archive -- read only'), {
      file: 'main.tf',
      line: 1,
      lastLine: 2,
      checks: ['EVD-TF-001', 'EVD-TF-006', 'legacy-alias'],
      until: '2027-01-31',
      reason: 'archive -- read only',
    });
  });

  for (const [name, comment, expected] of [
    ['no reason', '# evident-ignore EVD-TF-001', { checks: ['EVD-TF-001'], problem: 'has no reason (write " -- <why>" after the check ids)' }],
    ['an empty reason', '# evident-ignore EVD-TF-001 --   ', { checks: ['EVD-TF-001'], problem: 'has no reason (write " -- <why>" after the check ids)' }],
    ['no check', '# evident-ignore -- because', { checks: [], reason: 'because', problem: 'names no check' }],
    [
      'an invalid date',
      '# evident-ignore EVD-TF-001 until=2026-02-30 -- soon',
      { checks: ['EVD-TF-001'], until: '2026-02-30', reason: 'soon', problem: 'has an invalid date until=2026-02-30 (expected YYYY-MM-DD)' },
    ],
    [
      'something that is not an id',
      '# evident-ignore EVD-TF-001 (legacy) -- kept',
      { checks: ['EVD-TF-001'], reason: 'kept', problem: 'has an unexpected "(legacy)" before " -- "' },
    ],
  ] as const) {
    it(`records ${name} as a problem`, () => {
      assert.deepEqual(one(comment), { file: 'main.tf', line: 1, lastLine: 2, ...expected });
    });
  }
});

describe('comment syntax by file type, coverage and dates', () => {
  it('picks the syntax of the format, and every syntax for an unknown one', () => {
    assert.equal(commentSyntaxFor('infra/main.tf'), COMMENT_SYNTAXES.hcl);
    assert.equal(commentSyntaxFor('terraform.tfvars'), COMMENT_SYNTAXES.hcl);
    assert.equal(commentSyntaxFor('k8s/a.YML'), COMMENT_SYNTAXES.yaml);
    assert.equal(commentSyntaxFor('src/a.mts'), COMMENT_SYNTAXES.script);
    assert.equal(commentSyntaxFor('README.md'), COMMENT_SYNTAXES.markup);
    assert.equal(commentSyntaxFor('Dockerfile'), COMMENT_SYNTAXES.any);
    assert.deepEqual(COMMENT_SYNTAXES.any.block, [['/*', '*/'], ['<!--', '-->']]);
  });

  it('covers the lines from the keyword to lastLine', () => {
    const d: SuppressionDirective = { file: 'a.tf', line: 4, lastLine: 5, checks: ['EVD-TF-001'], reason: 'r' };
    assert.deepEqual([3, 4, 5, 6].map((l) => directiveCovers(d, l)), [false, true, true, false]);
  });

  it('accepts only real calendar days', () => {
    assert.deepEqual(['2026-06-01', '2024-02-29', '2026-02-29', '2026-6-1', '2026-13-01', ''].map(isCalendarDay), [true, true, false, false, false, false]);
  });
});
