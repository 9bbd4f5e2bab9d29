# METADATA
# title: Container image is not pinned to a version or digest
# description: >-
#   A container's image has no tag, or the tag latest, and no @sha256 digest.
#   The image that runs then changes whenever someone pushes to the registry
#   (or a registry is compromised): the code that processes the data is not
#   the code that was reviewed and tested, and a rollback or an audit cannot
#   tell which version ran. A digest pins the exact image; a version tag at
#   least names the intended release. Kustomize bases often leave the tag to
#   the overlays: an image is pinned when a Kustomization of the scan that
#   builds the manifest (from any folder, through resources, bases or
#   components) sets a version tag or digest for it in `images`, and none sets
#   the tag latest. An image that an overlay's patch of a base sets (a
#   variant, see input.patches) is judged with the overrides of that overlay
#   and of the Kustomizations that include it, which rewrite it when they
#   build the variant. A `ko://` image is a Go import path that ko (ko.build)
#   replaces with a digest-pinned image when it applies the manifest
#   (Knative's config): not reported. Nor is an image whose last path segment
#   is written with a variable (image: ${IMAGE}, registry/${APP}, "{IMAGE}",
#   __IMAGE__, <image>): Flux's post-build substitution, envsubst or sed sets
#   it, tag included, at deploy time, so its tag is unknown; ${REGISTRY}/app
#   still has no tag.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: EVD-K8S-011
#   severity: medium
#   remediation: >-
#     Reference images by digest (image: registry/app@sha256:…), or at least by
#     an immutable version tag, and enable tag immutability in the registry.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Pinning what code runs protects the systems that process ePHI from unreviewed or tampered changes.
#     gdpr: Knowing and controlling the exact software that processes personal data supports its integrity and the testing of security measures.
package evident.checks.kubernetes.image_not_pinned

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	not startswith(c.container.image, "ko://")
	not templated(c.container.image)
	ref := kubernetes.image_reference(c.container.image)
	ref.digest == ""
	ref.tag in {"", "latest"}
	not pinned_by_kustomize(workload, ref.name)
	f := finding.at(workload, array.concat(c.path, ["image"]), finding.format("%s \"%s\" of %s uses the image %s %s", [c.role, c.name, workload.id, c.container.image, problem(ref.tag)]))
}

# templated(image): the image's last path segment (name, tag) holds a variable that a tool
# substitutes before the manifest is applied: $VAR or ${VAR} (envsubst, Flux), {VAR} or
# {{ .var }} (sed and Go templates: cert-manager's `image: "{IMAGE}"`), __VAR__, %VAR% or <var>.
templated(image) if {
	is_string(image)
	parts := split(split(image, "@")[0], "/")
	last := parts[count(parts) - 1]
	may_hold_a_variable(last)
	regex.match(`\$\{?[A-Za-z_]|\{\{?\s*\.?[A-Za-z_]|__[A-Za-z][A-Za-z0-9_]*__|%[A-Za-z_][A-Za-z0-9_]*%|<[A-Za-z_][A-Za-z0-9_.-]*>`, last)
}

# may_hold_a_variable(text): a character a variable above starts with; tested before the regular
# expression, which wasm compiles again for every document.
may_hold_a_variable(text) if contains(text, "$")

may_hold_a_variable(text) if contains(text, "{")

may_hold_a_variable(text) if contains(text, "__")

may_hold_a_variable(text) if contains(text, "%")

may_hold_a_variable(text) if contains(text, "<")

problem("") := "without a tag or digest (it resolves to latest)"

problem("latest") := "with the mutable tag latest"

# pinned_by_kustomize(workload, name): a Kustomization that builds the
# workload's file sets a digest or a version tag for the image (the parser
# lists them in kustomizeImages), and none sets the tag latest.
pinned_by_kustomize(workload, name) if {
	some o in workload.kustomizeImages
	o.name == name
	pins(o)
	not kustomize_sets_latest(workload, name)
}

pins(o) if o.digest != ""

# An override without newTag sets no tag: it pins nothing.
pins(o) if not object.get(o, "newTag", "") in {"", "latest"}

kustomize_sets_latest(workload, name) if {
	some o in workload.kustomizeImages
	o.name == name
	o.digest == ""
	o.newTag == "latest"
}
