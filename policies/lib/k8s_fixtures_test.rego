# Fixtures shared by the Kubernetes checks' unit tests (not compiled into the
# bundle: *_test.rego files are ignored by the build).
package evident.lib.k8s_fixtures_test

# patch_fragment_id: the id the parser gives the fragment of an overlay's
# strategic-merge patch of Deployment api, kept in overlays/prod/debug.yaml
# from line 1 (src/parsers/kubernetes.ts patchFragments).
patch_fragment_id := "Deployment/api (patch overlays/prod/debug.yaml:1)"

# patched(pod_spec): an input whose only item is that fragment (input.patches),
# the base it patches being in another folder: what the fragment sets is
# pod_spec.
patched(pod_spec) := {"type": "kubernetes", "resources": [], "patches": [{
	"id": patch_fragment_id, "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "default",
	"file": "overlays/prod/debug.yaml", "startLine": 1, "endLine": 12, "object": {}, "podSpec": pod_spec,
}]}

# control_plane_pod(name, container): a static pod of kube-system named `name`, in `<name>.yaml`,
# whose one container is also named `name` and has the fields of `container` (command, args).
control_plane_pod(name, container) := {
	"id": concat("", ["Pod/kube-system/", name]), "apiVersion": "v1", "kind": "Pod", "name": name,
	"namespace": "kube-system", "file": concat("", [name, ".yaml"]), "startLine": 1, "endLine": 40, "object": {},
	"podSpec": {"containers": [object.union({"name": name}, container)]},
}

# component_config(kind, api_version, file, object): a configuration file of the cluster's programs
# (kubeadm, kubelet, encryption configuration) as the parser names it: `<kind>/<file>`, no name
# and no namespace (src/parsers/kubernetes.ts).
component_config(kind, api_version, file, object) := {
	"id": concat("/", [kind, file]), "apiVersion": api_version, "kind": kind, "name": "",
	"namespace": null, "file": file, "startLine": 1, "endLine": 20, "object": object,
}

# encryption_config(resources): EncryptionConfiguration/encryption.yaml with those resources.
encryption_config(resources) := component_config(
	"EncryptionConfiguration", "apiserver.config.k8s.io/v1", "encryption.yaml",
	{"apiVersion": "apiserver.config.k8s.io/v1", "kind": "EncryptionConfiguration", "resources": resources},
)
