/**
 * Content detection for structured files whose name alone does not say what
 * they are: a `.yaml` may be a GitHub Actions workflow (by its path), a
 * docker-compose file (by its name, or a top-level `services:` of images and
 * builds), a Kubernetes manifest, a CloudFormation template, an OpenAPI
 * specification or none of these; a `.json` may also be a
 * Terraform plan (`terraform show -json`). Each detector reads only the text
 * (cheap regular expressions, never a parse) and the path.
 *
 * Detectors run in the order of {@link DETECTORS}; the first match wins. A
 * format registers its detector here with one entry; what no detector
 * claims is configuration, scanned for secrets.
 */
import { basename } from 'node:path/posix';
import type { IacInputType } from '../parsers/index.js';
import { isCloudFormationTemplate } from '../parsers/cloudformation.js';
import { isComposeFileName, looksLikeCompose } from '../parsers/compose.js';
import { isWorkflowPath } from '../parsers/github-actions.js';
import { isKubernetesManifest } from '../parsers/kubernetes.js';
import { isKustomizationFile } from '../parsers/kustomize.js';
import { isOpenApiSpec } from '../parsers/openapi.js';
import { isTerraformPlan } from '../parsers/terraform-plan.js';

export type StructuredCandidate = 'yaml' | 'json';

export interface Detector {
  /** The input type a matching file becomes. */
  type: IacInputType;
  /** Which candidates the detector looks at. */
  candidates: readonly StructuredCandidate[];
  matches(path: string, text: string): boolean;
}

/** Detectors in priority order; see each format's parser for its own test. */
export const DETECTORS: readonly Detector[] = [
  // By path first: a workflow or a compose file is never another format (compose by content only without apiVersion).
  { type: 'github_actions', candidates: ['yaml'], matches: (path) => isWorkflowPath(path) },
  { type: 'compose', candidates: ['yaml'], matches: (path, text) => isComposeFileName(basename(path)) || looksLikeCompose(text) },
  // By name: a Kustomization may omit apiVersion and kind; it is read with the manifests it builds.
  { type: 'kubernetes', candidates: ['yaml'], matches: (path) => isKustomizationFile(path) },
  // Before kubernetes: a plan of kubernetes_manifest resources holds apiVersion/kind values.
  { type: 'terraform', candidates: ['json'], matches: (_path, text) => isTerraformPlan(text) },
  { type: 'kubernetes', candidates: ['yaml', 'json'], matches: (_path, text) => isKubernetesManifest(text) },
  { type: 'openapi', candidates: ['yaml', 'json'], matches: (_path, text) => isOpenApiSpec(text) },
  { type: 'cloudformation', candidates: ['yaml', 'json'], matches: (_path, text) => isCloudFormationTemplate(text) },
];

/**
 * What a YAML/JSON file is. A file no detector claims is configuration
 * (src/parsers/config.ts): it is still read, for hard-coded secrets.
 */
export function detectStructured(path: string, text: string, candidate: StructuredCandidate): IacInputType {
  for (const detector of DETECTORS) {
    if (detector.candidates.includes(candidate) && detector.matches(path, text)) return detector.type;
  }
  return 'config';
}
