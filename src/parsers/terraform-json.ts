/**
 * Terraform's JSON syntax (`*.tf.json`: what CDK for Terraform writes, and
 * what some generators emit) read into the same syntax tree as native HCL
 * (src/parsers/hcl/ast.ts), with offsets into the JSON text, so that the module
 * loader resolves, evaluates and locates it like any `.tf` file.
 *
 * The mapping follows Terraform's "JSON Configuration Syntax":
 * - top-level `resource` and `data` are objects of type → name → body;
 *   `module`, `variable`, `output` and `provider` of name → body (an array of
 *   bodies declares several blocks: aliased providers); `locals` is an object
 *   of name → expression (or an array of such objects); `terraform` is a
 *   body; other block types (`moved`, `import`, `check`) are not read;
 * - a property named `//` is a comment, at any level;
 * - a string is a template (`"${aws_s3_bucket.b.id}"`, `%{ if … }`), read by
 *   the HCL template parser at its place in the file; other values are
 *   literals, arrays tuples and objects object constructors.
 *
 * JSON does not say whether a nested object is an argument or a block
 * (Terraform decides with the provider's schema, which Evident does not
 * have): inside a body, every property is an argument, except `lifecycle`,
 * `provisioner`, `connection` and `dynamic`, which are always blocks. The
 * checks read nested blocks through `terraform.blocks()`, which takes an
 * object or an array of objects as the block(s), so `"versioning": {"enabled":
 * true}` and `"versioning": [{"enabled": true}]` both count as the block.
 */
import { HclAttribute, HclBlock, HclBody, HclSource, LiteralExpr, ObjectExpr, ObjectItem, TupleExpr, type HclExpression } from './hcl/ast.js';
import { parseHclTemplateAt } from './hcl/parser.js';
import { parseJsonWithPositions, type PosNode } from './terraform-plan.js';
import { ParseError } from './types.js';

type Json = ReturnType<typeof parseJsonWithPositions>['value'];

/** Block types whose JSON is name → body (one label). */
const NAMED_BLOCKS: ReadonlySet<string> = new Set(['module', 'variable', 'output', 'provider']);
/** Block types whose JSON is type → name → body (two labels). */
const TYPED_BLOCKS: ReadonlySet<string> = new Set(['resource', 'data']);
/** Properties of a body that are always nested blocks. */
const BODY_BLOCKS: ReadonlySet<string> = new Set(['lifecycle', 'provisioner', 'connection']);

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses a `.tf.json` file into its root body.
 * @throws ParseError (invalid JSON, with line and column; or not an object at the top level)
 */
export function parseTerraformJson(text: string, fileName: string): HclBody {
  const parsed = parseJsonWithPositions(text);
  const src = new HclSource(fileName, text);
  if (!isObject(parsed.value)) throw new ParseError('a .tf.json file must hold one JSON object', 1, 1);
  const blocks: HclBlock[] = [];
  for (const [type, node] of members(parsed.root)) {
    const value = parsed.value[type];
    if (TYPED_BLOCKS.has(type)) {
      for (const [kind, kindNode] of members(node)) {
        for (const [name, nameNode] of members(kindNode)) {
          for (const bodyNode of bodies(nameNode)) blocks.push(block(src, type, [kind, name], [kindNode, nameNode], bodyNode, valueAt(value, [kind, name], nameNode, bodyNode)));
        }
      }
    } else if (NAMED_BLOCKS.has(type)) {
      for (const [name, nameNode] of members(node)) {
        for (const bodyNode of bodies(nameNode)) blocks.push(block(src, type, [name], [nameNode], bodyNode, valueAt(value, [name], nameNode, bodyNode)));
      }
    } else if (type === 'locals' || type === 'terraform') {
      for (const bodyNode of bodies(node)) {
        const bodyValue = node.items === undefined ? value : (value as Json[])[node.items.indexOf(bodyNode)];
        blocks.push(new HclBlock(src, node.keyStart ?? node.start, type, [], [], body(src, bodyNode, bodyValue)));
      }
    }
  }
  return new HclBody(src, parsed.root.start, parsed.root.end, [], blocks);
}

/** The members of an object node in source order, without `//` comments; none for other nodes. */
function members(node: PosNode): Array<[string, PosNode]> {
  return node.members === undefined ? [] : [...node.members].filter(([key]) => key !== '//');
}

/** One body (an object) or several (an array of objects). */
function bodies(node: PosNode): PosNode[] {
  if (node.members !== undefined) return [node];
  return (node.items ?? []).filter((item) => item.members !== undefined);
}

