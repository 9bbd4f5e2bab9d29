import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { BundleManifest } from '../checks/manifest.js';
import { sha256 } from '../checks/manifest.js';
import { GATED_INPUT_TYPES } from '../checks/triggers.js';
import { describeThrown, PolicyBundleError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import type { NormalizedDocument, ValuePath } from '../parsers/types.js';

/** A check that could not be evaluated on a document (see PolicyEngine.evaluate). */
export interface CheckFailure {
  /** `<input type>.<check package name>`, as RegoFinding.check. */
  check: string;
  reason: string;
}

/**
 * One finding of a check (see policies/lib/finding.rego), tagged with its
 * check. The entrypoint (policies/main/main.rego) returns the findings grouped
 * by check package name; `evaluate` adds the tag.
 */
export interface RegoFinding {
  /** `<input type>.<check package name>`: the manifest's `key` of the check. */
  check: string;
  msg: string;
  resource?: string;
  path?: ValuePath;
}

/**
 * Scan settings the checks read as base data (`data.settings`): the keys are
 * the Rego names. Absent or empty values keep the checks that need them silent.
 */
export interface PolicySettings {
  /** GDPR data residency: the regions personal data may be stored in (config `gdpr.allowedRegions`). */
  allowed_regions?: string[];
  /**
   * Diagnostics: format every message with the JS host's sprintf rather than in
   * wasm code (`finding.format` in policies/lib/finding.rego); the messages are
   * the same. test/policies/message-cost.test.ts counts those calls.
   */
  format_on_host?: boolean;
  /**
   * Diagnostics: evaluate every check on every document of its input type,
   * ignoring the checks' trigger types (the manifest's `triggers`). The
   * findings are the same; test/engine/triggers.test.ts compares the two.
   */
  ungated?: boolean;
}

/**
 * `data.gates` (policies/main/main.rego): per input type, the checks (package
 * names: slugs) evaluated on every document (`always`) and those evaluated
 * on documents with a resource of a type (`by_type`). The entrypoint
 * evaluates a document with the checks its input type's gate names, and none
 * when that type has no gate.
 */
type Gates = Record<string, { always: string[]; by_type: Record<string, string[]> }>;

/**
 * The gates of a manifest's checks: in input types gated by resource type
 * (src/checks/triggers.ts GATED_INPUT_TYPES), a check with triggers under each
 * of its trigger types and one without them always; in other input types,
 * and with `ungated`, every check always.
 */
export function gatesOf(manifest: BundleManifest, options: { ungated?: boolean } = {}): Gates {
  const gates: Gates = {};
  for (const check of manifest.checks) {
    // The package of a check is evident.checks.<selector.input>.<slug> (src/checks/rego-metadata.ts).
    const type = check.selector.input;
    const gate = (gates[type] ??= { always: [], by_type: {} });
    if (check.triggers === undefined || !GATED_INPUT_TYPES.has(type) || options.ungated === true) gate.always.push(check.slug);
    else for (const kind of check.triggers) (gate.by_type[kind] ??= []).push(check.slug);
  }
  return gates;
}

// loadPolicySync is on the SDK's CommonJS export only (its ES module entry re-exports loadPolicy alone).
const { loadPolicySync } = createRequire(import.meta.url)('@open-policy-agent/opa-wasm') as typeof import('@open-policy-agent/opa-wasm');

/** Node's WebAssembly global (not in the ES2023 library this project compiles against). */
const wasmApi = (): { compile(bytes: Uint8Array): Promise<Parameters<typeof loadPolicySync>[0]> } =>
  (globalThis as unknown as { WebAssembly: ReturnType<typeof wasmApi> }).WebAssembly;

export const DEFAULT_BUNDLE_DIR = join(packageRoot, 'policies', 'bundle');

/**
 * The memory the policy is instantiated with: 64 pages (4 MiB) to start, grown as evaluation
 * needs. The module's data segments (its strings and the entrypoints' mapping) must fit in
 * the initial memory: with 398 checks they take 6 pages, more than the SDK's default of 5
 * (test/policies/bundle.test.ts keeps them within a quarter of these 64).
 */
export const POLICY_MEMORY = { initial: 64 } as const;

/**
 * The compiled policy bundle: policy.wasm loaded once with opa-wasm, plus its
 * manifest. `evaluate` runs the single aggregating entrypoint on one
 * normalized document, passed as pre-serialized JSON.
 */
export class PolicyEngine {
  readonly manifest: BundleManifest;
  /** SHA-256 of manifest.json, which itself records the SHA-256 of policy.wasm and of every source. */
  readonly digest: string;
  readonly #policy: LoadedPolicy;
  /** opa-wasm's instance internals, for evaluateDirect; undefined when this SDK version does not have them as 1.10 does. */
  readonly #abi: PolicyAbi | undefined;
  /** Entrypoint name → the id opa_eval takes (load() checked that the manifest's two exist). */
  readonly #entrypointIds: Record<string, number>;
  /** What data.gates holds (configure): gatesOf the manifest, ungated or not. */
  #gatesInData: Gates = {};

  private constructor(manifest: BundleManifest, digest: string, policy: LoadedPolicy) {
    this.manifest = manifest;
    this.digest = digest;
    this.#policy = policy;
    this.#entrypointIds = policy.entrypoints as Record<string, number>;
    const abi = abiOf(policy);
    this.#abi = abi !== undefined && agreesWithSdk(policy, abi, this.#entrypointIds[manifest.entrypoint]!) ? abi : undefined;
    this.configure({});
  }

  static async load(dir: string = DEFAULT_BUNDLE_DIR): Promise<PolicyEngine> {
    const hint = 'reinstall Evident, or run npm run policies:build in a checkout';
    let manifestText: string;
    let wasm: Buffer;
    try {
      manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
      wasm = readFileSync(join(dir, 'policy.wasm'));
    } catch (error) {
      throw new PolicyBundleError(`cannot read the policy bundle in ${dir}: ${describeThrown(error)}`, hint);
    }
    let manifest: BundleManifest;
    try {
      manifest = JSON.parse(manifestText) as BundleManifest;
    } catch (error) {
      throw new PolicyBundleError(`policy bundle manifest is not valid JSON: ${describeThrown(error)}`, hint);
    }
    if (manifest.schemaVersion !== 1 || !Array.isArray(manifest.checks)) {
      throw new PolicyBundleError('policy bundle manifest has an unknown format', hint);
    }
    if (sha256(wasm) !== manifest.wasm?.sha256) {
      throw new PolicyBundleError('policy.wasm does not match the digest recorded in manifest.json', hint);
    }
    let policy: LoadedPolicy;
    try {
      // Compiled here (asynchronously, as loadPolicy would) and instantiated with loadPolicySync:
      // loadPolicy tests its argument with `instanceof Response`, and touching the global Response
      // makes Node load its fetch implementation (undici), 35–45 ms of every scan.
      const module = await wasmApi().compile(wasm);
      policy = loadPolicySync(module, POLICY_MEMORY);
    } catch (error) {
      throw new PolicyBundleError(`cannot load policy.wasm: ${describeThrown(error)}`, hint);
    }
    for (const entrypoint of [manifest.entrypoint, manifest.checkEntrypoint]) {
      if (!(entrypoint in (policy.entrypoints as Record<string, number>))) {
        throw new PolicyBundleError(`policy.wasm has no entrypoint ${entrypoint}`, hint);
      }
    }
    return new PolicyEngine(manifest, sha256(manifestText), policy);
  }

  /**
   * Sets the base data every later evaluation sees as `data.settings`, and
   * `data.gates`: every check always with `ungated` (replacing earlier settings). Allowed regions
   * are sorted and de-duplicated so that the evaluation does not depend on the
   * order the user wrote them in.
   */
  configure(settings: PolicySettings): void {
    this.#gatesInData = gatesOf(this.manifest, { ungated: settings.ungated === true });
    const data: { settings: { allowed_regions: string[]; format_on_host?: true }; gates: Gates } = {
      settings: {
        allowed_regions: [...new Set(settings.allowed_regions ?? [])].sort(),
        ...(settings.format_on_host === true ? { format_on_host: true } : {}),
      },
      gates: this.#gatesInData,
    };
    this.#policy.setData(data);
  }

  /**
   * Evaluates every check of the document's input type (less the gated checks
   * none of whose trigger types it has). When that fails (a runtime error in
   * one check, such as a function with two results) and `onCheckFailure` is
   * given, those checks are evaluated again one by one: the
   * findings of those that succeed are returned, and each that fails is passed
   * to `onCheckFailure`, so one faulty check costs its own findings on this
   * document and no others. Throws an Error (never a string) when the
   * evaluation fails without `onCheckFailure`, or when every check fails alone
   * too, or there is none to evaluate (the document, not a check, is the problem).
   */
  evaluate(document: NormalizedDocument, onCheckFailure?: (failure: CheckFailure) => void): RegoFinding[] {
    let input: string | undefined;
    let result: unknown;
    try {
      input = JSON.stringify(document);
      result = this.#run(input, this.manifest.entrypoint);
    } catch (error) {
      const reason = `policy evaluation failed: ${describeThrown(error)}`;
      // Without a JSON document (one JSON.stringify cannot write), no check could be evaluated alone either.
      if (onCheckFailure === undefined || input === undefined) throw new Error(reason);
      return this.#evaluateEach(document, input, reason, onCheckFailure);
    }
    if (result === undefined) return [];
    if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new Error('policy evaluation returned an unexpected result');
    const findings: RegoFinding[] = [];
    const prefix = `${document.type}.`;
    for (const [name, denied] of Object.entries(result as Record<string, unknown>)) tagInto(findings, denied, prefix + name);
    return findings;
  }

  /**
   * The checks the entrypoint evaluates on a document (policies/main/main.rego
   * gated_checks): those `data.gates` names for its input type, always or for
   * a type of one of its resources.
   */
  #checksFor(document: NormalizedDocument): BundleManifest['checks'] {
    const gate = Object.hasOwn(this.#gatesInData, document.type) ? this.#gatesInData[document.type]! : undefined;
    if (gate === undefined) return [];
    const checks = this.manifest.checks.filter((check) => check.selector.input === document.type);
    const names = new Set(gate.always);
    for (const resource of document.resources) {
      const type = resource['type'];
      if (typeof type === 'string' && Object.hasOwn(gate.by_type, type)) for (const name of gate.by_type[type]!) names.add(name);
    }
    return checks.filter((check) => names.has(check.slug));
  }

  /**
   * The checks the entrypoint evaluates on the document, evaluated one by one
   * (checkEntrypoint), on `input`: the document as JSON, serialized once.
   */
  #evaluateEach(document: NormalizedDocument, input: string, reason: string, onCheckFailure: (failure: CheckFailure) => void): RegoFinding[] {
    const findings: RegoFinding[] = [];
    const failures: CheckFailure[] = [];
    const checks = this.#checksFor(document);
    // `{"__check__":"<slug>",` then the document's members.
    const members = input.slice(1);
    for (const check of checks) {
      const withCheck = `{"__check__":${JSON.stringify(check.slug)}${members.length > 1 ? ',' : ''}${members}`;
      try {
        tagInto(findings, this.#run(withCheck, this.manifest.checkEntrypoint) ?? [], check.key);
      } catch (error) {
        failures.push({ check: check.key, reason: `policy evaluation failed: ${describeThrown(error)}` });
      }
    }
    // Every check failing alone too (or none to evaluate): the document, not a check, is the problem.
    if (failures.length === checks.length) throw new Error(reason);
    for (const failure of failures) onCheckFailure(failure);
    return findings;
  }

  /** The result of one entrypoint on one input, JSON text (undefined when the result set is empty). */
  #run(input: string, entrypoint: string): unknown {
    const id = this.#entrypointIds[entrypoint]!;
    const resultSet = this.#abi === undefined ? evaluateWithSdk(this.#policy, input, id) : evaluateDirect(this.#abi, input, id);
    const first = Array.isArray(resultSet) ? (resultSet[0] as { result?: unknown } | undefined) : undefined;
    return first?.result;
  }
}

