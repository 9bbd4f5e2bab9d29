import type { ClassifierOptions } from '../engine/code/data-classifier.js';
import { loadCloudFormation } from './cloudformation.js';
import { loadCompose } from './compose.js';
import type { ComposeBuildIndex } from './compose-builds.js';
import { loadConfigFiles } from './config.js';
import { loadDockerfiles } from './dockerfile.js';
import { loadDotenv } from './dotenv.js';
import { loadGithubActions } from './github-actions.js';
import { loadKubernetes } from './kubernetes.js';
import type { KustomizeIndex } from './kustomize.js';
import { loadOpenApi } from './openapi.js';
import { loadTerraform } from './terraform.js';
import type { ModuleGraph } from './terraform-graph.js';
import type { LoadResult, SourceText } from './types.js';

/** The infrastructure formats: each turns the files of one directory into normalized documents. */
export interface IacFormat {
  description: string;
  /** `context.isFile` tells whether a path (relative to the scan root) is a scanned file, e.g. a Helm chart's Chart.yaml. */
  load(dir: string, files: SourceText[], context: LoadContext): LoadResult;
}

export interface LoadContext {
  isFile(path: string): boolean;
  /** The sensitive-data classifier's configuration (`.evident.yml` `classifier`), for formats that classify names (OpenAPI). */
  classifier?: ClassifierOptions;
  /** The Kustomizations of the whole scan (Kubernetes: patches kept in other folders, image overrides). */
  kustomize?: KustomizeIndex;
  /** The Terraform module folders of the whole scan: which call which, what each declares (src/parsers/terraform-graph.ts). */
  terraformModules?: ModuleGraph;
  /** The named build contexts compose files give the Dockerfiles they build (src/parsers/compose-builds.ts). */
  composeBuilds?: ComposeBuildIndex;
}

/** Registry of IaC formats by input type; --help, docs and the pipeline derive from it. */
export const iacFormats = {
  cloudformation: {
    description: 'CloudFormation and SAM templates (YAML with !Ref-style short forms, or JSON), one document per template file',
    load: loadCloudFormation,
  },
  compose: {
    description: 'docker-compose files (docker-compose*.yml, compose*.yaml, or YAML with top-level services that have image/build), one document per file',
    load: loadCompose,
  },
  config: {
    description: 'YAML and JSON configuration of no other format (settings, Helm values, appsettings.json), read for hard-coded secrets; one document per file',
    load: loadConfigFiles,
  },
  dockerfile: {
    description: 'Dockerfiles (Dockerfile, Dockerfile.*, *.dockerfile, Containerfile): build stages with base image, user, ENV/ARG, RUN, ADD/COPY; one document per file',
    load: (dir: string, files: SourceText[], context: LoadContext) => loadDockerfiles(dir, files, context.composeBuilds),
  },
  dotenv: {
    description: '.env files (.env, .env.*, *.env): KEY=value assignments with exact lines; one document per file',
    load: loadDotenv,
  },
  github_actions: {
    description: 'GitHub Actions workflows (.github/workflows/*.yml): triggers, permissions, jobs and steps; one document per file',
    load: loadGithubActions,
  },
  kubernetes: {
    description: 'Kubernetes manifests (YAML, multi-document, List kinds), one document per folder',
    load: loadKubernetes,
  },
  openapi: {
    description: 'OpenAPI 3.0/3.1 and Swagger 2.0 specifications (YAML or JSON, local $refs resolved), one document per specification file',
    load: (dir: string, files: SourceText[], context: LoadContext) => loadOpenApi(dir, files, context.classifier === undefined ? {} : { classifier: context.classifier }),
  },
  terraform: {
    description: 'Terraform HCL2 (.tf, terraform.tfvars, *.auto.tfvars), one document per module folder; Terraform plan JSON (terraform show -json), one document per plan file',
    load: loadTerraform,
  },
} as const satisfies Record<string, IacFormat>;

export type IacInputType = keyof typeof iacFormats;

/** Whether an input type has an IaC format registered. */
export function isIacInputType(type: string): type is IacInputType {
  return Object.hasOwn(iacFormats, type);
}
