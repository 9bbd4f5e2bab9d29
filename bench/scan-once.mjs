/**
 * One measured scan in a fresh process (so peak RSS is the scan's own):
 * prints the per-stage stats and the process's peak RSS as JSON.
 *   node --import tsx bench/scan-once.mjs <dir> <URL of src/index.ts>
 *   node bench/scan-once.mjs <dir> <URL of dist/index.js>
 * Plain JavaScript, so that the compiled scan runs without tsx's loader (as
 * `npx evident` does) and the sources with it, from one script. Used through
 * bench/scan-child.ts.
 */
const [dir, entry] = process.argv.slice(2);
if (!dir || !entry) {
  console.error('usage: scan-once.mjs <dir> <scan module URL>');
  process.exit(2);
}
const { scan } = await import(entry);
const stats = {};
const t0 = performance.now();
const result = await scan({ paths: [dir], stats });
const wallMs = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    stats,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    findings: result.findings.length,
    errors: result.errors.length,
    resources: result.coverage.resources,
  })}\n`,
);