/** A wasm memory, as much of it as evaluateDirect uses (the project compiles without the WebAssembly typings). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/**
 * The state of an opa-wasm LoadedPolicy that its evaluate() reads: plain
 * properties of the SDK's class (src/opa.js), not in its typings.
 * `dataAddr` and `dataHeapPtr` change with every setData.
 */
interface PolicyState {
  readonly mem: WasmMemory;
  readonly dataAddr: number;
  readonly dataHeapPtr: number;
  readonly minorVersion: number;
  readonly wasmInstance: { readonly exports: { readonly opa_eval: OpaEval } };
}

/** The ABI 1.2 one-call evaluation: input JSON at inputAddr, heap from heapAddr; returns the address of the result set's JSON, NUL-terminated. */
type OpaEval = (reserved: 0, entrypoint: number, dataAddr: number, inputAddr: number, inputLength: number, heapAddr: number, format: 0) => number;

interface PolicyAbi {
  readonly state: PolicyState;
  readonly opaEval: OpaEval;
}

/**
 * Whether evaluateDirect gives what the SDK's evaluate() gives on a probe input
 * (an input type without checks), evaluated once when the engine is made: a
 * later opa-wasm 1.x that kept the property names but changed what they hold
 * would make the engine fall back to evaluate() instead of evaluating wrongly.
 * Exported for its test.
 */
