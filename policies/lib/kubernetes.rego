# METADATA
# title: Kubernetes helpers
# description: >-
#   Lookups over the normalized Kubernetes document (policies/schemas/kubernetes.json).
#   The parser lifts every workload's pod spec into resource.podSpec, wherever the
#   kind nests it, so checks need not know the nesting.
# custom:
#   library: true
package evident.lib.kubernetes

# workloads: the resources that carry a pod spec.
workloads := [r |
	some r in input.resources
	is_object(r.podSpec)
]

# containers(workload): every container of the pod spec with its role, its name
# (or "#<index>" when it has none) and its path inside the resource:
# {"container", "role", "name", "path"}.
containers(workload) := [c |
	some field, role in {"containers": "container", "initContainers": "init container", "ephemeralContainers": "ephemeral container"}
	some i, container in object.get(workload.podSpec, field, [])
	is_object(container)
	c := {
		"container": container,
		"role": role,
		"name": object.get(container, "name", sprintf("#%d", [i])),
		"path": ["podSpec", field, i],
	}
]
