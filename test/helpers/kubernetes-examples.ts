import { readExamples } from '../../src/checks/doc.js';
import type { BundleManifest } from '../../src/checks/manifest.js';
import type { SourceText } from '../../src/parsers/types.js';

/**
 * Every example (deny and allow) of the bundle's Kubernetes checks, as its
 * manifest files (YAML and JSON: the Terraform examples of these checks are
 * read by the Terraform loader, not as manifests).
 */
export function kubernetesCheckExamples(manifest: BundleManifest): Array<{ label: string; files: SourceText[] }> {
  return manifest.checks
    .filter((check) => check.selector.input === 'kubernetes')
    .flatMap((check) => {
      const examples = readExamples(check);
      return [...examples.deny, ...examples.allow].map((example) => ({
        label: `${check.id} ${check.slug}: ${example.name}`,
        files: Object.entries(example.files)
          .filter(([path]) => /\.(ya?ml|json)$/.test(path))
          .map(([path, text]) => ({ path, text })),
      }));
    })
    .filter((example) => example.files.length > 0);
}
