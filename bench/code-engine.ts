// Benchmark of the source-code engine on a generated corpus of realistic
// Express/TypeScript code (files of ~104 lines, written to
// /tmp/evident-bench-code), end to end: reading the files, parsing, the
// single walk and every registered rule.
//
//   npx tsx bench/code-engine.ts [--lines 200000] [--passes 3] [--modes parse,engine-1,engine-2]
//                                [--flat 100000,200000,500000] [--build dist] [--dir /tmp/evident-bench-code]
//                                [--corpus <folder of real sources>] [--command-runs 3]
//
// Modes, each in its own child process (so that peak RSS is per mode):
// - `parse`: the floor: loading the compiler API as the engine does (src/engine/code/typescript.js),
//   then read + `ts.createSourceFile` (no parent pointers, no walk, no rules);
// - `engine-1`: `analyzeFiles` in one thread (read + parse + walk + rules + directives), `--jobs 1`;
// - `engine-2`: `analyzeFiles` with 2 worker threads, `--jobs 2` (each pass starts its workers: a
//   scan pays that too).
// Each mode reports its cold first pass (including loading ts-morph and the rules, as a scan does)
// and the warm pass with the least CPU time: wall time, CPU time of the whole process (all
// threads: the machine is shared, CPU time is less sensitive to other load), lines per wall
// second and per CPU second, and peak RSS.
// With `--build`, the bundled command (`<build>/bundle/evident.js scan`) then scans a copy of the
// generated corpus with `--jobs 1` and `--jobs 2`, `--command-runs` times each, from process start
// to the written report (the median is shown): Node's start, discovery and the report included, but
// no tsx loader, which the mode children run under.
// `--flat` then runs `engine-1` once per corpus size and prints its peak RSS: memory should stay
// flat as the corpus grows. `--build dist` runs the compiled engine (`npm run build`) instead of
// the sources under tsx (workers then start without tsx's loader, as with `npx evident`).
// `--corpus <folder>` measures an existing folder of sources instead, whole and recursively (type
// declarations skipped, nothing generated, no --flat): e.g. the `effect` package's `src`, the corpus of
// the ts-morph parse figures in ../shared/reference/feasibility.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { commandInChild } from './scan-child.js';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Mode = 'parse' | 'engine-1' | 'engine-2';
const MODES: readonly Mode[] = ['parse', 'engine-1', 'engine-2'];
/** Lines of a generated file, on average (measured: 104 ± 6). */
const LINES_PER_FILE = 104;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

// ---------------------------------------------------------------------------
// Corpus generation (deterministic: seeded PRNG)

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = ['patient', 'appointment', 'invoice', 'claim', 'provider', 'prescription', 'encounter', 'order', 'user', 'report'];
const FIELDS = ['status', 'createdAt', 'updatedAt', 'total', 'notes', 'code', 'type', 'priority', 'location', 'reference'];
const SENSITIVE = ['ssn', 'diagnosis', 'dateOfBirth', 'email', 'phoneNumber', 'mrn', 'insuranceMemberId', 'address'];

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function routeBlock(rand: () => number, entity: string): string[] {
  const E = cap(entity);
  const field = FIELDS[Math.floor(rand() * FIELDS.length)] ?? 'status';
  const leak = rand() < 0.15 ? SENSITIVE[Math.floor(rand() * SENSITIVE.length)] : undefined;
  return [
    `router.get('/${entity}s/:id', requireAuth, async (req: Request, res: Response, next: NextFunction) => {`,
    '  try {',
    `    const ${entity} = await ${E}Repository.findById(req.params.id, { include: ['${field}'] });`,
    `    if (!${entity}) {`,
    `      logger.warn('${entity} not found', { id: req.params.id, requestId: req.id });`,
    '      return res.status(404).json({ error: \'not_found\' });',
    '    }',
    leak ? `    logger.info(\`loaded ${entity} \${${entity}.${leak}}\`);` : `    logger.info('loaded ${entity}', { id: ${entity}.id });`,
    `    const view = to${E}View(${entity}, { locale: req.headers['accept-language'] ?? 'en' });`,
    '    res.set(\'Cache-Control\', \'no-store\');',
    '    return res.json(view);',
    '  } catch (err) {',
    `    logger.error('failed to load ${entity}', { err, id: req.params.id });`,
    '    return next(err);',
    '  }',
    '});',
    '',
  ];
}

