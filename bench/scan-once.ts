/**
 * One measured scan in a fresh process (so peak RSS is the scan's own):
 * prints the per-stage stats and the process's peak RSS as JSON.
 *   node --import tsx bench/scan-once.ts <dir>
 */
import { scan, type ScanStats } from '../src/index.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: scan-once.ts <dir>');
  process.exit(2);
}
const stats = {} as ScanStats;
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
