/**
 * The nodes of the file being analysed, in pre-order, shared with helpers that
 * need to see the whole file (the route model). The engine lists them anyway
 * (`linkNodes` in walk.ts, the same pass that sets parent pointers); walking
 * the AST again with `ts.forEachChild` recursion costs several per cent of the
 * engine's time on server code.
 */
import { ts } from './typescript.js';

let currentFile: ts.SourceFile | undefined;
let currentNodes: readonly ts.Node[] | undefined;

/** Called by the engine: `nodes` are every node of `sourceFile` in pre-order; `undefined` forgets them. */
export function setFileNodes(sourceFile: ts.SourceFile | undefined, nodes?: readonly ts.Node[]): void {
  currentFile = sourceFile;
  currentNodes = sourceFile === undefined ? undefined : nodes;
}

/**
 * Every node of a file in pre-order (the file itself first, children in
 * `ts.forEachChild` order, JSDoc excluded): the engine's list when the file is
 * the one being analysed, else a fresh walk (tests, library callers).
 */
export function fileNodes(sourceFile: ts.SourceFile): readonly ts.Node[] {
  if (sourceFile === currentFile && currentNodes !== undefined) return currentNodes;
  const nodes: ts.Node[] = [];
  const walk = (node: ts.Node): void => {
    nodes.push(node);
    ts.forEachChild(node, walk);
  };
  walk(sourceFile);
  return nodes;
}
