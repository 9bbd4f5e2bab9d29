import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';

/**
 * The project's own Markdown: README, docs (rule pages included), the
 * evidence-pack contract and the example's README. Their relative links must
 * reach a file, and a link's `#anchor` a heading of that file, as GitHub names
 * headings: moving a section to another page (README → docs/performance.md)
 * must not leave a link behind.
 */
function markdownFiles(): string[] {
  const files = ['README.md', 'evidence/README.md', 'examples/clinic/README.md'];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(packageRoot, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(packageRoot, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

/** The text outside fenced code blocks and inline code, where links are links. */
export function proseOf(markdown: string): string {
  const prose: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      prose.push('');
    } else if (opener !== undefined) {
      fence = opener;
      prose.push('');
    } else prose.push(line.replace(/(`+)[^`]*?\1/g, ''));
  }
  return prose.join('\n');
}

/** GitHub's anchors of a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseOf(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The relative link targets of a Markdown file's prose: `[text](target)`, without web and mail addresses. */
export function relativeLinks(markdown: string): string[] {
  const links: string[] = [];
  for (const m of proseOf(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push(target);
  }
  return links;
}

describe('links between the project documents', () => {
  it('reads GitHub anchors and relative links as GitHub does', () => {
    assert.deepEqual(
      [...anchorsOf('# Evident\n## Quick start\n### Suppressions, waivers and baseline\n## Quick start\n```\n# not a heading\n```\n')],
      ['evident', 'quick-start', 'suppressions-waivers-and-baseline', 'quick-start-1'],
    );
    assert.deepEqual(relativeLinks('[a](docs/x.md#y) [b](https://example.org) `[c](not/a/link.md)` [d](#here "title")\n```\n[e](in/code.md)\n```\n'), [
      'docs/x.md#y',
      '#here',
    ]);
  });

  // The headings of each linked file, read and parsed once: the README links to its own
  // sections eleven times, and the pages under docs/ link to them too.
  const anchorsByFile = new Map<string, Set<string>>();
  const anchorsOfFile = (path: string): Set<string> => {
    let anchors = anchorsByFile.get(path);
    if (anchors === undefined) anchorsByFile.set(path, (anchors = anchorsOf(readFileSync(path, 'utf8'))));
    return anchors;
  };

  for (const file of markdownFiles()) {
    it(`${file}: every relative link reaches its file and heading`, () => {
      const text = readFileSync(join(packageRoot, file), 'utf8');
      const broken: string[] = [];
      for (const link of relativeLinks(text)) {
        const [path, anchor] = link.split('#', 2) as [string, string | undefined];
        const target = path === '' ? join(packageRoot, file) : join(packageRoot, dirname(file), decodeURI(path));
        if (!existsSync(target)) {
          broken.push(`${link}: no file ${relative(packageRoot, target)}`);
          continue;
        }
        if (anchor === undefined || anchor === '' || !target.endsWith('.md')) continue;
        if (!anchorsOfFile(target).has(decodeURI(anchor))) broken.push(`${link}: no heading #${anchor}`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
