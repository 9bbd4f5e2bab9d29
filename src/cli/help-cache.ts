/**
 * yargs renders the whole help text before it runs any subcommand's handler
 * (`cacheHelpMessage`), for a `showHelp()` called once the handler has
 * started. Evident never calls it, and the rendering costs 50–90 ms of every
 * run (string-width segments each character with `Intl.Segmenter`). Help
 * asked for (`--help`) and usage errors are printed as before. The hook is
 * yargs-internal: if it is not there, nothing is changed
 * (test/cli/startup.test.ts notices).
 */
export function skipHelpCache(cli: unknown): void {
  type Usage = { cacheHelpMessage?: unknown };
  const internals = (cli as { getInternalMethods?: () => { getUsageInstance?: () => Usage | undefined } } | undefined)?.getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (usage !== undefined && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}
