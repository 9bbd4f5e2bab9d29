/**
 * The parsers' contract. A parser turns the text of one file into normalized
 * resources with source locations; a format groups those files into the
 * documents that policies are evaluated on (Terraform: one module directory;
 * Kubernetes: one directory of manifests).
 */

/**
 * Kinds of input Evident understands. Rego checks and TS rules select on these;
 * an IaC type is also the package segment of its checks
 * (`data.evident.checks.<type>`), hence snake_case.
 */
export type InputType =
  | 'terraform'
  | 'kubernetes'
  | 'cloudformation'
  | 'openapi'
  | 'dockerfile'
  | 'compose'
  | 'github_actions'
  | 'dotenv'
  | 'config'
  | 'source';

/** How each input type is named in reports and documentation. */
export const INPUT_LABELS: Readonly<Record<InputType, string>> = {
  terraform: 'Terraform',
  kubernetes: 'Kubernetes',
  cloudformation: 'CloudFormation / SAM',
  openapi: 'OpenAPI',
  dockerfile: 'Dockerfile',
  compose: 'docker-compose',
  github_actions: 'GitHub Actions',
  dotenv: '.env files',
  config: 'configuration files (YAML/JSON)',
  source: 'JS/TS source',
};

/** A 1-based line/column range inside one file. */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** The text of one scanned file. `path` is relative to the scan root, POSIX separators. */
export interface SourceText {
  path: string;
  text: string;
}

/** A file that could not be parsed. It is reported in every output and counted in coverage. */
export interface FileError {
  file: string;
  reason: string;
  line?: number;
  column?: number;
}

/** A file that was looked at and deliberately not analysed, with the reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/**
 * Thrown by a parser when a file is not valid in its format. The message is
 * one line, readable by a user; `line`/`column` are 1-based when known.
 */
export class ParseError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'ParseError';
    this.line = line;
    this.column = column;
  }
}

/**
 * The FileError of a file whose parser threw: the ParseError's one-line
 * message and position, or the message of anything else thrown. Every
 * loader reports failures through this one function, so a bad file reads
 * the same in every format.
 */
export function fileErrorOf(file: string, error: unknown): FileError {
  const parseError = error instanceof ParseError ? error : new ParseError(error instanceof Error ? error.message : String(error));
  const fileError: FileError = { file, reason: parseError.message };
  if (parseError.line !== undefined) fileError.line = parseError.line;
  if (parseError.column !== undefined) fileError.column = parseError.column;
  return fileError;
}

/**
 * One resource or object of a normalized document. Every resource carries its
 * own location so that a Rego finding can point at a line without a second
 * lookup. Formats add their own fields (validated by policies/schemas/<type>.json).
 */
export interface NormalizedResource {
  /** Unique within its document, e.g. `aws_s3_bucket.records` or `Deployment/default/api`. */
  id: string;
  file: string;
  startLine: number;
  endLine: number;
  [field: string]: unknown;
}

/** The input of one policy evaluation. */
export interface NormalizedDocument {
  type: InputType;
  /** The directory (or file) the document was built from, relative to the scan root. */
  path: string;
  /** The files that make up the document, sorted. */
  files: string[];
  resources: NormalizedResource[];
  [field: string]: unknown;
}

/** A path inside a resource, as Rego reports it: object keys and array indexes. */
export type ValuePath = ReadonlyArray<string | number>;

/** A normalized document plus a way back from a path inside a resource to its source lines. */
export interface ParsedDocument {
  document: NormalizedDocument;
  /**
   * The narrowest known source range of `path` inside resource `resourceId`,
   * or undefined when the format keeps no position for it (callers then use
   * the resource's own lines).
   */
  locate(resourceId: string, path: ValuePath): Range | undefined;
}

/** What loading one group of files of a format produced. */
export interface LoadResult {
  documents: ParsedDocument[];
  errors: FileError[];
  skipped: SkippedFile[];
}

/** Orders files (or anything with a path) by path, in UTF-16 code unit order: the order every parser takes its files in. */
export function compareByPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Loads each file of a directory as its own document (the formats whose
 * checks never look across files: CloudFormation, compose, workflows,
 * Dockerfiles, `.env`): files in path order, a file that does not parse
 * becomes a FileError and the others still load.
 */
export function loadEachFile(files: readonly SourceText[], parse: (file: SourceText) => ParsedDocument): LoadResult {
  const result: LoadResult = { documents: [], errors: [], skipped: [] };
  const sorted = [...files].sort(compareByPath);
  for (const file of sorted) {
    try {
      result.documents.push(parse(file));
    } catch (error) {
      result.errors.push(fileErrorOf(file.path, error));
    }
  }
  return result;
}
