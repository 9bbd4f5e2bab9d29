// The HCL2 native-syntax layer: every syntax feature (checked through the
// tree shape and through the evaluated values), exact source ranges, error
// messages with line/column, and hostile input that must fail fast.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expressionText } from '../../src/parsers/hcl/ast.js';
import type { HclBody, HclExpression, TemplatePart } from '../../src/parsers/hcl/ast.js';
import { hclBodyToJson } from '../../src/parsers/hcl/evaluate.js';
import { lexHcl, Tok } from '../../src/parsers/hcl/lexer.js';
import { parseHcl, parseHclExpression } from '../../src/parsers/hcl/parser.js';
import { loadTerraform } from '../../src/parsers/terraform.js';
import { ParseError } from '../../src/parsers/types.js';
import type { Range } from '../../src/parsers/types.js';

const fixtures = fileURLToPath(new URL('./fixtures/terraform/', import.meta.url));

/** A compact, whole-tree view of an expression (operators as prefix lists). */
function sx(e: HclExpression): unknown {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'traversal':
      return e.root + e.steps.map((s) => (s.kind === 'attr' ? `.${s.name}` : `[${JSON.stringify(s.key)}]`)).join('');
    case 'template':
      return ['template', ...e.parts.map(sxPart)];
    case 'getattr':
      return ['.', sx(e.source), e.name];
    case 'index':
      return ['[]', sx(e.source), sx(e.key)];
    case 'splat':
      return [e.full ? '[*]' : '.*', sx(e.source), ...e.steps.map((s) => (s.kind === 'attr' ? `.${s.name}` : ['[]', sx(s.key)]))];
    case 'call':
      return ['call', e.name, ...e.args.map(sx), ...(e.expandFinal ? ['...'] : [])];
    case 'tuple':
      return ['tuple', ...e.items.map(sx)];
    case 'object':
      return ['object', ...e.items.map((i) => [i.keyName ?? sx(i.key), sx(i.value)])];
    case 'for':
      return [
        'for',
        e.keyVar,
        e.valueVar,
        sx(e.collection),
        e.keyExpr === null ? null : sx(e.keyExpr),
        sx(e.valueExpr),
        e.condition === null ? null : sx(e.condition),
        e.grouping,
      ];
    case 'conditional':
      return ['?:', sx(e.condition), sx(e.trueExpr), sx(e.falseExpr)];
    case 'binary':
      return [e.op, sx(e.left), sx(e.right)];
    case 'unary':
      return [e.op === '-' ? 'neg' : '!', sx(e.operand)];
    case 'parens':
      return ['()', sx(e.inner)];
  }
}

function sxPart(p: TemplatePart): unknown {
  switch (p.kind) {
    case 'lit':
      return p.value;
    case 'interp':
      return ['${}', sx(p.expr)];
    case 'if':
      return ['%if', sx(p.condition), p.then.map(sxPart), p.else.map(sxPart)];
    case 'for':
      return ['%for', p.keyVar, p.valueVar, sx(p.collection), p.body.map(sxPart)];
  }
}

const tree = (text: string): unknown => sx(parseHclExpression(text));
const json = (text: string): Record<string, unknown> => hclBodyToJson(parseHcl(text, 'test.tf'));
const value = (expr: string): unknown => json(`v = ${expr}\n`).v;
const range = (startLine: number, startColumn: number, endLine: number, endColumn: number): Range => ({
  startLine,
  startColumn,
  endLine,
  endColumn,
});

/** Asserts that parsing fails with exactly this message and position, quickly. */
function assertParseError(text: string, message: string, line: number, column: number, maxMs = 2000): void {
  const t0 = performance.now();
  let error: unknown;
  try {
    parseHcl(text, 'bad.tf');
  } catch (err) {
    error = err;
  }
  const ms = performance.now() - t0;
  assert.ok(error instanceof ParseError, `expected a ParseError, got ${String(error)}`);
  assert.deepEqual({ message: error.message, line: error.line, column: error.column }, { message, line, column });
  assert.ok(!error.message.includes('\n'), 'one-line message');
  assert.ok(ms < maxMs, `took ${ms.toFixed(0)} ms`);
}