function listBlock(rand: () => number, entity: string): string[] {
  const E = cap(entity);
  const limit = 10 + Math.floor(rand() * 90);
  return [
    `router.get('/${entity}s', requireAuth, async (req: Request, res: Response) => {`,
    `  const page = Number.parseInt(String(req.query.page ?? '1'), 10);`,
    `  const pageSize = Math.min(Number(req.query.pageSize ?? ${limit}), 100);`,
    `  const filter: ${E}Filter = { status: req.query.status as string | undefined, ownerId: req.user?.id };`,
    `  const [items, total] = await Promise.all([`,
    `    ${E}Repository.list(filter, { offset: (page - 1) * pageSize, limit: pageSize }),`,
    `    ${E}Repository.count(filter),`,
    '  ]);',
    `  metrics.histogram('${entity}.list.size', items.length);`,
    `  return res.json({ items: items.map((item) => to${E}View(item)), page, pageSize, total });`,
    '});',
    '',
  ];
}

function createBlock(rand: () => number, entity: string): string[] {
  const E = cap(entity);
  const leakBody = rand() < 0.1;
  return [
    `router.post('/${entity}s', requireAuth, validate(${entity}Schema), async (req: Request, res: Response) => {`,
    leakBody ? `  logger.debug('create ${entity}', req.body);` : `  logger.debug('create ${entity}', { userId: req.user?.id });`,
    `  const input = ${entity}Schema.parse(req.body) as Create${E}Input;`,
    `  const created = await db.transaction(async (tx) => {`,
    `    const row = await tx.insert(${entity}s).values({ ...input, createdBy: req.user?.id }).returning();`,
    `    await tx.insert(auditLog).values({ action: 'create', entity: '${entity}', entityId: row[0]?.id });`,
    '    return row[0];',
    '  });',
    `  events.emit('${entity}.created', { id: created?.id });`,
    '  return res.status(201).json({ id: created?.id });',
    '});',
    '',
  ];
}

function serviceBlock(rand: () => number, entity: string): string[] {
  const E = cap(entity);
  const insecure = rand() < 0.05;
  return [
    `export class ${E}Service {`,
    `  private readonly cache = new Map<string, ${E}Record>();`,
    '',
    `  constructor(private readonly http: AxiosInstance, private readonly logger: Logger) {}`,
    '',
    `  async sync(id: string): Promise<${E}Record | undefined> {`,
    '    const cached = this.cache.get(id);',
    '    if (cached && Date.now() - cached.fetchedAt < 60_000) return cached;',
    `    const response = await this.http.get<${E}Record>(\`/${entity}s/\${encodeURIComponent(id)}\`, {`,
    '      timeout: 5_000,',
    insecure ? '      httpsAgent: new https.Agent({ rejectUnauthorized: false }),' : '      httpsAgent: this.agent,',
    '    });',
    `    this.logger.info('synced ${entity}', { id, status: response.status });`,
    '    this.cache.set(id, { ...response.data, fetchedAt: Date.now() });',
    '    return response.data;',
    '  }',
    '',
    `  private get agent(): https.Agent {`,
    `    return new https.Agent({ keepAlive: true, maxSockets: ${8 + Math.floor(rand() * 24)} });`,
    '  }',
    '}',
    '',
  ];
}

