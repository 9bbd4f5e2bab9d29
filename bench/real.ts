/**
 * Evident on real public repositories: speed, evaluation share, parse errors.
 *
 *   npx tsx bench/real.ts [--gopath DIR] [--build dist] [--repeat 3] [--only name,name] [--more] [--list errors]
 *
 * The IaC bench (bench/iac.ts) scans generated files, dense with resources. This
 * one scans infrastructure code that people wrote: the examples of the
 * Terraform providers and Terratest, Terraform's own test configurations,
 * Kubernetes manifests, Helm charts and Kustomize folders of Istio, Cilium,
 * ingress-nginx, Argo CD, cert-manager, External Secrets, Flux, Knative,
 * Kyverno, the Prometheus Operator and Loki, CloudFormation and SAM templates
 * of AWS's rain and goformation, compose fixtures of Docker Compose, workflows
 * of act and actionlint, and the misconfiguration test data of Trivy and
 * conftest: 24 folders. Each comes at a pinned
 * version from the Go module proxy (`go mod download`, into --gopath or the
 * Go default), the one source of public repositories this project's machines
 * can reach; a module needs no go.mod of interest, only the files.
 *
 * Per corpus, in a fresh process (bench/scan-once.mjs, the compiled scan with
 * --build): files per input type, resources, parse, evaluation and whole
 * in-process scan time, evaluation as a share of the scan, findings, files
 * that could not be parsed, peak RSS. --repeat N shows the run with the median
 * scan time. The last row sums every corpus. `--list errors` prints each parse
 * error (file and reason): on these corpora most are test fixtures that are
 * invalid on purpose (Terraform's `invalid-files`), the rest are worth a look.
 *
 * `--more` adds the corpora of MORE_CORPORA: repositories scanned for false
 * alarms after the 24 had been reviewed, whose findings were read by rule
 * (every rule's findings sampled, the suspicious ones all read) rather than
 * one by one; the figures of the 24 stay comparable without them.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { option } from './labelled.js';
import { row, scanInChild, type ScanRun } from './scan-child.js';

interface Corpus {
  name: string;
  module: string;
  version: string;
  /** The folder of the module that is scanned. */
  folder: string;
  what: string;
}

export const CORPORA: readonly Corpus[] = [
  { name: 'azurerm-examples', module: 'github.com/hashicorp/terraform-provider-azurerm', version: 'v1.44.1-0.20260824201233-fae580791926', folder: 'examples', what: 'Terraform azurerm provider examples (2026)' },
  { name: 'aws-examples', module: 'github.com/hashicorp/terraform-provider-aws', version: 'v1.60.0', folder: 'examples', what: 'Terraform AWS provider examples (2019, 0.11 style)' },
  { name: 'google-examples', module: 'github.com/hashicorp/terraform-provider-google', version: 'v1.20.0', folder: 'examples', what: 'Terraform Google provider examples (2018)' },
  { name: 'terraform-core', module: 'github.com/hashicorp/terraform', version: 'v1.13.3', folder: 'internal', what: "Terraform's own test configurations" },
  { name: 'istio-samples', module: 'istio.io/istio', version: 'v0.0.0-20260827124520-eed52ebb66ad', folder: 'samples', what: 'Istio sample applications (Kubernetes)' },
  { name: 'istio-manifests', module: 'istio.io/istio', version: 'v0.0.0-20260827124520-eed52ebb66ad', folder: 'manifests', what: 'Istio install manifests and Helm charts' },
  { name: 'cilium-examples', module: 'github.com/cilium/cilium', version: 'v1.20.2', folder: 'examples', what: 'Cilium examples (Kubernetes)' },
  { name: 'ingress-nginx', module: 'k8s.io/ingress-nginx', version: 'v0.0.0-20240708192948-52c50467d67d', folder: 'deploy', what: 'ingress-nginx deployment manifests' },
  { name: 'argo-cd', module: 'github.com/argoproj/argo-cd/v2', version: 'v2.14.21', folder: 'manifests', what: 'Argo CD install manifests (Kustomize)' },
  { name: 'compose-fixtures', module: 'github.com/docker/compose/v2', version: 'v2.40.3', folder: 'pkg/e2e/fixtures', what: 'Docker Compose end-to-end fixtures' },
  { name: 'rain', module: 'github.com/aws-cloudformation/rain', version: 'v1.24.4', folder: 'test', what: 'CloudFormation templates of AWS rain' },
  { name: 'goformation', module: 'github.com/awslabs/goformation/v7', version: 'v7.14.9', folder: 'test', what: 'CloudFormation and SAM templates (incl. SAM official samples)' },
  { name: 'trivy', module: 'github.com/aquasecurity/trivy', version: 'v0.74.0', folder: 'pkg', what: "Trivy's test data (all formats)" },
  { name: 'act', module: 'github.com/nektos/act', version: 'v0.2.89', folder: 'pkg', what: 'act test data (workflows, Dockerfiles, .env)' },
  { name: 'actionlint', module: 'github.com/rhysd/actionlint', version: 'v1.7.12', folder: 'testdata', what: 'actionlint test data (workflows)' },
  { name: 'conftest', module: 'github.com/open-policy-agent/conftest', version: 'v0.71.1', folder: 'examples', what: 'conftest examples (all formats)' },
  { name: 'terratest-examples', module: 'github.com/gruntwork-io/terratest', version: 'v0.48.1', folder: 'examples', what: 'Terratest example modules (Terraform AWS/GCP/Azure, Kubernetes, Docker)' },
  { name: 'cert-manager', module: 'github.com/cert-manager/cert-manager', version: 'v1.21.2', folder: 'deploy', what: 'cert-manager deployment (Helm chart, manifests)' },
  { name: 'external-secrets', module: 'github.com/external-secrets/external-secrets', version: 'v1.3.2', folder: 'deploy', what: 'External Secrets Operator deployment (Helm chart, CRDs)' },
  { name: 'flux2', module: 'github.com/fluxcd/flux2/v2', version: 'v2.9.5', folder: 'manifests', what: 'Flux install manifests (Kustomize)' },
  { name: 'knative-serving', module: 'knative.dev/serving', version: 'v0.51.0', folder: 'config', what: 'Knative Serving config (Kubernetes)' },
  { name: 'kyverno', module: 'github.com/kyverno/kyverno', version: 'v1.19.1', folder: 'config', what: 'Kyverno install manifests' },
  { name: 'prometheus-operator', module: 'github.com/prometheus-operator/prometheus-operator', version: 'v0.85.0', folder: 'example', what: 'Prometheus Operator examples (Kubernetes)' },
  { name: 'loki-production', module: 'github.com/grafana/loki/v3', version: 'v3.7.8', folder: 'production', what: 'Loki production setups (compose, Kubernetes, Helm, Terraform)' },
];

