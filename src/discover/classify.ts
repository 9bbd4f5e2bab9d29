import { basename } from 'node:path/posix';
import { isDockerfileName } from '../parsers/dockerfile.js';
import type { InputType } from '../parsers/types.js';

/**
 * What a path is by its name alone. `yaml` files need a look at their content
 * before they become an input type (a YAML file may be a Kubernetes manifest or
 * something Evident does not read).
 */
export type Candidate = InputType | 'yaml' | 'json' | 'template';

export interface Classification {
  candidate?: Candidate;
  /** Set when the file is recognised but deliberately not analysed. */
  skip?: string;
}

/**
 * JSON files of package managers and compilers: never infrastructure, often
 * large (lock files), so they are not read at all.
 */
const TOOL_JSON = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'composer.json',
  'composer.lock',
  'jsconfig.json',
  '.eslintrc.json',
  '.prettierrc.json',
  'lerna.json',
  'nx.json',
  'turbo.json',
  'angular.json',
  'tslint.json',
  '.babelrc.json',
]);

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Classifies a path (relative, POSIX) by its name. Undefined candidate and no skip = not a file Evident reads. */
export function classifyPath(path: string): Classification {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.tf') || name.endsWith('.tf.json')) return { candidate: 'terraform' };
  if (name.endsWith('.tfvars')) {
    if (name === 'terraform.tfvars' || name.endsWith('.auto.tfvars')) return { candidate: 'terraform' };
    return { skip: 'Terraform variable file that Terraform does not load automatically (only terraform.tfvars and *.auto.tfvars are)' };
  }
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return { candidate: 'yaml' };
  // AWS Quick Starts and older CloudFormation projects name templates `*.template` (JSON or YAML);
  // the pipeline keeps those whose content is a template.
  if (name.endsWith('.template')) return { candidate: 'template' };
  if (name.endsWith('.json')) return TOOL_JSON.has(name) || name.startsWith('tsconfig') ? {} : { candidate: 'json' };
  const ext = SOURCE_EXTENSIONS.find((e) => name.endsWith(e));
  if (ext !== undefined) {
    if (/\.d\.[mc]?ts$/.test(name)) return { skip: 'TypeScript declaration file (no runtime code)' };
    if (/[.-]min\.[mc]?js$/.test(name)) return { skip: 'minified JavaScript' };
    if (/\.bundle\.[mc]?js$/.test(name)) return { skip: 'bundled JavaScript (generated)' };
    return { candidate: 'source' };
  }
  // After the extensions above, so `dockerfile.ts` stays source and `.env.yaml` stays YAML.
  if (isDockerfileName(name)) return { candidate: 'dockerfile' };
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return { candidate: 'dotenv' };
  return {};
}

/** Folders whose JS/TS files are test code (Bearer's and Semgrep's defaults agree on most of them). */
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'cypress', '__mocks__', 'mocks', 'fixtures', '__fixtures__']);
/** File names of test code: `*.test.ts`, `*.spec.js`, Nest's `*.e2e-spec.ts`, `*.e2e.ts`, Cypress's `*.cy.ts`. */
const TEST_FILE = /\.(?:test|spec|e2e-spec|e2e|cy)\.[mc]?[jt]sx?$/i;

/**
 * Why a JS/TS file is test code, or undefined when it is not: a folder on its
 * path is a test folder ({@link TEST_FOLDERS}), or its name is a test file's.
 * Test code runs against fixtures, not personal data, and its fake credentials
 * and request helpers are most of the noise of a scan; the source-code engine
 * skips it unless `--include-tests` (config `includeTests: true`) is given.
 */
export function testCodeReason(path: string): string | undefined {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  const folder = segments.find((segment) => TEST_FOLDERS.has(segment.toLowerCase()));
  if (folder !== undefined) return `test code (in a ${folder}/ folder); --include-tests analyses it`;
  const file = TEST_FILE.exec(name);
  return file === null ? undefined : `test code (*${file[0]} file); --include-tests analyses it`;
}

/**
 * Directories skipped by default: vendored dependencies, build output and
 * tool caches. Each one found is listed in coverage.skipped with this reason.
 */
export const SKIPPED_DIRECTORIES: Readonly<Record<string, string>> = {
  '.git': 'version control metadata',
  '.hg': 'version control metadata',
  '.svn': 'version control metadata',
  node_modules: 'vendored dependencies (node_modules)',
  bower_components: 'vendored dependencies (bower_components)',
  vendor: 'vendored third-party code (vendor)',
  '.terraform': 'downloaded Terraform providers and modules (.terraform)',
  '.terragrunt-cache': 'Terragrunt cache',
  dist: 'build output (dist)',
  coverage: 'test coverage output',
  '.next': 'build output (.next)',
  '.nuxt': 'build output (.nuxt)',
};