function utilBlock(rand: () => number, entity: string): string[] {
  const E = cap(entity);
  const a = FIELDS[Math.floor(rand() * FIELDS.length)] ?? 'status';
  const b = FIELDS[Math.floor(rand() * FIELDS.length)] ?? 'type';
  return [
    `export function to${E}View(record: ${E}Record, options: ViewOptions = {}): ${E}View {`,
    `  const formatter = new Intl.DateTimeFormat(options.locale ?? 'en', { dateStyle: 'medium' });`,
    '  return {',
    '    id: record.id,',
    `    ${a}: record.${a} ?? null,`,
    `    ${b === a ? 'kind' : b}: record.${b} ?? null,`,
    '    created: formatter.format(new Date(record.createdAt)),',
    "    tags: (record.tags ?? []).filter((tag) => tag.length > 0).sort(),",
    '  };',
    '}',
    '',
  ];
}

const BLOCKS = [routeBlock, listBlock, createBlock, serviceBlock, utilBlock];

function generateFile(index: number): string {
  const rand = prng(index + 1);
  const entity = ENTITIES[index % ENTITIES.length] ?? 'patient';
  const E = cap(entity);
  const lines = [
    `// ${entity} module ${index}`,
    "import { Router, type NextFunction, type Request, type Response } from 'express';",
    "import https from 'node:https';",
    "import type { AxiosInstance } from 'axios';",
    "import { logger, type Logger } from '../lib/logger';",
    "import { db, auditLog } from '../db';",
    `import { ${entity}s } from '../db/schema';`,
    `import { ${E}Repository, type ${E}Record, type ${E}View, type ${E}Filter, type Create${E}Input } from './${entity}-repository';`,
    `import { ${entity}Schema } from './${entity}-schema';`,
    "import { requireAuth, validate } from '../middleware';",
    "import { events, metrics } from '../observability';",
    '',
    'export const router = Router();',
    '',
  ];
  while (lines.length < 96) {
    const block = BLOCKS[Math.floor(rand() * BLOCKS.length)] ?? routeBlock;
    lines.push(...block(rand, entity));
  }
  return `${lines.join('\n')}\n`;
}

function ensureCorpus(dir: string, files: number): void {
  let existing: string[] = [];
  try {
    existing = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  } catch {
    existing = [];
  }
  if (existing.length >= files) return;
  mkdirSync(dir, { recursive: true });
  for (let i = existing.length; i < files; i++) writeFileSync(join(dir, `module-${String(i).padStart(5, '0')}.ts`), generateFile(i));
}

/** JS/TS sources the engine analyses (type declarations excluded, as a scan skips them). */
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Source files under `dir`, recursively, as paths relative to it (sorted). */
function sourcesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourcesUnder(dir, path));
    else if (SOURCE.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** The first `files` files of the corpus (sorted), as analysis jobs. */
function corpusFiles(dir: string, files: number): Array<{ path: string; absolutePath: string; size: number; lines: number }> {
  return sourcesUnder(dir)
    .slice(0, files)
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      let lines = 0;
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
      return { path: `src/${name}`, absolutePath: join(dir, name), size: Buffer.byteLength(text), lines };
    });
}

// ---------------------------------------------------------------------------
// One mode in a child process

interface PassResult {
  seconds: number;
  cpuSeconds: number;
  findings: number;
}

interface ChildResult {
  mode: Mode;
  files: number;
  lines: number;
  bytes: number;
  passes: PassResult[];
  maxRssMb: number;
  workers: number;
  typescript: string;
  rules: number;
}

/**
 * Where the engine is loaded from: the sources (under tsx) or a compiled build (`--build dist`).
 * `handWritten`: a JavaScript module of src/ (engine/code/typescript.js), the same file in both.
 */
function engineModule(build: string, module: string, handWritten = false): string {
  if (build === '') return new URL(`../src/${module}.${handWritten ? 'js' : 'ts'}`, import.meta.url).href;
  return pathToFileURL(join(resolve(build), `${module}.js`)).href;
}

