package evident.lib.kubernetes_test

import data.evident.lib.kubernetes

test_image_reference if {
	kubernetes.image_reference("nginx") == {"name": "nginx", "tag": "", "digest": ""}
	kubernetes.image_reference("nginx:1.27") == {"name": "nginx", "tag": "1.27", "digest": ""}
	kubernetes.image_reference("registry:5000/team/app") == {"name": "registry:5000/team/app", "tag": "", "digest": ""}
	kubernetes.image_reference("registry:5000/team/app:latest") == {"name": "registry:5000/team/app", "tag": "latest", "digest": ""}
	kubernetes.image_reference("ghcr.io/a/b@sha256:abc") == {"name": "ghcr.io/a/b", "tag": "", "digest": "sha256:abc"}
	kubernetes.image_reference("ghcr.io/a/b:1.0@sha256:abc") == {"name": "ghcr.io/a/b", "tag": "1.0", "digest": "sha256:abc"}
}

test_security_setting_prefers_the_container if {
	w := {"podSpec": {"securityContext": {"runAsNonRoot": true, "runAsUser": 1000}}}
	c := {"container": {"securityContext": {"runAsUser": 0}}, "path": ["podSpec", "containers", 0]}
	kubernetes.security_setting(w, c, "runAsUser") == 0
	kubernetes.security_setting_path(w, c, "runAsUser") == ["podSpec", "containers", 0, "securityContext", "runAsUser"]
	kubernetes.security_setting(w, c, "runAsNonRoot") == true
	kubernetes.security_setting_path(w, c, "runAsNonRoot") == ["podSpec", "securityContext", "runAsNonRoot"]
	not kubernetes.security_setting(w, c, "runAsGroup")
}

pod(id, containers) := {"id": id, "kind": "Pod", "podSpec": {"containers": containers, "initContainers": [{"image": "init:1"}]}}

test_containers_are_listed_once_per_workload_by_id if {
	api := pod("Pod/a/api", [{"name": "api", "image": "api:1"}])
	web := pod("Pod/a/web", [{"name": "web", "image": "web:1"}, {"image": "sidecar:1"}])
	inputs := {"type": "kubernetes", "resources": [api, web]}
	kubernetes.containers_by_id == {
		"Pod/a/api": [
			{"container": {"name": "api", "image": "api:1"}, "role": "container", "name": "api", "path": ["podSpec", "containers", 0]},
			{"container": {"image": "init:1"}, "role": "init container", "name": "#0", "path": ["podSpec", "initContainers", 0]},
		],
		"Pod/a/web": [
			{"container": {"name": "web", "image": "web:1"}, "role": "container", "name": "web", "path": ["podSpec", "containers", 0]},
			{"container": {"image": "sidecar:1"}, "role": "container", "name": "#1", "path": ["podSpec", "containers", 1]},
			{"container": {"image": "init:1"}, "role": "init container", "name": "#0", "path": ["podSpec", "initContainers", 0]},
		],
	} with input as inputs
	kubernetes.containers(web) == kubernetes.containers_of(web) with input as inputs
}

test_containers_with_repeated_ids_are_built_per_call if {
	first := pod("Pod/a/api", [{"name": "one"}])
	second := pod("Pod/a/api", [{"name": "two"}])
	inputs := {"type": "kubernetes", "resources": [first, second]}
	kubernetes.containers_by_id == {} with input as inputs
	[c.name | some c in kubernetes.containers(second)] == ["two", "#0"] with input as inputs
}

test_patch_workloads_come_from_input_patches if {
	patches := [
		{"id": "Deployment/api (patch p.yaml:1)", "kind": "Deployment", "podSpec": {"containers": []}},
		{"id": "Secret/db (patch p.yaml:9)", "kind": "Secret", "object": {}},
		{"id": "Service/api (patch p.yaml:15)", "kind": "Service", "object": {}},
		{"id": "ConfigMap/api (patch p.yaml:21)", "kind": "ConfigMap", "object": {}},
	]
	[r.id | some r in kubernetes.patch_workloads] == ["Deployment/api (patch p.yaml:1)"] with input as {"resources": [], "patches": patches}
	[r.id | some r in kubernetes.resources_and_patches_of_kind("Secret")] == ["Secret/db (patch p.yaml:9)"] with input as {"resources": [], "patches": patches}
	[r.id | some r in kubernetes.resources_and_patches_of_kind("ConfigMap")] == ["ConfigMap/api (patch p.yaml:21)"] with input as {"resources": [], "patches": patches}
	count(kubernetes.patch_workloads) == 0 with input as {"resources": []}
}

test_workloads_and_patches_lists_the_workloads_then_the_patch_fragments if {
	deployment := {"id": "Deployment/clinic/api", "kind": "Deployment", "podSpec": {"containers": []}}
	fragment := {"id": "Deployment/api (patch overlays/prod/env.yaml:1)", "kind": "Deployment", "podSpec": {"containers": []}}
	service := {"id": "Service/clinic/api", "kind": "Service"}
	kubernetes.workloads_and_patches == [deployment] with input as {"resources": [deployment, service]}
	kubernetes.workloads_and_patches == [deployment, fragment] with input as {"resources": [deployment, service], "patches": [fragment, {"id": "Secret/x (patch p.yaml:1)", "kind": "Secret"}]}
}

test_resources_and_patches_of_kind_adds_the_fragments_of_that_kind if {
	role := {"id": "Role/clinic/ops", "kind": "Role"}
	fragment := {"id": "Role/ops (patch overlays/prod/rbac.yaml:1)", "kind": "Role"}
	kubernetes.resources_and_patches_of_kind("Role") == [role] with input as {"resources": [role]}
	kubernetes.resources_and_patches_of_kind("Role") == [role, fragment] with input as {"resources": [role], "patches": [fragment, {"id": "Secret/x (patch p.yaml:1)", "kind": "Secret"}]}
	kubernetes.resources_and_patches_of_kind("ClusterRole") == [] with input as {"resources": [role], "patches": [fragment]}
}