describe('hcl: bodies and blocks', () => {
  it('parses attributes, labelled blocks, nested blocks and one-line blocks with exact ranges', () => {
    const text = [
      'region = "eu-west-1"', // 1
      '', // 2
      'resource "aws_s3_bucket" "b" {', // 3
      '  bucket = "x"', // 4
      '  rule {', // 5
      '    enabled = true', // 6
      '  }', // 7
      '}', // 8
      'block ident_label "string label" { a = 1 }', // 9
      'empty {}', // 10
    ].join('\n');
    const body = parseHcl(text, 'main.tf');
    assert.deepEqual(
      body.attributes.map((a) => ({ name: a.name, range: a.range, nameRange: a.nameRange, expr: expressionText(a.expr) })),
      [{ name: 'region', range: range(1, 1, 1, 21), nameRange: range(1, 1, 1, 7), expr: '"eu-west-1"' }],
    );
    const [bucket, labelled, empty] = body.blocks;
    assert.deepEqual(
      { type: bucket!.type, labels: bucket!.labels, range: bucket!.range, typeRange: bucket!.typeRange, labelRanges: bucket!.labelRanges },
      {
        type: 'resource',
        labels: ['aws_s3_bucket', 'b'],
        range: range(3, 1, 8, 2),
        typeRange: range(3, 1, 3, 9),
        labelRanges: [range(3, 10, 3, 25), range(3, 26, 3, 29)],
      },
    );
    assert.deepEqual(bucket!.body.range, range(3, 30, 8, 2));
    const rule = bucket!.body.blocks[0]!;
    assert.deepEqual({ type: rule.type, range: rule.range }, { type: 'rule', range: range(5, 3, 7, 4) });
    assert.deepEqual(rule.body.attributes[0]!.range, range(6, 5, 6, 19));
    assert.deepEqual(
      { labels: labelled!.labels, range: labelled!.range, attrs: labelled!.body.attributes.map((a) => [a.name, a.range]) },
      { labels: ['ident_label', 'string label'], range: range(9, 1, 9, 43), attrs: [['a', range(9, 36, 9, 41)]] },
    );
    assert.deepEqual({ type: empty!.type, range: empty!.range, items: empty!.body.attributes.length + empty!.body.blocks.length }, {
      type: 'empty',
      range: range(10, 1, 10, 9),
      items: 0,
    });
    assert.deepEqual(body.range, range(1, 1, 10, 9));
  });

  it('converts to the hcl2json shape: blocks as arrays under their type and labels', () => {
    assert.deepEqual(
      json('locals {\n a = 1\n}\nlocals {\n b = 2\n}\nresource "t" "n" {\n x = 1\n}\nresource "t" "n" {\n x = 2\n}\nresource "t" "m" {}\n'),
      { locals: [{ a: 1 }, { b: 2 }], resource: { t: { n: [{ x: 1 }, { x: 2 }], m: [{}] } } },
    );
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const body = parseHcl('\uFEFFa = 1\r\nb {\r\n  c = "x"\r\n}\r\n', 'crlf.tf');
    assert.deepEqual(hclBodyToJson(body), { a: 1, b: [{ c: 'x' }] });
    assert.deepEqual(body.blocks[0]!.range, range(2, 1, 4, 2));
  });

  it('accepts empty files and files with only comments', () => {
    assert.deepEqual(json(''), {});
    assert.deepEqual(json('# nothing\n// here\n/* at\nall */\n'), {});
  });
});

