import type { BundleManifest } from './manifest.js';
import type { CheckInfo, CheckMeta } from './metadata.js';
import { compareStrings } from '../findings/order.js';
import { UsageError } from '../errors.js';

/** Every check Evident knows — Rego checks from the bundle manifest and TS source-code rules — by id. */
export interface CheckCatalog {
  /** Sorted by id. */
  checks: CheckInfo[];
  byId: ReadonlyMap<string, CheckInfo>;
  /** Rego finding key (`<input>.<package name>`) → check. */
  byRegoKey: ReadonlyMap<string, CheckInfo>;
  /** Resolves an id or an alias; throws UsageError when unknown. */
  resolve(idOrAlias: string): CheckInfo;
}

export function buildCatalog(manifest: BundleManifest, codeRules: ReadonlyArray<{ meta: CheckMeta; source: string }>): CheckCatalog {
  const checks: CheckInfo[] = [
    ...manifest.checks.map(({ key: _key, source, ...meta }) => ({ ...meta, engine: 'rego' as const, source })),
    ...codeRules.map(({ meta, source }) => ({ ...meta, engine: 'code' as const, source })),
  ].sort((a, b) => compareStrings(a.id, b.id));
  const byId = new Map<string, CheckInfo>();
  const aliases = new Map<string, CheckInfo>();
  for (const check of checks) {
    if (byId.has(check.id)) throw new Error(`two checks with id ${check.id}`);
    byId.set(check.id, check);
    for (const alias of check.aliases ?? []) aliases.set(alias, check);
  }
  const byRegoKey = new Map<string, CheckInfo>();
  for (const entry of manifest.checks) {
    const check = byId.get(entry.id);
    if (check) byRegoKey.set(entry.key, check);
  }
  return {
    checks,
    byId,
    byRegoKey,
    resolve(idOrAlias: string): CheckInfo {
      const check = byId.get(idOrAlias) ?? aliases.get(idOrAlias);
      if (!check) throw new UsageError(`unknown check ${idOrAlias}`, 'list the checks with: evident checks');
      return check;
    },
  };
}