async function runChild(mode: Mode, dir: string, files: number, passes: number, build: string): Promise<ChildResult> {
  const jobs = corpusFiles(dir, files);
  const lines = jobs.reduce((sum, job) => sum + job.lines, 0);
  const bytes = jobs.reduce((sum, job) => sum + job.size, 0);
  const results: PassResult[] = [];
  let workers = 0;
  let typescript = '';
  let rules = 0;
  for (let pass = 0; pass < passes; pass++) {
    let findings = 0;
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    // Modules are loaded inside the first (cold) pass, as a scan loads them.
    if (mode === 'parse') {
      // The compiler API as the engine loads it (ts-morph's bundled TypeScript, with the code cache).
      const { ts } = (await import(engineModule(build, 'engine/code/typescript', true))) as typeof import('ts-morph');
      typescript = ts.version;
      for (const job of jobs) {
        const sourceFile = ts.createSourceFile(job.path, readFileSync(job.absolutePath, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
        findings += sourceFile.statements.length > 0 ? 0 : 1;
      }
    } else {
      const pool = (await import(engineModule(build, 'engine/code/pool'))) as typeof import('../src/engine/code/pool.js');
      const { CODE_RULE_METADATA } = (await import(engineModule(build, 'checks/code-rule-metadata.generated'))) as typeof import('../src/checks/code-rule-metadata.generated.js');
      const ruleIds = CODE_RULE_METADATA.map((meta) => meta.id);
      rules = ruleIds.length;
      const run = await pool.analyzeFiles(jobs, { ruleIds, jobs: mode === 'engine-2' ? 2 : 1 }, (analysis) => {
        findings += analysis.result?.findings.length ?? 0;
      });
      if (run.fallbackBatches > 0) throw new Error(`workers failed: ${run.workerError}`);
      workers = run.workers;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    results.push({ seconds, cpuSeconds: (used.user + used.system) / 1e6, findings });
  }
  return { mode, files: jobs.length, lines, bytes, passes: results, maxRssMb: process.resourceUsage().maxRSS / 1024, workers, typescript, rules };
}

// ---------------------------------------------------------------------------

function spawnMode(mode: Mode, dir: string, files: number, passes: number, build: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', self, '--mode', mode, '--dir', dir, '--files', String(files), '--passes', String(passes), '--build', build],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`bench child ${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ChildResult;
}

/** The warm pass with the least CPU time (on a shared machine, wall time mostly measures the other load). */
const best = (result: ChildResult): PassResult =>
  result.passes.slice(1).reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a), (result.passes[1] ?? result.passes[0]) as PassResult);
const rate = (n: number, seconds: number): string => Math.round(n / seconds).toLocaleString('en-US');

const childMode = argument('mode', '');
// --corpus: an existing folder of sources (e.g. a real project), measured whole, nothing generated.
const corpus = argument('corpus', '');
const dir = corpus !== '' ? corpus : argument('dir', '/tmp/evident-bench-code');
const build = argument('build', '');

if (childMode !== '') {
  const result = await runChild(childMode as Mode, dir, Number(argument('files', '0')), Math.max(1, Number(argument('passes', '3'))), build);
  process.stdout.write(JSON.stringify(result));
} else {
  const lines = Number(argument('lines', '200000'));
  const passes = Math.max(2, Number(argument('passes', '3')));
  const modes = argument('modes', MODES.join(',')).split(',').filter((m): m is Mode => (MODES as readonly string[]).includes(m));
  const flat = argument('flat', corpus !== '' ? 'none' : '100000,200000,500000').split(',').filter((x) => x !== '' && x !== 'none').map(Number);
  const filesFor = (n: number): number => (corpus !== '' ? Number.MAX_SAFE_INTEGER : Math.ceil(n / LINES_PER_FILE));
  if (corpus === '') ensureCorpus(dir, Math.max(filesFor(lines), ...flat.map(filesFor)));

  const results = modes.map((mode) => spawnMode(mode, dir, filesFor(lines), passes, build));
  const first = results[0];
  if (first === undefined) throw new Error('no mode to run (--modes parse,engine-1,engine-2)');
  const engine = results.find((r) => r.rules > 0);
  console.log(`corpus: ${dir}: ${first.files} files, ${first.lines.toLocaleString('en-US')} lines, ${(first.bytes / 1e6).toFixed(2)} MB`);
  console.log(`node ${process.version}, ${availableParallelism()} cores, engine from ${build === '' ? 'src (tsx)' : build}, ${engine?.rules ?? '?'} rules`);
  console.log('');
  console.log('| mode | workers | pass | wall s | CPU s | lines/s | lines/CPU s | MB/s | findings | peak RSS |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const result of results) {
    const rows: Array<[string, PassResult]> = [
      ['cold', result.passes[0] as PassResult],
      [`best of ${result.passes.length - 1} warm`, best(result)],
    ];
    rows.forEach(([label, pass], index) => {
      console.log(
        `| ${result.mode} | ${result.mode === 'parse' ? '-' : result.workers} | ${label} | ${pass.seconds.toFixed(2)} | ${pass.cpuSeconds.toFixed(2)} | ` +
          `${rate(result.lines, pass.seconds)} | ${rate(result.lines, pass.cpuSeconds)} | ${(result.bytes / 1e6 / pass.seconds).toFixed(2)} | ${result.mode === 'parse' ? '-' : pass.findings} | ` +
          `${index === 0 ? `${result.maxRssMb.toFixed(0)} MB` : ''} |`,
      );
    });
  }
  const parse = results.find((r) => r.mode === 'parse');
  const one = results.find((r) => r.mode === 'engine-1');
  const two = results.find((r) => r.mode === 'engine-2');
  console.log('');
  if (parse && one) {
    console.log(
      `engine-1 / parse floor: cold ${((one.passes[0]?.seconds ?? 0) / (parse.passes[0]?.seconds ?? 1)).toFixed(2)}×, ` +
        `warm ${(best(one).seconds / best(parse).seconds).toFixed(2)}× (CPU ${(best(one).cpuSeconds / best(parse).cpuSeconds).toFixed(2)}×)`,
    );
  }
  if (one && two) {
    console.log(
      `2 workers vs 1 thread: wall cold ${((one.passes[0]?.seconds ?? 0) / (two.passes[0]?.seconds ?? 1)).toFixed(2)}×, ` +
        `warm ${(best(one).seconds / best(two).seconds).toFixed(2)}× faster; CPU cold ${((two.passes[0]?.cpuSeconds ?? 0) / (one.passes[0]?.cpuSeconds ?? 1)).toFixed(2)}×, ` +
        `warm ${(best(two).cpuSeconds / best(one).cpuSeconds).toFixed(2)}× the CPU of 1 thread; ` +
        `findings ${best(one).findings === best(two).findings ? 'identical' : 'DIFFER'}`,
    );
  }
  // The bundled command on a copy of the corpus (the folder holds more files when --flat asked for a
  // larger corpus), from process start to written report, with --jobs 1 and 2: what a user waits for.
  const commandRuns = Number(argument('command-runs', '3'));
  if (build !== '' && corpus === '' && commandRuns > 0) {
    const copy = mkdtempSync(join(tmpdir(), 'evident-bench-code-'));
    try {
      for (const name of sourcesUnder(dir).slice(0, filesFor(lines))) cpSync(join(dir, name), join(copy, name));
      const rows = [1, 2].map((jobs) => {
        const times = Array.from({ length: commandRuns }, () => commandInChild(copy, build, ['--jobs', String(jobs)]) ?? Number.NaN).sort((a, b) => a - b);
        const median = times[Math.floor((times.length - 1) / 2)] as number;
        return `--jobs ${jobs}: ${(median / 1000).toFixed(2)} s, ${rate(first.lines, median / 1000)} lines/s (runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`;
      });
      console.log(`command (${build}/bundle/evident.js scan <the corpus> --format json --output …, process start to exit, median of ${commandRuns}): ${rows.join('; ')}`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  if (flat.length > 0) {
    const points = flat.map((n) => spawnMode('engine-1', dir, filesFor(n), 1, build));
    console.log(
      `memory (engine-1, one cold pass): ${points
        .map((p) => `${p.lines.toLocaleString('en-US')} lines → ${p.maxRssMb.toFixed(0)} MB peak RSS (${rate(p.lines, p.passes[0]?.seconds ?? 1)} lines/s)`)
        .join('; ')}`,
    );
  }
}