describe('hcl: literals and strings', () => {
  it('reads numbers, booleans and null', () => {
    assert.deepEqual(
      [value('42'), value('-17'), value('3.25'), value('1e3'), value('1.5E-2'), value('2e+2'), value('true'), value('false'), value('null')],
      [42, -17, 3.25, 1000, 0.015, 200, true, false, null],
    );
  });

  it('decodes escapes in quoted strings', () => {
    assert.equal(value('"a\\nb\\tc\\rd \\"q\\" \\\\ \\u00e9 \\U0001F600"'), 'a\nb\tc\rd "q" \\ é 😀');
    assert.equal(value('"$${x} %%{y} $$ %% $5 100%"'), '${x} %{y} $$ %% $5 100%');
    assert.equal(value('""'), '');
  });

  it('keeps the text of unicode and multi-byte strings', () => {
    assert.equal(value('"ünïcödé 日本語 🚀"'), 'ünïcödé 日本語 🚀');
  });
});

describe('hcl: templates', () => {
  it('parses interpolations and directives into parts', () => {
    assert.deepEqual(tree('"a ${var.x} b"'), ['template', 'a ', ['${}', 'var.x'], ' b']);
    assert.deepEqual(tree('"%{ if c }yes%{ else }no%{ endif }"'), ['template', ['%if', 'c', ['yes'], ['no']]]);
    assert.deepEqual(tree('"%{ for k, v in m }${k}=${v},%{ endfor }"'), [
      'template',
      ['%for', 'k', 'v', 'm', [['${}', 'k'], '=', ['${}', 'v'], ',']],
    ]);
    assert.deepEqual(tree('"%{ if a }%{ for x in xs }${x}%{ endfor }%{ endif }"'), [
      'template',
      ['%if', 'a', [['%for', null, 'x', 'xs', [['${}', 'x']]]], []],
    ]);
  });

  it('applies strip markers', () => {
    assert.equal(value('"x  %{~ if true ~}  y  %{~ endif ~}  z"'), 'xyz');
    assert.equal(value('"a  ${~ "b" ~}  c"'), 'abc');
    assert.equal(value('"a  ${ "b" ~}  c"'), 'a  bc');
  });

  it('evaluates templates, directives and nested templates', () => {
    assert.equal(value('"%{ for i, s in ["a", "b"] }${i}=${s};%{ endfor }"'), '0=a;1=b;');
    assert.equal(value('"%{ if 1 > 2 }big%{ else }small%{ endif }"'), 'small');
    assert.equal(value('"outer ${"inner ${upper("x")}"} done"'), 'outer inner X done');
    assert.deepEqual(value('"${[1, 2]}"'), [1, 2], 'a lone interpolation keeps its type');
  });

  it('allows newlines inside interpolations of quoted strings', () => {
    assert.equal(value('"${join(",",\n  ["a", "b"])}"'), 'a,b');
  });
});

describe('hcl: heredocs', () => {
  it('reads plain heredocs literally (no backslash escapes), with interpolation', () => {
    const body = json('a = <<EOT\nLine one\n  two ${"x"}\nBack\\n slash $${keep}\nEOT\nb = 1\n');
    assert.deepEqual(body, { a: 'Line one\n  two x\nBack\\n slash ${keep}\n', b: 1 });
  });

  it('removes the common indentation of <<- heredocs, ignoring blank lines', () => {
    assert.equal(value('<<-EOT\n    first\n      second\n\n    third\n    EOT'), 'first\n  second\n\nthird\n');
    assert.equal(value('<<-EOT\n${"a"}\n    b\n  EOT'), 'a\n    b\n', 'a line starting with an interpolation has no indentation');
    assert.equal(value('<<-EOT\n  ${"a"}\n    b\n  EOT'), 'a\n  b\n', 'blanks before an interpolation are indentation');
  });

  it('only closes on a line holding just the marker', () => {
    assert.equal(value('<<EOT\nEOTX\n EOT is not alone\n  EOT\n'), 'EOTX\n EOT is not alone\n');
  });

  it('gives the heredoc range from the opener to the closing marker', () => {
    const body = parseHcl('policy = <<-POLICY\n  {}\n  POLICY\nnext = 1\n', 'h.tf');
    assert.deepEqual(body.attributes[0]!.expr.range, range(1, 10, 3, 9));
    assert.deepEqual(body.attributes[1]!.range, range(4, 1, 4, 9));
  });
});

