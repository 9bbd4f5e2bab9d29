# METADATA
# title: Kubernetes helpers
# description: >-
#   Lookups over the normalized Kubernetes document (policies/schemas/kubernetes.json).
#   The parser lifts every workload's pod spec into resource.podSpec, wherever the
#   kind nests it, so checks need not know the nesting.
# custom:
#   library: true
package evident.lib.kubernetes

import data.evident.lib.transport
import data.evident.lib.values

# workloads: the resources that carry a pod spec.
workloads := [r |
	some r in input.resources
	is_object(r.podSpec)
]

# patch_workloads: the workloads of the Kustomize patches that an overlay merges
# into a base it includes (patch files of the folder, inline patches of its
# kustomization.yaml; input.patches, see src/parsers/kubernetes.ts). Patch
# fragments are partial objects, so only the checks of what is set read them
# (literal secrets; privileged containers, host namespaces, hostPath volumes,
# added capabilities, host ports; a container's root user, privilege
# escalation, writable root or Unconfined profile; an unpinned image; Secrets,
# ConfigMaps and RBAC rules and bindings: see resources_and_patches_of_kind),
# never a check of a missing setting: a patch leaves out most of the object.
# What a patch sets, the overlay deploys: a secret committed in a patch is
# committed all the same.
patch_workloads := [r |
	some r in object.get(input, "patches", [])
	is_object(r.podSpec)
]

# workloads_and_patches: workloads, then patch_workloads, for the checks of what a workload
# sets; one list per evaluation (an array.concat in each check copied the workloads six times).
workloads_and_patches := workloads if {
	count(patch_workloads) == 0
} else := array.concat(workloads, patch_workloads)

# containers(workload): every container of the pod spec with its role, its name
# (or "#<index>" when it has none) and its path inside the resource:
# {"container", "role", "name", "path"}. Most checks look at every container:
# the lists are built once per evaluation (containers_by_id, a complete rule;
# a function's result is not cached) and looked up by the workload's id, which
# the parser makes unique in a document. Where ids repeat (hand-written
# inputs), the table is empty and each call builds its list.
containers(workload) := cs if {
	cs := containers_by_id[workload.id]
} else := containers_of(workload)

containers_by_id := {w.id: containers_of(w) | some w in workloads} if {
	count({w.id | some w in workloads}) == count(workloads)
} else := {}

containers_of(workload) := [c |
	some field, role in {"containers": "container", "initContainers": "init container", "ephemeralContainers": "ephemeral container"}
	some i, container in object.get(workload.podSpec, field, [])
	is_object(container)
	c := {
		"container": container,
		"role": role,
		"name": container_name(container, i),
		"path": ["podSpec", field, i],
	}
]

# container_name(container, i): the container's name, or "#<index>" when it has
# none. Not object.get(container, "name", sprintf(…)): its default would be
# formatted for every container, and sprintf is a costly host call in wasm.
# Written with format_int, not finding.format: it is computed for every
# unnamed container each check looks at (the containers of a Kustomize JSON
# 6902 patch have no name), not only for findings.
container_name(container, _) := name if name := container.name

container_name(container, i) := concat("", ["#", format_int(i, 10)]) if not has_name(container)

has_name(container) if _ = container.name

# security_setting(workload, c, key): the effective value of a securityContext
# field that both the pod and the container can set (runAsNonRoot, runAsUser,
# runAsGroup, seccompProfile…): the container's, else the pod's. Undefined when
# neither sets it. Test it inside a helper rule (`r if security_setting(…) == v`)
# and negate the rule: OPA hoists a call out of `not f(x) == v`, so an
# undefined result would make the caller fail instead of succeed.
security_setting(workload, c, key) := value if {
	value := c.container.securityContext[key]
} else := value if {
	value := workload.podSpec.securityContext[key]
}

# security_setting_path(workload, c, key): where security_setting found the value,
# as a path inside the resource (for finding.at).
security_setting_path(_, c, key) := array.concat(c.path, ["securityContext", key]) if {
	_ = c.container.securityContext[key]
} else := ["podSpec", "securityContext", key]

# is_windows(workload): the pod declares it runs on Windows nodes, where Linux
# security settings (runAsNonRoot, capabilities, readOnlyRootFilesystem…) do not apply, or its
# operating system is not known here (set from a Terraform variable): those settings are then not judged.
is_windows(workload) if values.may_be(workload.podSpec.os.name, "windows")

# local_host(host): the host of a URL does not leave the cluster, its nodes' network or the
# machine (lib/transport.rego local_host), or names a Service of a namespace as <service>.<namespace>
# (transport.cluster_local_host: a namespace of this folder, or a second label that is no public
# top-level domain). When a namespace of the folder is not known here (a Terraform resource's),
# every <a>.<b> name is taken for a Service: an unknown must not make a finding.
local_host(host) if transport.cluster_local_host(host, namespaces)

local_host(host) if {
	not namespaces_known
	count(split(host, ".")) == 2
}

