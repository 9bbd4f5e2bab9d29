/**
 * One measured scan in a fresh process (so peak RSS is the scan's own):
 * prints the per-stage stats and the process's peak RSS as JSON.
 *   node --import tsx bench/scan-once.mjs <dir> <URL of src/index.ts> [--transfer]
 *   node bench/scan-once.mjs <dir> <URL of dist/index.js> [--transfer]
 * --transfer also times, after the scan, the evaluation of the same documents
 * again and with no checks at all (the cost of moving them into wasm); peak
 * RSS then includes those rounds.
 * Plain JavaScript, so that the compiled scan runs without tsx's loader (as
 * `npx evident` does) and the sources with it, from one script. Used through
 * bench/scan-child.ts.
 */
const [dir, entry, option] = process.argv.slice(2);
if (!dir || !entry) {
  console.error('usage: scan-once.mjs <dir> <scan module URL> [--transfer]');
  process.exit(2);
}
const { scan } = await import(entry);
// As the command does (src/cli/thread-priority.ts): V8's background threads below the scan's, unless
// workers were asked for. A build without it (an older checkout's) scans without.
const priority = await import(new URL(`./cli/thread-priority.${entry.endsWith('.ts') ? 'ts' : 'js'}`, entry).href).catch(() => undefined);
const prepare = priority?.prepareScanProcess;
// --transfer: keep the documents the scan evaluates (see below).
const documents = [];
let engine;
let evaluate;
if (option === '--transfer') {
  const { PolicyEngine } = await import(new URL(`./engine/rego.${entry.endsWith('.ts') ? 'ts' : 'js'}`, entry).href);
  evaluate = PolicyEngine.prototype.evaluate;
  PolicyEngine.prototype.evaluate = function (document) {
    engine = this;
    documents.push(document);
    return evaluate.call(this, document);
  };
}
const stats = {};
const t0 = performance.now();
const result = await scan({ paths: [dir], stats, ...(prepare !== undefined ? { prepareProcess: prepare } : {}) });
const wallMs = performance.now() - t0;
// After the scan (measured above as it ran), the same documents evaluated again in this process:
// with the checks of their input type, and as an input type that has no checks. The second is
// what moving a document into wasm costs (JSON.stringify, copying, OPA's JSON parser, an empty
// result back), the part of evaluation no check can save.
let transfer;
if (option === '--transfer' && engine !== undefined) {
  const time = (make) => {
    const t = performance.now();
    for (const document of documents) evaluate.call(engine, make(document));
    return performance.now() - t;
  };
  const withChecks = [];
  const withoutChecks = [];
  for (let round = 0; round < 3; round++) {
    withChecks.push(time((document) => document));
    withoutChecks.push(time((document) => ({ ...document, type: 'none' })));
  }
  transfer = { evaluateAgainMs: Math.min(...withChecks), noChecksMs: Math.min(...withoutChecks) };
}
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    stats,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    findings: result.findings.length,
    errors: result.errors.length,
    errorList: result.errors.map((e) => ({ file: e.file, reason: e.reason })),
    resources: result.coverage.resources,
    ...(transfer !== undefined ? { transfer } : {}),
  })}\n`,
);