describe('hcl: collections', () => {
  it('parses tuples with trailing commas and newlines', () => {
    assert.deepEqual(tree('[1, "two", [3], {a = 4},]'), ['tuple', 1, 'two', ['tuple', 3], ['object', ['a', 4]]]);
    assert.deepEqual(value('[\n  "a",\n  "b",\n]'), ['a', 'b']);
    assert.deepEqual(value('[]'), []);
  });

  it('parses objects with = or :, newline or comma separators, and all key kinds', () => {
    assert.deepEqual(tree('{ a = 1, "b": 2, (k) = 3, c = 4 }'), ['object', ['a', 1], ['b', 2], [['()', 'k'], 3], ['c', 4]]);
    assert.deepEqual(value('{\n  first = 1\n  second = 2,\n  "quoted key" = 3\n  (upper("k")) = 4\n}'), {
      first: 1,
      second: 2,
      'quoted key': 3,
      K: 4,
    });
    assert.deepEqual(value('{}'), {});
  });

  it('ranges object items from key to value', () => {
    const expr = parseHcl('tags = {\n  Name = "x"\n  "Env" = var.env\n}\n', 't.tf').attributes[0]!.expr;
    assert.equal(expr.kind, 'object');
    if (expr.kind !== 'object') return;
    assert.deepEqual(
      expr.items.map((i) => i.range),
      [range(2, 3, 2, 13), range(3, 3, 3, 18)],
    );
  });
});

describe('hcl: operators', () => {
  it('follows HCL precedence and left associativity', () => {
    assert.deepEqual(tree('1 + 2 * 3 - 4 / 2 % 3'), ['-', ['+', 1, ['*', 2, 3]], ['%', ['/', 4, 2], 3]]);
    assert.deepEqual(tree('a || b && c == d < e + f * g'), ['||', 'a', ['&&', 'b', ['==', 'c', ['<', 'd', ['+', 'e', ['*', 'f', 'g']]]]]]);
    assert.deepEqual(tree('10 - 2 - 3'), ['-', ['-', 10, 2], 3]);
    assert.deepEqual(tree('!a && -b > 0'), ['&&', ['!', 'a'], ['>', ['neg', 'b'], 0]]);
    assert.deepEqual(tree('-(2 + 3)'), ['neg', ['()', ['+', 2, 3]]]);
    assert.deepEqual(tree('a != b <= c >= d'), ['!=', 'a', ['>=', ['<=', 'b', 'c'], 'd']]);
  });

  it('parses conditionals, nested to the right', () => {
    assert.deepEqual(tree('a ? 1 : b ? 2 : 3'), ['?:', 'a', 1, ['?:', 'b', 2, 3]]);
    assert.deepEqual(tree('x == 1 ? "one" : "other"'), ['?:', ['==', 'x', 1], 'one', 'other']);
  });

  it('allows newlines inside parentheses only', () => {
    assert.equal(value('(\n  true\n  ? "yes"\n  : "no"\n)'), 'yes');
    assertParseError('v = true\n  ? 1 : 2\n', 'Unexpected "?", expected an argument or block definition', 2, 3);
  });

  it('evaluates operators on known operands', () => {
    assert.deepEqual(
      [value('1 + 2 * 3 - 4 / 2 % 3'), value('(1 + 2) * 3'), value('1 < 2 && 3 >= 3 || !true'), value('"a" == "a" != false'), value('-7 % 3'), value('!!true')],
      [5, 9, true, true, -1, true],
    );
  });
});