# namespaces: the namespaces the folder's objects are in, its Namespace objects and the namespace
# its Kustomizations set.
namespaces := ({ns | some r in input.resources; ns := r.namespace; is_string(ns)} | {ns |
	some r in resources_of_kind("Namespace")
	ns := object.get(r.object, ["metadata", "name"], null)
	is_string(ns)
}) | {ns |
	some r in kustomizations
	ns := object.get(r.object, "namespace", null)
	is_string(ns)
}

namespaces_known if {
	not namespace_unknown
}

namespace_unknown if {
	some r in input.resources
	values.is_unknown(r.namespace)
}

namespace_unknown if {
	some r in resources_of_kind("Namespace")
	values.is_unknown(object.get(r.object, ["metadata", "name"], null))
}

# literal_variables: {"resource", "path", "owner", "name", "value"} of the literal values that may
# turn TLS off (transport.may_turn_off) of containers' env, ConfigMaps' data and configMapGenerator
# literals, for the checks of what a setting turns off; owner names who sets it in messages
# (`container "app" of Deployment/clinic/portal`, the ConfigMap's id, `<Kustomization id>
# (configMapGenerator <name>)`). Values taken from Secrets or ConfigMaps (valueFrom) are judged
# where they are written. A ConfigMap entry of several lines (a file) is never one: no setting's
# value and no URL has a line break.
literal_variables := array.concat(array.concat(container_variables, config_map_variables), generator_variables)

container_variables := [object.union(v, {"resource": workload, "owner": owner}) |
	some workload in workloads_and_patches
	some c in containers(workload)
	variables := transport.list_variables(object.get(c.container, "env", []), array.concat(c.path, ["env"]), "name", "value")
	count(variables) > 0
	owner := concat("", [c.role, " \"", c.name, "\" of ", workload.id])
	some v in variables
]

config_map_variables := [object.union(v, {"resource": config_map, "owner": config_map.id}) |
	some config_map in resources_and_patches_of_kind("ConfigMap")
	some v in transport.map_variables(object.get(config_map.object, "data", null), ["object", "data"])
]

# generator_variables: the KEY=VALUE literals of the Kustomizations' configMapGenerators, quotes
# taken off the value.
generator_variables := [{"resource": k, "path": path, "owner": owner, "name": key, "value": text} |
	some [k, path, name, key, value] in generator_literals("configMapGenerator")
	text := trim(trim_space(value), "\"'")
	transport.may_turn_off(key, text)
	owner := concat("", [k.id, " (configMapGenerator ", name, ")"])
]

# system_namespaces: namespaces that belong to the cluster's own components.
system_namespaces := {"kube-system", "kube-public", "kube-node-lease"}

# by_kind: the objects of the directory grouped by kind. A complete rule, so it
# is computed once per evaluation; a partial rule (by_kind[kind]) would be
# re-evaluated over every object for each kind looked up. Arrays, not sets: a
# set hashes every whole object put in it (measured: a fifth of the Kubernetes
# evaluation time).
by_kind := {kind: [r | some r in input.resources; r.kind == kind] |
	some kind in {r.kind | some r in input.resources}
}

# resources_of_kind(kind): the objects of one kind in this directory.
resources_of_kind(kind) := object.get(by_kind, kind, [])

# resources_and_patches_of_kind(kind): resources_of_kind(kind), then the fragments of kind `kind`
# of the overlays' patches (input.patches), for the checks of what an object sets.
resources_and_patches_of_kind(kind) := resources_of_kind(kind) if {
	not input.patches
} else := array.concat(resources_of_kind(kind), [r | some r in input.patches; r.kind == kind])

# generator_literals(section): [resource, path, generator name, key, value] of every
# KEY=VALUE literal of the Kustomizations' `section` ("secretGenerator" or
# "configMapGenerator"); the name is "" when the generator has none. Kustomize
# components (kind Component) generate the same way.
generator_literals(section) := [[k, ["object", section, i, "literals", j], name, key, value] |
	some k in kustomizations
	some i, generator in object.get(k.object, section, [])
	name := object.get(generator, "name", "")
	is_string(name)
	some j, literal in object.get(generator, "literals", [])
	is_string(literal)
	at := indexof(literal, "=")
	at > 0
	key := trim_space(substring(literal, 0, at))
	value := substring(literal, at + 1, -1)
]

# kustomizations: the Kustomization files of the directory (kustomize.config.k8s.io,
# read even when they omit apiVersion and kind).
kustomizations := [r |
	some kind in ["Kustomization", "Component"]
	some r in resources_of_kind(kind)
	startswith(r.apiVersion, "kustomize.config.k8s.io/")
]

# image_reference(image): {"name", "tag", "digest"} of a container image
# reference ("registry:5000/team/app:1.2@sha256:…"); tag and digest are "" when
# absent. The registry's port is not mistaken for a tag.
image_reference(image) := {"name": name, "tag": tag, "digest": digest} if {
	is_string(image)
	at := split(image, "@")
	digest := concat("@", array.slice(at, 1, count(at)))
	parts := split(at[0], "/")
	colon := split(parts[count(parts) - 1], ":")
	tag := concat(":", array.slice(colon, 1, count(colon)))
	name := concat("/", array.concat(array.slice(parts, 0, count(parts) - 1), [colon[0]]))
}
