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