/**
 * More repositories, hunted for false alarms on 2026-11-30 (docs/accuracy.md):
 * Flux's Kustomize test data, Traefik's and Gatekeeper's test fixtures and
 * deployment manifests, Sealed Secrets, Vault's CI and Terraform test modules,
 * Jaeger's compose setups; later that day External Secrets' whole repository
 * (an older release than its deploy folder among the 24) and cert-manager's
 * (its deploy folder is among the 24), Ory Kratos and Dapr; then Terraform's
 * kubernetes provider, whose examples are the one corpus here that deploys
 * with kubernetes_* resources (read as Kubernetes objects).
 */
export const MORE_CORPORA: readonly Corpus[] = [
  { name: 'flux-kustomize', module: 'github.com/fluxcd/pkg/kustomize', version: 'v1.41.0', folder: 'testdata', what: "Flux's Kustomize test data (overlays, post-build variables)" },
  { name: 'traefik', module: 'github.com/traefik/traefik/v3', version: 'v3.7.13', folder: '.', what: 'Traefik (Kubernetes fixtures, compose user guides, workflows)' },
  { name: 'gatekeeper', module: 'github.com/open-policy-agent/gatekeeper/v3', version: 'v3.23.1', folder: '.', what: 'OPA Gatekeeper (manifests, pod-security test fixtures)' },
  { name: 'sealed-secrets', module: 'github.com/bitnami-labs/sealed-secrets', version: 'v0.40.0', folder: '.', what: 'Sealed Secrets (manifests, OpenAPI description)' },
  { name: 'vault', module: 'github.com/hashicorp/vault', version: 'v1.21.4', folder: '.', what: "Vault (workflows, Dockerfiles, Terraform test modules)" },
  { name: 'jaeger', module: 'github.com/jaegertracing/jaeger', version: 'v1.76.0', folder: '.', what: 'Jaeger (compose setups, Dockerfiles, workflows)' },
  { name: 'external-secrets-repo', module: 'github.com/external-secrets/external-secrets', version: 'v0.16.2', folder: '.', what: 'External Secrets, the whole repository (documentation snippets, e2e Terraform for AWS, Azure and GCP)' },
  { name: 'ory-kratos', module: 'github.com/ory/kratos', version: 'v1.3.1', folder: '.', what: 'Ory Kratos (OpenAPI descriptions of an identity server, test and quickstart configurations)' },
  { name: 'dapr', module: 'github.com/dapr/dapr', version: 'v1.14.0', folder: '.', what: 'Dapr (test manifests, workflows, Dockerfiles, a bot script, Swagger)' },
  { name: 'cert-manager-repo', module: 'github.com/cert-manager/cert-manager', version: 'v1.21.2', folder: '.', what: 'cert-manager, the whole repository (install manifests, e2e setup templates)' },
  { name: 'tf-provider-kubernetes', module: 'github.com/hashicorp/terraform-provider-kubernetes', version: 'v1.13.4', folder: '.', what: "Terraform's kubernetes provider (examples of its resources, EKS/GKE/AKS test infrastructure)" },
  { name: 'capa-templates', module: 'sigs.k8s.io/cluster-api-provider-aws/v2', version: 'v2.7.1', folder: 'templates', what: "Cluster API's AWS provider: cluster templates (KubeadmControlPlane, ClusterClass, EKS)" },
  { name: 'capv-templates', module: 'sigs.k8s.io/cluster-api-provider-vsphere', version: 'v1.12.0', folder: 'templates', what: "Cluster API's vSphere provider: cluster templates (kubeadm with cloud-init, ClusterResourceSets)" },
];