describe('hcl: functions, traversals and splats', () => {
  it('parses calls, expansion and provider-namespaced functions', () => {
    assert.deepEqual(tree('f()'), ['call', 'f']);
    assert.deepEqual(tree('join(",", [a, b],)'), ['call', 'join', ',', ['tuple', 'a', 'b']]);
    assert.deepEqual(tree('max(xs...)'), ['call', 'max', 'xs', '...']);
    assert.deepEqual(tree('provider::aws::arn_parse(x).region'), ['.', ['call', 'provider::aws::arn_parse', 'x'], 'region']);
    assert.deepEqual(tree('merge(\n  a,\n  b,\n)'), ['call', 'merge', 'a', 'b']);
  });

  it('parses traversal steps: attributes, literal and legacy indexes', () => {
    assert.deepEqual(tree('aws_s3_bucket.b.id'), 'aws_s3_bucket.b.id');
    assert.deepEqual(tree('var.list[0].name'), 'var.list[0].name');
    assert.deepEqual(tree('var.map["key"]'), 'var.map["key"]');
    assert.deepEqual(tree('aws_instance.web.0.id'), 'aws_instance.web[0].id');
    assert.deepEqual(tree('var.list[length(var.list) - 1]'), ['[]', 'var.list', ['-', ['call', 'length', 'var.list'], 1]]);
    assert.deepEqual(tree('f(x)[0].y'), ['.', ['[]', ['call', 'f', 'x'], 0], 'y']);
  });

  it('parses attribute splats and full splats', () => {
    assert.deepEqual(tree('aws_instance.web.*.id'), ['.*', 'aws_instance.web', '.id']);
    assert.deepEqual(tree('aws_instance.web.*.tags.Name'), ['.*', 'aws_instance.web', '.tags', '.Name']);
    assert.deepEqual(tree('a[*].b["c"][0]'), ['[*]', 'a', '.b', ['[]', 'c'], ['[]', 0]]);
    assert.deepEqual(tree('a.*.b[0]'), ['[]', ['.*', 'a', '.b'], 0], 'an attribute splat ends at an index');
  });

  it('evaluates splats over known lists', () => {
    assert.deepEqual(value('[{ id = 1 }, { id = 2 }][*].id'), [1, 2]);
    assert.deepEqual(value('[{ t = { n = "a" } }].*.t.n'), ['a']);
    assert.deepEqual(value('null[*]'), []);
  });
});

describe('hcl: for expressions', () => {
  it('parses list and object forms with key variables, conditions and grouping', () => {
    assert.deepEqual(tree('[for s in xs : upper(s)]'), ['for', null, 's', 'xs', null, ['call', 'upper', 's'], null, false]);
    assert.deepEqual(tree('[for i, s in xs : s if i > 0]'), ['for', 'i', 's', 'xs', null, 's', ['>', 'i', 0], false]);
    assert.deepEqual(tree('{for k, v in m : k => v...}'), ['for', 'k', 'v', 'm', 'k', 'v', null, true]);
    assert.deepEqual(tree('{ for k, v in m : upper(k) => v if v != null }'), [
      'for',
      'k',
      'v',
      'm',
      ['call', 'upper', 'k'],
      'v',
      ['!=', 'v', null],
      false,
    ]);
  });

  it('evaluates them over known collections (object keys in lexical order)', () => {
    assert.deepEqual(value('[for n in [1, 2, 3, 4] : n * n if n % 2 == 0]'), [4, 16]);
    assert.deepEqual(value('{ for k, v in { b = 2, a = 1 } : k => v * 10 }'), { a: 10, b: 20 });
    assert.deepEqual(value('[for k, v in { b = 2, a = 1 } : k]'), ['a', 'b']);
    assert.deepEqual(value('{ for s in ["apple", "avocado", "banana"] : substr(s, 0, 1) => s... }'), {
      a: ['apple', 'avocado'],
      b: ['banana'],
    });
    assert.deepEqual(value('[\n  for s in ["x", "y"] :\n  "${s}!"\n]'), ['x!', 'y!']);
  });

  it('still treats "for" as an ordinary object key', () => {
    assert.deepEqual(value('{ for = 1 }'), { for: 1 });
  });
});