export function agreesWithSdk(policy: LoadedPolicy, abi: PolicyAbi, entrypoint: number): boolean {
  const probe = '{"type":"evident-probe","resources":[]}';
  try {
    const expected = JSON.stringify(evaluateWithSdk(policy, probe, entrypoint));
    return JSON.stringify(evaluateDirect(abi, probe, entrypoint)) === expected;
  } catch {
    return false;
  }
}

/** opa-wasm's own evaluate() of one input (JSON text) at one entrypoint: the result set. */
function evaluateWithSdk(policy: LoadedPolicy, input: string, entrypoint: number): unknown {
  return policy.evaluate(utf8Encoder.encode(input).buffer, entrypoint) as unknown;
}

/** The policy's state for evaluateDirect, or undefined when this SDK version does not keep it as opa-wasm 1.10 does (evaluate() is then used). */
export function abiOf(policy: LoadedPolicy): PolicyAbi | undefined {
  const state = policy as unknown as Partial<PolicyState>;
  const opaEval = state.wasmInstance?.exports?.opa_eval;
  const usable =
    typeof opaEval === 'function' &&
    state.mem?.buffer instanceof ArrayBuffer &&
    typeof state.mem.grow === 'function' &&
    typeof state.dataAddr === 'number' &&
    typeof state.dataHeapPtr === 'number' &&
    typeof state.minorVersion === 'number' &&
    state.minorVersion >= 2;
  return usable ? { state: state as PolicyState, opaEval } : undefined;
}

