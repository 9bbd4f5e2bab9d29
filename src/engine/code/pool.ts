/**
 * Source-code analysis of many files: in this thread, or in a small pool of
 * worker threads.
 *
 * The unit of work is {@link analyzeFile}: read one file, analyse it with the
 * enabled rules, parse its `evident-ignore` directives, and return plain data
 * (no AST, no text). Files travel in batches of paths; a worker reads and
 * analyses its batch itself, so the texts and ASTs never cross threads and the
 * main thread never holds more than the findings: memory stays flat however
 * large the corpus. Results are handed back in the order of the input files,
 * whatever the timing of the workers, so a scan's output does not depend on
 * the number of jobs.
 *
 * Workers are used only when they pay: each one loads the compiler API and the
 * rules (0.3–1 s of CPU) and starts with a cold JIT, so `auto` uses them only for
 * large corpora on machines with spare cores (see {@link AUTO_MIN_BYTES},
 * {@link AUTO_MIN_CORES}); `1` always runs in this thread. When a
 * worker cannot be started or dies, its batch (and anything left) is analysed
 * here instead: workers are an optimisation, never a point of failure.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readText } from '../../discover/read.js';
import { parseDirectives, type SuppressionDirective } from '../../findings/suppress.js';
import type { ClassifierOptions } from './data-classifier.js';
import type { CodeRule } from './define-rule.js';
import type { AnalyzeResult } from './walk.js';

/** A file to analyse. */
export interface SourceJob {
  /** Relative to the scan root, POSIX separators (the path findings carry). */
  readonly path: string;
  readonly absolutePath: string;
  /** Size in bytes (from discovery): used to size batches and to decide whether workers pay. */
  readonly size: number;
}

/** What analysing one file produced: plain, structured-cloneable data. */
export interface FileAnalysis {
  readonly path: string;
  /** Size in bytes, as discovered. */
  readonly size: number;
  /** How reading went; `lines` is the line count of the text read. */
  readonly read:
    | { readonly kind: 'text'; readonly lines: number }
    | { readonly kind: 'skip'; readonly reason: string }
    | { readonly kind: 'error'; readonly reason: string };
  /** SHA-256 and size of the bytes read, when asked for (`digest`) and the file could be read. */
  readonly digest?: { readonly sha256: string; readonly bytes: number };
  /** The engine's result; set when the file was read as text. */
  readonly result?: AnalyzeResult;
  /** `evident-ignore` directives of the file; empty unless the file was analysed (not skipped). */
  readonly directives: readonly SuppressionDirective[];
}

/** Settings shared by every file of one run (sent once to each worker). */
export interface AnalyzeSettings {
  /** Ids of the rules to run (the enabled ones); rules are taken from the registry in registry order. */
  readonly ruleIds: readonly string[];
  readonly classifier?: ClassifierOptions;
  /** Also compute the SHA-256 of the bytes read (evidence packs). */
  readonly digest?: boolean;
}

/** Number of worker threads: a number (1 = in this thread) or `auto`. */
export type Jobs = number | 'auto';

/** Options of {@link analyzeFiles}. */
export interface AnalyzeFilesOptions extends AnalyzeSettings {
  /** Default `auto`: {@link autoJobs}. */
  readonly jobs?: Jobs;
  /** The worker entry; default {@link workerEntry}. Tests use it to make workers fail. */
  readonly entry?: WorkerEntry;
}

/** How a run was executed (for the bench and `--debug`). */
export interface PoolRun {
  /** Worker threads used; 0 = everything ran in this thread. */
  readonly workers: number;
  /** Batches that were analysed in this thread after a worker failed (normally 0). */
  readonly fallbackBatches: number;
  /** The first worker failure, if any. */
  readonly workerError?: string;
}

/**
 * Below this much source, `auto` stays in one thread: the workers' start-up
 * (loading ts-morph and the rules, ≈ 1 s of CPU each) and their cold JIT are
 * not won back.
 */
export const AUTO_MIN_BYTES = 8 * 1024 * 1024;
/**
 * `auto` uses workers only with at least this many cores. Measured with
 * bench/code-engine.ts on the 2-core reference machine (200,000 lines): two
 * workers burn about 1.3× the CPU of one cold thread (19.6 s versus 15.4 s:
 * each worker loads ts-morph and JITs from cold), while one thread already
 * keeps about 1.4 cores busy (parser plus garbage collector threads), so on 2
 * cores they could gain at most ≈ 1.1× in wall time for +140 MB of memory.
 * With 4 cores or more, the spare cores make them pay.
 */
