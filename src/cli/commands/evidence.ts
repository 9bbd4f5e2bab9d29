import { readFileSync } from 'node:fs';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { FRAMEWORKS, SEVERITIES } from '../../checks/metadata.js';
import { UsageError } from '../../errors.js';
import { buildEvidencePack, verifyEvidencePack, type FailOn } from '../../index.js';
import { nowFromEnv } from '../now.js';
import { splitList } from '../output.js';

interface ExportArgs {
  paths?: string[];
  out: string;
  'sign-key'?: string;
  framework?: string[];
  config?: string;
  'fail-on'?: string;
  pdf?: boolean;
  'include-tests'?: boolean;
}

interface VerifyArgs {
  dir: string;
  'public-key'?: string;
}

/** Wraps a handler so that its returned exit code reaches main (see main.ts). */
export type ExitWrapper = <A>(handler: (args: A) => Promise<number>) => (args: A) => Promise<void>;

function readKey(path: string, option: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${option} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, `check the ${option} path`);
  }
}

const exportCommand = {
  command: 'export [paths..]',
  describe: 'Scan and write an evidence pack: reports, the JSON result, attestations and their evidence, and manifest.json with SHA-256 digests (optionally signed)',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { describe: 'files or folders to scan (default: the current folder)', type: 'string', array: true })
      .option('out', { alias: 'o', describe: 'the pack folder to create (must not exist, or be empty)', type: 'string', demandOption: true, requiresArg: true })
      .option('sign-key', { describe: 'Ed25519 private key (PEM) to sign manifest.json with', type: 'string', requiresArg: true })
      .option('framework', { describe: `frameworks to report on, comma-separated (${FRAMEWORKS.join(', ')} or a custom framework of the config); default: config, else all`, type: 'string', array: true })
      .option('config', { alias: 'c', describe: 'config file (default: .evident.yml in the scanned folder)', type: 'string' })
      .option('fail-on', { describe: 'severity threshold recorded in the result (the export itself exits 0)', choices: [...SEVERITIES, 'none'] })
      .option('pdf', { describe: 'include the PDF report: default when a headless Chromium/Chrome is found; --pdf requires one, --no-pdf leaves it out', type: 'boolean' })
      .option('include-tests', { describe: 'also analyse JS/TS test code, otherwise skipped and listed as skipped (default: config includeTests, else false)', type: 'boolean' })
      .example('$0 evidence export examples/clinic --out evidence-pack', 'write an unsigned pack')
      .example('$0 evidence export . --out pack --sign-key evident-signing.pem', 'write a signed pack'),
  handler: async (argv: ExportArgs): Promise<number> => {
    const frameworks = splitList(argv.framework);
    const key = argv['sign-key'] === undefined ? undefined : readKey(argv['sign-key'], '--sign-key');
    const pack = await buildEvidencePack({
      paths: argv.paths,
      configPath: argv.config,
      frameworks: frameworks.length > 0 ? frameworks : undefined,
      failOn: argv['fail-on'] as FailOn | undefined,
      now: nowFromEnv(),
      outDir: argv.out,
      signingKey: key,
      pdf: argv.pdf === undefined ? 'auto' : argv.pdf ? 'always' : 'never',
      ...(argv['include-tests'] !== undefined ? { includeTests: argv['include-tests'] } : {}),
      command: ['evident', ...process.argv.slice(2)],
    });
    const m = pack.manifest;
    for (const warning of m.warnings) process.stderr.write(`evident: warning: ${warning}\n`);
    process.stderr.write(
      `evident: wrote evidence pack ${argv.out} (${m.files.length} files, ${m.scanned.length} scanned files hashed` +
        `${m.signing ? `, signed by ${m.signing.publicKeyFingerprint}` : ', unsigned'})\n`,
    );
    return 0;
  },
};

const verifyCommand = {
  command: 'verify <dir>',
  describe: 'Check an evidence pack: every file against manifest.json, no file added or removed, and the signature',
  builder: (yargs: Argv) =>
    yargs
      .positional('dir', { describe: 'the pack folder', type: 'string', demandOption: true })
      .option('public-key', { describe: "the signer's Ed25519 public key (PEM), obtained out of band", type: 'string', requiresArg: true })
      .example('$0 evidence verify evidence-pack', 'exit 0 when intact, 1 listing each problem')
      .example('$0 evidence verify pack --public-key evident-signing.pub.pem', 'also check who signed it'),
  handler: async (argv: VerifyArgs): Promise<number> => {
    const key = argv['public-key'] === undefined ? undefined : readKey(argv['public-key'], '--public-key');
    const report = verifyEvidencePack(argv.dir, key === undefined ? {} : { publicKey: key });
    const lines = [...report.problems, ...report.notes];
    if (report.ok) {
      lines.push(`evidence pack ${argv.dir}: intact (${report.checked} files match manifest.json; ${report.signature === 'valid' ? 'signature valid' : 'unsigned'})`);
    } else {
      lines.push(`evidence pack ${argv.dir}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return report.ok ? 0 : 1;
  },
};

/** `evident evidence export|verify`; `withExit` carries each subcommand's exit code to main. */
export function evidenceCommand(withExit: ExitWrapper): CommandModule<object, object> {
  return {
    command: 'evidence <command>',
    describe: 'Write (export) or check (verify) a tamper-evident evidence pack',
    builder: (yargs: Argv) =>
      yargs
        .command({ ...exportCommand, handler: withExit(exportCommand.handler) })
        .command({ ...verifyCommand, handler: withExit(verifyCommand.handler) })
        .demandCommand(1, 'give a subcommand: export or verify'),
    handler: (_argv: ArgumentsCamelCase<object>) => {
      // Never reached: yargs runs a subcommand or fails on demandCommand.
    },
  };
}