describe('hcl: comments and identifiers', () => {
  it('ignores all three comment styles, including at line ends and inside expressions', () => {
    assert.deepEqual(json('# hash\na = 1 # trailing\n// slashes\nb = [ /* inline */ 2, // after\n  3]\n/* block\n comment */ c = 4\n'), {
      a: 1,
      b: [2, 3],
      c: 4,
    });
  });

  it('accepts identifiers with dashes and Unicode letters', () => {
    assert.deepEqual(json('dash-name = 1\nünïcode_名前 = 2\nblock-type "x" {}\n'), { 'dash-name': 1, ünïcode_名前: 2, 'block-type': { x: [{}] } });
    assert.deepEqual(tree('a-b.c-d'), 'a-b.c-d');
    assert.deepEqual(tree('a - b'), ['-', 'a', 'b']);
  });
});

describe('hcl: source text of expressions', () => {
  it('slices each expression from the file text', () => {
    const text = 'a = merge(local.tags, {\n  Name = "x"\n})\nb = var.enabled ? 1 : 0 # comment\n';
    const body = parseHcl(text, 's.tf');
    assert.deepEqual(
      body.attributes.map((a) => [expressionText(a.expr), a.expr.range]),
      [
        ['merge(local.tags, {\n  Name = "x"\n})', range(1, 5, 3, 3)],
        ['var.enabled ? 1 : 0', range(4, 5, 4, 24)],
      ],
    );
  });
});

describe('hcl: the kitchen-sink fixture', () => {
  it('parses every feature to the expected values', () => {
    const text = readFileSync(fixtures + 'syntax/kitchen-sink.tf', 'utf8');
    const body: HclBody = parseHcl(text, 'syntax/kitchen-sink.tf');
    const locals = (hclBodyToJson(body).locals as Array<Record<string, unknown>>)[0]!;
    assert.deepEqual(
      Object.fromEntries(
        ['loop_tpl', 'stripped', 'nested_tpl', 'indented', 'escaped_heredoc', 'arithmetic', 'expanded', 'call_attr', 'for_group', 'dash-name', 'ünïcode'].map(
          (k) => [k, locals[k]],
        ),
      ),
      {
        loop_tpl: '0=a;1=b;',
        stripped: 'xyz',
        nested_tpl: 'outer inner X done',
        indented: 'first\n  second (indented by two more)\n\nthird\n',
        escaped_heredoc: '{"template": "${keep}", "percent": "%{keep}"}\n',
        arithmetic: 5,
        expanded: 9,
        call_attr: 1,
        for_group: { a: ['apple', 'avocado'], b: ['banana'] },
        'dash-name': 'identifiers may contain dashes',
        ünïcode: 'and Unicode letters',
      },
    );
    // The locals block runs from line 6 to the "}" closing it; the last block ends the file.
    const lines = text.split('\n');
    const localsBlock = body.blocks[0]!;
    assert.equal(lines[localsBlock.range.startLine - 1], 'locals {');
    assert.equal(lines[localsBlock.range.endLine - 1], '}');
    const last = body.blocks[body.blocks.length - 1]!;
    assert.deepEqual(last.labels, ['foo', 'bar']);
    assert.equal(lines[last.range.startLine - 1], 'block_with_ident_label foo bar {');
    assert.equal(last.range.endLine, lines.length - 1);
  });
});