export const AUTO_MIN_CORES = 4;
/** `auto` never uses more workers than this: the main thread only coordinates, and each worker adds ≈ 70 MB. */
export const AUTO_MAX_JOBS = 2;
/** A batch closes at this many files… */
const BATCH_FILES = 48;
/** …or this many bytes, whichever comes first. */
const BATCH_BYTES = 384 * 1024;

/** The number of worker threads `auto` picks for a corpus of `bytes` bytes of source. */
export function autoJobs(bytes: number, cores: number = availableParallelism()): number {
  if (bytes < AUTO_MIN_BYTES || cores < AUTO_MIN_CORES) return 1;
  return Math.min(cores, AUTO_MAX_JOBS);
}

/** Splits files into consecutive batches (order kept). */
export function batchesOf(files: readonly SourceJob[]): SourceJob[][] {
  const batches: SourceJob[][] = [];
  let current: SourceJob[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

/** The rules of `settings`, in registry order. */
export function selectRules(all: readonly CodeRule[], ruleIds: readonly string[]): CodeRule[] {
  const wanted = new Set(ruleIds);
  return all.filter((rule) => wanted.has(rule.meta.id));
}

type AnalyzeSource = typeof import('./walk.js').analyzeSource;

/**
 * Reads and analyses one file. Pure apart from reading the file; never throws
 * (an unexpected engine failure becomes the file's error).
 */
export function analyzeFile(job: SourceJob, rules: readonly CodeRule[], settings: AnalyzeSettings, analyzeSource: AnalyzeSource): FileAnalysis {
  const read = readText(job.absolutePath, { digest: settings.digest === true });
  const digest = read.digest === undefined ? {} : { digest: read.digest };
  if (read.kind === 'skip') return { path: job.path, size: job.size, read: { kind: 'skip', reason: read.reason }, ...digest, directives: [] };
  if (read.kind === 'error') return { path: job.path, size: job.size, read: { kind: 'error', reason: read.reason }, ...digest, directives: [] };
  let result: AnalyzeResult;
  try {
    result = analyzeSource({ path: job.path, text: read.text }, rules, settings.classifier === undefined ? undefined : { classifier: settings.classifier });
  } catch (error) {
    result = { findings: [], error: { file: job.path, reason: `internal error: ${messageOf(error)}` }, lines: read.lines };
  }
  const directives = result.skipped === undefined ? parseDirectives(job.path, read.text) : [];
  return { path: job.path, size: job.size, read: { kind: 'text', lines: read.lines }, ...digest, result, directives };
}

/** The rules and engine, loaded once per thread, on first use (they bring ts-morph). */
export async function loadEngine(ruleIds: readonly string[]): Promise<{ rules: CodeRule[]; analyzeSource: AnalyzeSource }> {
  const [{ codeRules }, { analyzeSource }] = await Promise.all([import('../../rules/index.js'), import('./walk.js')]);
  return { rules: selectRules(codeRules, ruleIds), analyzeSource };
}

/** Messages between the pool and a worker. */
export type ToWorker = { readonly batch: number; readonly files: readonly SourceJob[] };
export type FromWorker =
  | { readonly batch: number; readonly results: readonly FileAnalysis[] }
  | { readonly batch: number; readonly failure: string };

/** How to start a worker: its entry file, or (from source) a bootstrap script evaluated in the worker. */
export type WorkerEntry = { readonly kind: 'file'; readonly url: URL } | { readonly kind: 'eval'; readonly code: string };

/**
 * The worker's entry, next to this module: `pool-worker.js` in the compiled
 * package. When running from source under tsx (tests, dev) there is only
 * `pool-worker.ts`, and Node 20 does not pass the parent's `--import tsx`
 * hooks on to worker threads: the worker then starts from a two-line
 * bootstrap that registers tsx's loader first and imports the `.ts` entry.
 * Undefined when neither works (the pool then runs in this thread).
 */
export function workerEntry(): WorkerEntry | undefined {
  const js = new URL('./pool-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { kind: 'file', url: js };
  const ts = new URL('./pool-worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(ts))) return undefined;
  let loader: string;
  try {
    loader = import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
  return { kind: 'eval', code: `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ts.href)}); });` };
}

/**
 * Analyses `files`, calling `onFile` once per file **in the order of
 * `files`**. With `jobs` > 1 (or `auto` on a large corpus) the files are
 * analysed by worker threads in batches; everything else runs here.
 */
export async function analyzeFiles(
  files: readonly SourceJob[],
  options: AnalyzeFilesOptions,
  onFile: (analysis: FileAnalysis) => void,
): Promise<PoolRun> {
  const settings: AnalyzeSettings = {
    ruleIds: options.ruleIds,
    ...(options.classifier !== undefined ? { classifier: options.classifier } : {}),
    ...(options.digest !== undefined ? { digest: options.digest } : {}),
  };
  const batches = batchesOf(files);
  const requested = options.jobs ?? 'auto';
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const jobs = Math.min(requested === 'auto' ? autoJobs(bytes) : Math.max(1, Math.floor(requested)), batches.length);
  const entry = jobs > 1 ? (options.entry ?? workerEntry()) : undefined;
  if (entry === undefined) {
    const engine = await loadEngine(settings.ruleIds);
    for (const file of files) onFile(analyzeFile(file, engine.rules, settings, engine.analyzeSource));
    return { workers: 0, fallbackBatches: 0 };
  }
  return runWorkers(batches, jobs, entry, settings, onFile);
}

/** Runs the batches on `jobs` workers, delivering results in batch order; failed batches run here. */
async function runWorkers(
  batches: readonly SourceJob[][],
  jobs: number,
  entry: WorkerEntry,
  settings: AnalyzeSettings,
  onFile: (analysis: FileAnalysis) => void,
): Promise<PoolRun> {
  const done = new Map<number, readonly FileAnalysis[]>();
  let nextToDeliver = 0;
  let nextToSend = 0;
  let fallbackBatches = 0;
  let workerError: string | undefined;
  let local: Awaited<ReturnType<typeof loadEngine>> | undefined;

  const deliver = (): void => {
    for (let results = done.get(nextToDeliver); results !== undefined; results = done.get(nextToDeliver)) {
      done.delete(nextToDeliver);
      nextToDeliver++;
      for (const analysis of results) onFile(analysis);
    }
  };
  /** Analyses a batch in this thread (a worker failed). */
  const runHere = async (batch: number): Promise<void> => {
    local ??= await loadEngine(settings.ruleIds);
    const engine = local;
    fallbackBatches++;
    done.set(batch, (batches[batch] ?? []).map((file) => analyzeFile(file, engine.rules, settings, engine.analyzeSource)));
  };

  const drive = (): Promise<void> =>
    new Promise<void>((resolveWorker) => {
      let worker: Worker;
      try {
        worker = entry.kind === 'file' ? new Worker(entry.url, { workerData: settings }) : new Worker(entry.code, { eval: true, workerData: settings });
      } catch (error) {
        workerError ??= messageOf(error);
        resolveWorker();
        return;
      }
      let current: number | undefined;
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        resolveWorker();
      };
      const sendNext = (): void => {
        if (nextToSend >= batches.length) {
          current = undefined;
          void worker.terminate().then(finish, finish);
          return;
        }
        current = nextToSend++;
        const message: ToWorker = { batch: current, files: batches[current] ?? [] };
        worker.postMessage(message);
      };
      const fail = (reason: string): void => {
        if (finished) return;
        workerError ??= reason;
        const lost = current;
        current = undefined;
        finished = true;
        void worker.terminate().catch(() => undefined);
        // The lost batch runs here; the other workers (or the loop below) take the rest.
        void (lost === undefined ? Promise.resolve() : runHere(lost)).then(() => {
          deliver();
          resolveWorker();
        });
      };
      worker.on('message', (message: FromWorker) => {
        if ('failure' in message) {
          fail(message.failure);
          return;
        }
        done.set(message.batch, message.results);
        deliver();
        sendNext();
      });
      worker.on('error', (error) => fail(messageOf(error)));
      worker.on('exit', (code) => {
        if (current !== undefined) fail(`worker exited with code ${code}`);
        else finish();
      });
      sendNext();
    });

  const workers = Array.from({ length: jobs }, () => drive());
  await Promise.all(workers);
  // Every worker is gone; whatever was never sent (all workers failed) runs here.
  while (nextToSend < batches.length) await runHere(nextToSend++);
  deliver();
  if (nextToDeliver !== batches.length) throw new Error(`source analysis lost ${batches.length - nextToDeliver} batch(es)`);
  return { workers: jobs, fallbackBatches, ...(workerError !== undefined ? { workerError } : {}) };
}