/** The module's folder in the module cache, downloaded when needed; exits with 2 when the go command cannot get it. */
function moduleDir(corpus: Corpus, gopath: string | undefined): string {
  const child = spawnSync('go', ['mod', 'download', '-json', `${corpus.module}@${corpus.version}`], {
    encoding: 'utf8',
    env: { ...process.env, ...(gopath !== undefined ? { GOPATH: gopath } : {}), GOFLAGS: '-mod=mod' },
  });
  let info: { Dir?: string; Error?: string } = {};
  try {
    info = JSON.parse(child.stdout) as typeof info;
  } catch {
    // No JSON: the go command itself failed (not installed?); reported below.
  }
  if (info.Dir === undefined) {
    console.error(`cannot download ${corpus.module}@${corpus.version}: ${info.Error ?? child.error?.message ?? child.stderr.trim()}`);
    process.exit(2);
  }
  return info.Dir;
}

const median = (runs: ScanRun[]): ScanRun => [...runs].sort((a, b) => a.stats.total.ms - b.stats.total.ms)[Math.floor((runs.length - 1) / 2)]!;

function main(): void {
  const gopath = option('gopath');
  const build = option('build');
  const repeat = Number(option('repeat') ?? '1');
  const only = option('only')?.split(',');
  const list = option('list');
  const all = process.argv.includes('--more') ? [...CORPORA, ...MORE_CORPORA] : CORPORA;
  if (!Number.isInteger(repeat) || repeat < 1 || (list !== undefined && list !== 'errors')) {
    console.error('usage: npx tsx bench/real.ts [--gopath DIR] [--build dist] [--repeat N] [--only name,name] [--more] [--list errors]');
    process.exit(2);
  }
  const corpora = all.filter((c) => only === undefined || only.includes(c.name));
  if (corpora.length === 0) {
    console.error(`no corpus named ${only?.join(', ')}; the corpora are ${all.map((c) => c.name).join(', ')}`);
    process.exit(2);
  }
  console.log(`Evident on real repositories — ${cpus().length} cores, Node ${process.version}${build === undefined ? ' (sources through tsx; --build dist for the compiled scan)' : ''}`);
  console.log('');
  console.log(row(['corpus', 'files (by input type)', 'resources', 'parse ms', 'eval ms', 'scan ms', 'eval / scan', 'findings', 'errors', 'peak RSS MB']));
  console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  const total = { parse: 0, evaluate: 0, scan: 0, files: 0, resources: 0, findings: 0, errors: 0 };
  const errors: string[] = [];
  for (const corpus of corpora) {
    const dir = join(moduleDir(corpus, gopath), corpus.folder);
    const run = median(Array.from({ length: repeat }, () => scanInChild(dir, build)));
    const parse = Object.values(run.stats.parse).reduce((sum, stage) => sum + (stage?.ms ?? 0), 0);
    const byType = Object.entries(run.stats.parse)
      .filter(([, stage]) => (stage?.files ?? 0) > 0)
      .map(([type, stage]) => `${type} ${stage!.files}`)
      .join(', ');
    const files = Object.values(run.stats.parse).reduce((sum, stage) => sum + (stage?.files ?? 0), 0);
    const resources = Object.values(run.resources).reduce((sum, n) => sum + n, 0);
    console.log(
      row([
        corpus.name,
        byType,
        resources,
        parse.toFixed(0),
        run.stats.evaluate.ms.toFixed(0),
        run.stats.total.ms.toFixed(0),
        `${((run.stats.evaluate.ms / run.stats.total.ms) * 100).toFixed(0)} %`,
        run.findings,
        run.errors,
        run.maxRssMb.toFixed(0),
      ]),
    );
    total.parse += parse;
    total.evaluate += run.stats.evaluate.ms;
    total.scan += run.stats.total.ms;
    total.files += files;
    total.resources += resources;
    total.findings += run.findings;
    total.errors += run.errors;
    for (const error of run.errorList) errors.push(`${corpus.name}: ${error.file}: ${error.reason}`);
  }
  console.log(
    row([
      'all',
      `${total.files} files`,
      total.resources,
      total.parse.toFixed(0),
      total.evaluate.toFixed(0),
      total.scan.toFixed(0),
      `${((total.evaluate / total.scan) * 100).toFixed(0)} %`,
      total.findings,
      total.errors,
      '',
    ]),
  );
  console.log('');
  for (const corpus of corpora) console.log(`- ${corpus.name}: ${corpus.what}; ${corpus.module}@${corpus.version}, ${corpus.folder}/`);
  if (list === 'errors') {
    console.log('\nFiles that could not be parsed:');
    for (const line of errors) console.log(`  ${line}`);
  }
}

main();
