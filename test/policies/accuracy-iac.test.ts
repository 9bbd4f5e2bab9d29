// Accuracy of the Kubernetes and Terraform checks on realistic projects of
// our own, each curated as a whole ("rules": "all" in expected.json): every
// finding of every check must be an intended one, and every intended one
// must be found. The projects keep compliant resources beside each violation
// and the near-misses scanners get wrong: Kustomize patches (partial objects),
// values only the pipeline knows (unknown variables), modules.
import assert from 'node:assert/strict';
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite('Kubernetes checks', 'k8s-kustomize', {
  minFiles: { kubernetes: 12 },
  tests: {
    'the patches the overlays\' kustomizations name are skipped with the reason, not checked': (result) => {
      assert.deepEqual(
        result.coverage.skipped.map((s) => s.file),
        ['overlays/production/api-resources.yaml', 'overlays/production/replicas.yaml', 'overlays/staging/debug-env.yaml'],
      );
    },
  },
});

// A self-managed cluster's control plane, as kubeadm and its provisioning keep it in a repository:
// static pods (an API server whose audit files last a week; etcd as kubeadm writes it, with its
// plain-HTTP metrics listener on localhost), the Secrets' encryption configuration with its key,
// the workers' KubeletConfiguration, the DR site's kubeadm configuration, a Cluster API cluster
// (cloud-init's {{ ds.meta_data.hostname }} in its commands, a ClusterResourceSet's manifests with
// placeholders, a ClusterClass template whose patches add what it leaves out) and an application's
// own etcd. The static pods' host network, host folders and root user are by design and never reported.
accuracySuite('Kubernetes control-plane checks', 'k8s-control-plane', {
  minFiles: { kubernetes: 9 },
  tests: {
    'the committed encryption key is masked everywhere in the result': (result) => {
      assert.equal(JSON.stringify(result).includes('8Jc3mNq0vXbL2rT5yWzA7dF1hK4pS6uE9iO3gQ2jR0M'), false);
      assert.deepEqual(result.findings.filter((f) => f.ruleId === 'EVD-K8S-031').map((f) => f.snippet), ['secret: ****']);
    },
  },
});

// AWS provider v4+ style: bucket settings as separate resources, a local module.
// The access-log bucket is encrypted with SSE-S3 on purpose: S3 server access
// logging can only deliver to buckets with SSE-S3 default encryption.
accuracySuite('Terraform checks (AWS provider v5 style)', 'tf-aws-modern', {
  minFiles: { terraform: 6 },
  tests: {
    'the literal secret of a task definition environment is masked everywhere in the result': (result) => {
      assert.equal(JSON.stringify(result).includes('vv_live_8f3k2m9q1x7z'), false);
      const finding = result.findings.find((f) => f.ruleId === 'EVD-TF-070');
      assert.equal(finding?.snippet, 'container_definitions = ****');
    },
  },
});

// Legacy (provider v3) inline blocks, committed provider credentials, and a
// value only the pipeline knows (storage_encrypted = var.encrypt_archive: unknown, never reported).
accuracySuite('Terraform checks (legacy inline style)', 'tf-aws-legacy', { minFiles: { terraform: 1 } });

// A module that deploys with the hashicorp/kubernetes provider: its kubernetes_* resources are
// judged by the Kubernetes checks as the objects they create. A hardened API beside a hurried
// export job; values the module does not know (a Secret's password, a debug pod's privileged
// flag from a variable) are never reported; references to the namespace resource are followed.
accuracySuite('Kubernetes checks on Terraform resources', 'tf-kubernetes', {
  minFiles: { terraform: 6 },
  tests: {
    "the partner's literal password is masked everywhere in the result": (result) => {
      assert.equal(JSON.stringify(result).includes('Bq7-partner-Sftp-2024'), false);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'EVD-K8S-001' || f.ruleId === 'EVD-K8S-017').map((f) => f.snippet),
        ['value = ****', 'password = ****'],
      );
    },
    'the objects are counted as Kubernetes resources, the files as Terraform files': (result) => {
      assert.equal(result.coverage.resources.kubernetes, 16);
      assert.equal(result.coverage.byType.kubernetes, undefined);
    },
  },
});

// Google Cloud: a hardened production path (private GKE with Workload Identity and KMS-encrypted
// Secrets, Cloud SQL on a private IP with backups and connection logs, CMEK buckets with usage
// logs, Data Access audit logs for the project) beside a reporting VM, an ML sandbox cluster and
// analytics exports that grew up in a hurry. Grants narrowed to one service account, a proxy-only
// subnet, a default node pool the cluster removes and a bucket covered by the project's audit
// config are near-misses that must stay silent.
accuracySuite('Terraform checks (Google Cloud)', 'tf-gcp', {
  minFiles: { terraform: 9 },
  tests: {
    "the analyst's database password and the disk's raw key are masked everywhere in the result": (result) => {
      const text = JSON.stringify(result);
      assert.equal(text.includes('Rep0rting-Analyst-2024'), false);
      assert.equal(text.includes('Q2xpbmljUmVwb3J0aW5nRGlza0tleTIwMjQ'), false);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'EVD-TF-218' || f.ruleId === 'EVD-TF-196').map((f) => f.snippet).sort(),
        ['password = ****', 'raw_key = ****'],
      );
    },
  },
});

// Azure: a patient portal whose production path is hardened (a private AKS cluster with Entra ID
// RBAC, network policies and Container Insights; an Azure SQL server with Entra-only logins,
// auditing and diagnostic logs; a customer-key storage account closed to other networks; a Key
// Vault with purge protection, rotated keys and audit logs) beside a partner import account, a
// developer cluster and an old reporting VM. A PostgreSQL flexible server in a delegated subnet, a
// firewall-free SQL server without a public endpoint and an administrator password from
// random_password are near-misses that must stay silent.
accuracySuite('Terraform checks (Azure)', 'tf-azure', {
  minFiles: { terraform: 8 },
  tests: {
    "the VM's administrator password and the export password in its custom data are masked everywhere in the result": (result) => {
      const text = JSON.stringify(result);
      assert.equal(text.includes('Analyst-Reports-2023!'), false);
      assert.equal(text.includes('Q4r-Export-Nightly-77'), false);
    },
  },
});
