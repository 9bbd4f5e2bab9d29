import { loadKubernetes } from './kubernetes.js';
import { loadTerraform } from './terraform.js';
import type { LoadResult, SourceText } from './types.js';

/** The infrastructure formats: each turns the files of one directory into normalized documents. */
export interface IacFormat {
  description: string;
  /** `context.isFile` tells whether a path (relative to the scan root) is a scanned file, e.g. a Helm chart's Chart.yaml. */
  load(dir: string, files: SourceText[], context: LoadContext): LoadResult;
}

export interface LoadContext {
  isFile(path: string): boolean;
}

/** Registry of IaC formats by input type; --help, docs and the pipeline derive from it. */
export const iacFormats = {
  kubernetes: {
    description: 'Kubernetes manifests (YAML, multi-document, List kinds), one document per folder',
    load: loadKubernetes,
  },
  terraform: {
    description: 'Terraform HCL2 (.tf, terraform.tfvars, *.auto.tfvars), one document per module folder',
    load: loadTerraform,
  },
} as const satisfies Record<string, IacFormat>;

export type IacInputType = keyof typeof iacFormats;