const utf8Encoder = new TextEncoder();
const WASM_PAGE = 65536;
const utf8Decoder = new TextDecoder();

/**
 * What opa-wasm's evaluate() does on ABI 1.2 (input written above the data,
 * one opa_eval call, the result set read back as JSON), with less copying:
 * the input is encoded straight into wasm memory (encodeInto) instead of into
 * a new array that is then copied there, and the end of the result is found
 * with indexOf instead of a byte-by-byte loop, which runs interpreted for
 * most of a scan. Together they took 9–13 % off evaluation in cold scans of
 * the Terraform and CloudFormation bench corpora (many small documents; no
 * change on Kubernetes' 20 large ones). Exported for its test.
 */
export function evaluateDirect(abi: PolicyAbi, input: string, entrypoint: number): unknown {
  const { state, opaEval } = abi;
  const memory = state.mem;
  const inputAddr = state.dataHeapPtr;
  const encoded = utf8Encoder.encodeInto(input, new Uint8Array(memory.buffer, inputAddr));
  let written = encoded.written;
  if (encoded.read < input.length) {
    // Too little memory above the data: grow it by what the whole input needs (evaluation grows the heap above the input itself).
    memory.grow(Math.ceil((inputAddr + Buffer.byteLength(input) - memory.buffer.byteLength) / WASM_PAGE));
    written = utf8Encoder.encodeInto(input, new Uint8Array(memory.buffer, inputAddr)).written;
  }
  const resultAddr = opaEval(0, entrypoint, state.dataAddr, inputAddr, written, inputAddr + written, 0);
  // A new view: evaluation may have grown the memory, which replaces its buffer.
  const heap = new Uint8Array(memory.buffer);
  const end = heap.indexOf(0, resultAddr);
  if (end < 0) throw new Error('the policy returned an unterminated result');
  return JSON.parse(utf8Decoder.decode(heap.subarray(resultAddr, end)));
}

/**
 * Appends a check's deny set (freshly parsed objects) to `findings`, each tagged
 * with the check in place. A loop, not push(...spread): a deny set can be
 * larger than the engine's argument limit.
 */
function tagInto(findings: RegoFinding[], denied: unknown, check: string): void {
  if (!Array.isArray(denied)) throw new Error('policy evaluation returned an unexpected result');
  for (const finding of denied as RegoFinding[]) {
    finding.check = check;
    findings.push(finding);
  }
}
