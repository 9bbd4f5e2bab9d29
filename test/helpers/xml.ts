/**
 * A strict little XML 1.0 reader for tests (no DTDs, no CDATA, no processing
 * instructions but the declaration): elements, attributes and text, with the
 * five predefined entities and character references. It throws on anything
 * not well-formed, so a test that parses a report proves the report is XML.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*/;
const INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`'<' in character data at ${where}`);
  return raw.replace(/&([^;]*);|&/g, (match: string, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare '&' at ${where}`);
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    const value = ENTITIES[body];
    if (value === undefined) throw new Error(`unknown entity &${body}; at ${where}`);
    return value;
  });
}

/** Parses a document with one root element; throws with a position on malformed input. */
export function parseXml(text: string): XmlElement {
  const bad = INVALID.exec(text);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)?.toString(16)} not allowed in XML 1.0 at ${bad.index}`);
  let i = 0;
  const decl = /^<\?xml [^?]*\?>\s*/.exec(text);
  if (decl) i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < text.length) {
    if (text.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][A-Za-z0-9_.-]*)\s*>/.exec(text.slice(i));
      const open = stack.pop();
      if (!m || !open || open.name !== m[1]) throw new Error(`mismatched end tag at ${i}`);
      i += m[0].length;
      continue;
    }
    if (text[i] === '<') {
      i++;
      const name = NAME.exec(text.slice(i));
      if (!name) throw new Error(`bad tag name at ${i}`);
      i += name[0].length;
      const element: XmlElement = { name: name[0], attributes: {}, children: [], text: '' };
      for (;;) {
        const ws = /^\s*/.exec(text.slice(i));
        i += ws ? ws[0].length : 0;
        if (text.startsWith('/>', i) || text[i] === '>') break;
        const attr = /^([A-Za-z_][A-Za-z0-9_.:-]*)="([^"]*)"/.exec(text.slice(i));
        if (!attr || !ws || ws[0] === '') throw new Error(`bad attribute at ${i}`);
        const [, key = '', raw = ''] = attr;
        if (key in element.attributes) throw new Error(`duplicate attribute ${key} at ${i}`);
        element.attributes[key] = decode(raw, i);
        i += attr[0].length;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`second root element at ${i}`);
      else root = element;
      if (text.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(element);
      }
      continue;
    }
    const next = text.indexOf('<', i);
    const raw = text.slice(i, next === -1 ? undefined : next);
    const parent = stack[stack.length - 1];
    if (parent) parent.text += decode(raw, i);
    else if (raw.trim() !== '') throw new Error(`text outside the root element at ${i}`);
    i = next === -1 ? text.length : next;
  }
  if (stack.length > 0 || !root) throw new Error('unclosed element or no root');
  return root;
}

/** Every descendant element named `name`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) out.push(child);
    out.push(...findAll(child, name));
  }
  return out;
}