describe('hcl: errors', () => {
  const cases: Array<[string, string, string, number, number]> = [
    ['unclosed block', 'resource "a" "b" {\n  x = 1\n', 'Unclosed configuration block', 1, 18],
    ['unmatched closing brace', 'a = 1\n}\n', 'Unexpected "}"', 2, 1],
    ['unterminated string', 'a = "abc\nb = 1\n', 'Unterminated string', 1, 5],
    ['unterminated string at end of file', 'a = "abc', 'Unterminated string', 1, 5],
    ['invalid character', 'a = @foo\n', 'Invalid character "@"', 1, 5],
    ['invalid character in a body', 'resource "a" "b" {\n  $x = 1\n}\n', 'Invalid character "$"', 2, 3],
    ['single ampersand', 'a = b & c\n', 'Invalid character "&"', 1, 7],
    ['unterminated heredoc', 'a = <<EOT\nline\n', 'Unterminated heredoc (no closing "EOT" marker)', 1, 5],
    ['heredoc without newline', 'a = <<EOT line\nEOT\n', 'Invalid heredoc: "<<" must be followed by a marker word and a newline', 1, 5],
    ['unterminated comment', 'a = 1\n/* never closed\n', 'Unterminated comment', 2, 1],
    ['unterminated interpolation', 'a = "${b', 'Unterminated template interpolation', 1, 6],
    ['invalid escape', 'a = "\\q"\n', 'Invalid escape sequence "\\q"', 1, 6],
    ['short unicode escape', 'a = "\\u12"\n', 'Invalid escape sequence: expected hexadecimal digits', 1, 6],
    ['missing newline after argument', 'a = 1 b = 2\n', 'Missing newline after argument', 1, 7],
    ['attribute redefined', 'a = 1\na = 2\n', 'Attribute redefined: "a"', 2, 1],
    ['one-line block with two arguments', 'x { a = 1 b = 2 }\n', 'Invalid single-line block: it must end with "}" right after its single argument', 1, 11],
    ['one-line block with a nested block', 'x { y {} }\n', 'Invalid single-line block: it may contain only one argument (nested blocks need their own lines)', 1, 5],
    ['missing value', 'a =\nb = 1\n', 'Unexpected newline, expected an expression', 1, 4],
    ['missing bracket', 'a = [1, 2\nb = 3\n', 'Unexpected identifier "b", expected "," or "]" in the list', 2, 1],
    ['missing comma in a call', 'a = f(1 2)\n', 'Unexpected number 2, expected "," or ")" in the function call', 1, 9],
    ['expansion not last', 'a = f(x..., y)\n', 'Unexpected ",", expected ")" after "..." (only the last argument can be expanded)', 1, 11],
    ['bad object separator', 'a = { b = 1 c = 2 }\n', 'Unexpected identifier "c", expected a newline or "," between object items', 1, 13],
    ['interpolated block label', 'resource "a${x}" "b" {}\n', 'Invalid block label: a label must be a plain string without interpolation', 1, 10],
    ['attribute without value', 'a\n', 'Unexpected newline, expected "=" or a block after "a"', 1, 2],
    ['else without if', 'a = "%{ else }"\n', 'Unexpected "else" directive', 1, 6],
    ['unclosed if directive', 'a = "%{ if x }y"\n', 'Unclosed "if" directive: missing "endif"', 1, 6],
    ['unknown directive', 'a = "%{ while x }"\n', 'Invalid template directive "while"', 1, 9],
    ['chained legacy index', 'a = b.0.1\n', 'Invalid legacy index syntax: chained indexes like ".0.1" are not permitted, use "[0][1]"', 1, 7],
    ['missing colon in conditional', 'a = x ? 1\n', 'Unexpected newline, expected ":" in a conditional expression', 1, 10],
    ['for without in', 'a = [for x of y : x]\n', 'Unexpected identifier "of", expected "in" in the for expression', 1, 12],
    ['nul byte', 'a = 1\n\u0000\n', 'Invalid character "\\u0000"', 2, 1],
  ];
  for (const [name, text, message, line, column] of cases) {
    it(`reports ${name}`, () => assertParseError(text, message, line, column));
  }
});