/** The JSON value of a body under `path` (label keys), and the item of an array of bodies. */
function valueAt(root: Json | undefined, path: string[], labelled: PosNode, bodyNode: PosNode): Json | undefined {
  let v = root;
  for (const key of path) v = isObject(v) ? v[key] : undefined;
  if (Array.isArray(v)) return v[labelled.items?.indexOf(bodyNode) ?? -1];
  return v;
}

/** A block whose range starts at its first label's key (`"aws_s3_bucket"`) and ends with its body. */
function block(src: HclSource, type: string, labels: string[], labelNodes: PosNode[], bodyNode: PosNode, value: Json | undefined): HclBlock {
  const offsets: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const keyStart = labelNodes[i]!.keyStart ?? labelNodes[i]!.start;
    offsets.push(keyStart, keyStart + labels[i]!.length + 2);
  }
  const start = labelNodes[labelNodes.length - 1]!.keyStart ?? bodyNode.start;
  return new HclBlock(src, start, type, labels, offsets, body(src, bodyNode, value));
}

function body(src: HclSource, node: PosNode, value: Json | undefined): HclBody {
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  const object = isObject(value) ? value : {};
  for (const [key, child] of members(node)) {
    const v = object[key];
    if (BODY_BLOCKS.has(key)) {
      for (const inner of bodies(child)) blocks.push(new HclBlock(src, child.keyStart ?? child.start, key, [], [], body(src, inner, Array.isArray(v) ? v[child.items?.indexOf(inner) ?? -1] : v)));
    } else if (key === 'dynamic') {
      for (const [name, nameNode] of members(child)) {
        for (const inner of bodies(nameNode)) blocks.push(dynamicBlock(src, name, nameNode, inner, valueAt(v, [name], nameNode, inner)));
      }
    } else {
      // The attribute starts at its name, inside the key's quotes.
      attributes.push(new HclAttribute(src, (child.keyStart ?? child.start) + 1, key, expression(src, child, v)));
    }
  }
  return new HclBody(src, node.start, node.end, attributes, blocks);
}

/** `"dynamic": {"setting": {"for_each": …, "content": {…}}}`: the block HCL writes `dynamic "setting" { … }`. */
function dynamicBlock(src: HclSource, name: string, nameNode: PosNode, node: PosNode, value: Json | undefined): HclBlock {
  const object = isObject(value) ? value : {};
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  for (const [key, child] of members(node)) {
    if (key === 'content') {
      for (const inner of bodies(child)) blocks.push(new HclBlock(src, child.keyStart ?? child.start, 'content', [], [], body(src, inner, object[key])));
    } else {
      attributes.push(new HclAttribute(src, (child.keyStart ?? child.start) + 1, key, expression(src, child, object[key])));
    }
  }
  const keyStart = nameNode.keyStart ?? nameNode.start;
  return new HclBlock(src, keyStart, 'dynamic', [name], [keyStart, keyStart + name.length + 2], new HclBody(src, node.start, node.end, attributes, blocks));
}

/** A JSON value as an HCL expression at the same offsets. */
function expression(src: HclSource, node: PosNode, value: Json | undefined): HclExpression {
  if (typeof value === 'string') {
    // Only strings with an interpolation or a directive need the template parser.
    const raw = src.text.slice(node.start, node.end);
    if (raw.includes('${') || raw.includes('%{')) {
      try {
        const template = parseHclTemplateAt(src, node.start, node.end);
        if (template !== undefined) return template;
      } catch (error) {
        // JSON's \/, \b and \f are not HCL escapes: such a string is kept as written. Any other
        // error is the template's own, which Terraform reports too.
        if (!(error instanceof ParseError) || !/\\[/bf]/.test(raw)) throw error;
      }
    }
    return new LiteralExpr(src, node.start, node.end, value);
  }
  if (Array.isArray(value) && node.items !== undefined) {
    return new TupleExpr(src, node.start, node.end, node.items.map((item, i) => expression(src, item, value[i])));
  }
  if (isObject(value)) {
    const items: ObjectItem[] = [];
    for (const [key, child] of members(node)) {
      const keyStart = child.keyStart ?? child.start;
      items.push(new ObjectItem(new LiteralExpr(src, keyStart, keyStart + key.length + 2, key), null, expression(src, child, value[key])));
    }
    return new ObjectExpr(src, node.start, node.end, items);
  }
  return new LiteralExpr(src, node.start, node.end, typeof value === 'number' || typeof value === 'boolean' ? value : null);
}