describe('hcl: hostile input', () => {
  it('rejects 10,000 nested brackets quickly, without overflowing the stack', () => {
    assertParseError('a = ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n', 'Expression or block nesting too deep', 1, 205, 1000);
  });

  it('rejects 500 nested expressions of every kind but accepts realistic nesting', () => {
    // The 201st level fails: the 201st "(", the key of the 200th object, the 200th "-", the interpolation of the 100th string.
    assertParseError('a = ' + '('.repeat(500) + '1' + ')'.repeat(500) + '\n', 'Expression or block nesting too deep', 1, 205);
    assertParseError('a = ' + '{ a = '.repeat(500) + '1' + ' }'.repeat(500) + '\n', 'Expression or block nesting too deep', 1, 5 + 199 * 6 + 2);
    assertParseError('a = ' + '-'.repeat(500) + '1\n', 'Expression or block nesting too deep', 1, 204);
    assertParseError('a = ' + '"${'.repeat(500) + '1' + '}"'.repeat(500) + '\n', 'Expression or block nesting too deep', 1, 5 + 100 * 3);
    assertParseError('b {\n'.repeat(500) + '}\n'.repeat(500), 'Expression or block nesting too deep', 201, 1);
    assert.equal(value('['.repeat(50) + '1' + ']'.repeat(50)) !== undefined, true);
  });

  it('rejects a 100,000-operator chain and binary garbage quickly', () => {
    assertParseError('a = ' + '1 + '.repeat(100_000) + '1\n', 'Expression nesting too deep (operator chain too long)', 1, 5 + 4 * 1000 + 2, 2000);
    let garbage = '';
    let seed = 7;
    for (let i = 0; i < 100_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      garbage += String.fromCharCode(seed % 256);
    }
    assert.throws(() => parseHcl(garbage, 'garbage.tf'), ParseError);
  });

  it('handles a 5 MB file: valid in well under the budget, and an unterminated heredoc at its end', () => {
    const blocks: string[] = [];
    for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
      const block = `resource "aws_s3_bucket" "b${i}" {\n  bucket = "name-${i}"\n  tags   = { a = "b", c = [1, 2, 3] }\n}\n`;
      blocks.push(block);
      size += block.length;
    }
    const text = blocks.join('');
    const t0 = performance.now();
    const body = parseHcl(text, 'big.tf');
    const ms = performance.now() - t0;
    assert.ok(ms < 20_000, `5 MB took ${ms.toFixed(0)} ms`);
    assert.equal(body.blocks[body.blocks.length - 1]!.range.endLine, text.split('\n').length - 1);
    const lines = text.split('\n').length;
    assertParseError(text + 'x = <<EOT\nnever closed\n', 'Unterminated heredoc (no closing "EOT" marker)', lines, 5, 20_000);
    assertParseError(text + 'x = "' + 'y'.repeat(1_000_000), 'Unterminated string', lines, 5, 20_000);
  });
});

describe('hcl: mutated fixtures', () => {
  it('either parse or fail with a positioned one-line ParseError, and never break loadTerraform', () => {
    const sources = ['syntax/kitchen-sink.tf', 'aws-s3/main.tf', 'gcp-data/main.tf'].map((f) => readFileSync(fixtures + f, 'utf8'));
    const pieces = ['{', '}', '[', ']', '(', ')', '"', '${', '%{', '~}', '\n', '<<EOT\n', 'EOT\n', '\\', '.', '*', ',', ':', '=', '?', '#', '/*', '...', 'for ', ' in ', 'if ', '-'];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const outcomes = { parsed: 0, failed: 0 };
    for (let i = 0; i < 400; i++) {
      let text = sources[rnd(sources.length)]!;
      for (let k = 1 + rnd(3); k > 0; k--) {
        const at = rnd(text.length + 1);
        text = rnd(2) === 0 ? text.slice(0, at) + pieces[rnd(pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + rnd(8));
      }
      try {
        parseHcl(text, 'mutated.tf');
        outcomes.parsed++;
      } catch (err) {
        assert.ok(err instanceof ParseError, String(err));
        assert.ok(!err.message.includes('\n') && err.line! >= 1 && err.column! >= 1, err.message);
        outcomes.failed++;
      }
      const result = loadTerraform('.', [{ path: 'mutated.tf', text }]);
      JSON.stringify(result);
    }
    assert.ok(outcomes.parsed > 20 && outcomes.failed > 200, JSON.stringify(outcomes));
  });
});

describe('hcl: scanner', () => {
  it('emits one newline token for a run of blank lines and comments', () => {
    const kinds = lexHcl('a = 1\n\n# c\n\nb = 2').map((t) => t.kind);
    assert.deepEqual(kinds, [Tok.Ident, Tok.Equal, Tok.Number, Tok.Newline, Tok.Ident, Tok.Equal, Tok.Number, Tok.EOF]);
  });
});
