# METADATA
# title: Kubernetes control-plane helpers
# description: >-
#   The programs of a self-managed cluster (kube-apiserver, etcd, kubelet,
#   kube-controller-manager, kube-scheduler) as the directory's manifests
#   configure them, for the checks of the control plane (EVD-K8S-027…031).
#   A program is configured by a container that runs it (the static pods of
#   /etc/kubernetes/manifests that kubeadm writes, or any workload whose
#   command starts with the program, by name or path) through command-line
#   flags, or by kubeadm's configuration: the extraArgs of a
#   ClusterConfiguration's apiServer, controllerManager, scheduler and
#   etcd.local sections (kubeadm writes those into the static pods it
#   generates), and the kubeletExtraArgs of an InitConfiguration's or
#   JoinConfiguration's nodeRegistration; the same configurations inside
#   Cluster API's KubeadmControlPlane, KubeadmConfig and their templates. The kubelet's
#   KubeletConfiguration and the API server's EncryptionConfiguration are
#   objects of their own (kubelet_configurations, encryption_configurations).
# custom:
#   library: true
package evident.lib.control_plane

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

# programs: the control-plane and node programs whose flags the checks read.
programs := {"kube-apiserver", "etcd", "kubelet", "kube-controller-manager", "kube-scheduler"}

# components: every program of `programs` that the directory configures, as
# {"resource", "program", "label", "flags", "at", "kubeadm"}:
#   - flags: {name: {"value", "path"}}, the flag's name without its dashes,
#     its value as written (a string) and where it is written (for finding.at);
#     the last of two flags of one name wins, as it does for the programs;
#   - complete: every flag is known (see complete()): only then does a flag
#     that is not there show that it is not set;
#   - at: where a finding about a flag that is not set points: the container's
#     command, or kubeadm's section of the program (the resource when absent);
#   - label: the program and where it runs, for messages;
#   - kubeadm: true for a program of kubeadm's configuration, whose defaults
#     are kubeadm's rather than the program's own (it sets
#     --authorization-mode=Node,RBAC and etcd's client certificates, and runs
#     the kubelet with the KubeletConfiguration it writes).
components := array.concat(container_components, kubeadm_components)

container_components := [component |
	some workload in kubernetes.workloads
	some c in kubernetes.containers(workload)
	command := c.container.command
	is_array(command)
	program := program_of(command[0])
	args := object.get(c.container, "args", [])
	tokens := array.concat(
		[[token, array.concat(c.path, ["command", j])] | some j, token in command; j > 0],
		[[token, array.concat(c.path, ["args", j])] | some j, token in array_or_empty(args)],
	)
	component := {
		"resource": workload,
		"program": program,
		"label": concat("", [program, " (container \"", finding.value_text(c.name), "\" of ", workload.id, ")"]),
		"flags": flags(tokens),
		"complete": complete(tokens, args),
		"at": array.concat(c.path, ["command"]),
		"kubeadm": false,
	}
]

# complete(tokens, args): every token of the command line is known (a Terraform kubernetes
# resource may set one from a variable: an unknown token may be any flag) and args is a list or
# absent. Only a complete command line shows that a flag is not set.
complete(tokens, args) if {
	is_array(args)
	every pair in tokens {
		known_token(pair[0])
	}
} else := false

known_token(token) if is_string(token)

known_token(token) if is_number(token)

# static_pods: the ids of the control plane's static pods: Pods of kube-system whose container runs
# kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as kubeadm writes them to
# /etc/kubernetes/manifests. They run as root, on the node's network, with the node's certificate
# folders mounted, by design, and a static pod cannot use a service account: the checks of
# workload hardening (EVD-K8S-004, 005, 006, 007, 009, 010, 018) leave them to the checks of
# the control plane.
static_pods := {w.id |
	some w in kubernetes.workloads
	w.kind == "Pod"
	values.may_be(w.namespace, "kube-system")
	some c in object.get(w.podSpec, "containers", [])
	may_run_control_plane(c)
}

# may_run_control_plane(container): the container runs the API server, etcd, the controller
# manager or the scheduler, or a command that is not known here.
may_run_control_plane(container) if values.is_unknown(container.command)

may_run_control_plane(container) if values.is_unknown(container.command[0])

may_run_control_plane(container) if {
	is_array(container.command)
	program_of(container.command[0]) in static_pod_programs
}

# static_pod_programs: the programs kubeadm runs as static pods (the kubelet runs on the node).
static_pod_programs := programs - {"kubelet"}

# objects(kind, group): the objects of one kind of one API group ("kubeadm.k8s.io/"): a kind such
# as ClusterConfiguration or KubeletConfiguration means the cluster's own only in its group.
objects(kind, group) := [r |
	some r in kubernetes.resources_of_kind(kind)
	startswith(r.apiVersion, group)
]

# kubelet_configurations: the kubelet's configuration files (KubeletConfiguration).
kubelet_configurations := objects("KubeletConfiguration", "kubelet.config.k8s.io/")

# encryption_configurations: the API server's EncryptionConfiguration files.
encryption_configurations := objects("EncryptionConfiguration", "apiserver.config.k8s.io/")

# static_pod(workload): the workload is one of static_pods.
static_pod(workload) if static_pods[workload.id]

# program_of(token): the program a command runs, by name or by path (/usr/local/bin/kube-apiserver).
program_of(token) := program if {
	is_string(token)
	parts := split(token, "/")
	program := parts[count(parts) - 1]
	program in programs
}

array_or_empty(v) := v if {
	is_array(v)
} else := []

# flags(tokens): the flags of [token, path] pairs: --name=value, or --name followed by its
# value (a token that is not a flag), or --name alone (a boolean flag: "true").
flags(tokens) := {name: {"value": value, "path": path} |
	some i, [token, path] in tokens
	name := flag_name(token)
	not flag_later(tokens, i, name)
	value := flag_value(tokens, i, token)
}

flag_name(token) := name if {
	is_string(token)
	startswith(token, "-")
	name := split(trim_left(token, "-"), "=")[0]
	name != ""
}

flag_later(tokens, i, name) if {
	some j, [token, _] in tokens
	j > i
	flag_name(token) == name
}

flag_value(tokens, i, token) := substring(token, indexof(token, "=") + 1, -1) if {
	contains(token, "=")
} else := value if {
	value := token_text(tokens[i + 1][0])
	not startswith(value, "-")
} else := value if {
	# the next token is not known: nor is the flag's value
	value := tokens[i + 1][0]
	not known_token(value)
} else := "true"

# token_text(v): a command token as text (YAML may write a port as a number).
token_text(v) := v if {
	is_string(v)
} else := json.marshal(v) if {
	is_number(v)
}

# kubeadm_sections: the sections of a kubeadm ClusterConfiguration, the program each configures
# and where its arguments are inside the configuration.
kubeadm_sections := {
	"apiServer": {"program": "kube-apiserver", "path": ["apiServer", "extraArgs"]},
	"controllerManager": {"program": "kube-controller-manager", "path": ["controllerManager", "extraArgs"]},
	"scheduler": {"program": "kube-scheduler", "path": ["scheduler", "extraArgs"]},
	"etcd": {"program": "etcd", "path": ["etcd", "local", "extraArgs"]},
}

# cluster_configurations: [resource, where its ClusterConfiguration is, whether it is complete]
# for kubeadm's own ClusterConfiguration files and Cluster API's KubeadmControlPlane objects
# (spec.kubeadmConfigSpec.clusterConfiguration), whose machines kubeadm configures so. A
# KubeadmControlPlaneTemplate is the template of a ClusterClass, whose patches may add
# arguments when a cluster is made from it: only the arguments it writes are judged.
cluster_configurations := array.concat(
	array.concat(
		[[r, ["object"], true] | some r in objects("ClusterConfiguration", "kubeadm.k8s.io/")],
		[[r, ["object", "spec", "kubeadmConfigSpec", "clusterConfiguration"], true] |
			some r in objects("KubeadmControlPlane", "controlplane.cluster.x-k8s.io/")
		],
	),
	[[r, ["object", "spec", "template", "spec", "kubeadmConfigSpec", "clusterConfiguration"], false] |
		some r in objects("KubeadmControlPlaneTemplate", "controlplane.cluster.x-k8s.io/")
	],
)

# node_registrations: [resource, where a nodeRegistration is] of kubeadm's InitConfiguration and
# JoinConfiguration files and of Cluster API's kubeadm configurations (the init and join
# configurations of a KubeadmControlPlane, a KubeadmConfig, and their templates).
node_registrations := array.concat(
	[[r, ["object", "nodeRegistration"]] |
		some kind in ["InitConfiguration", "JoinConfiguration"]
		some r in objects(kind, "kubeadm.k8s.io/")
	],
	[[r, array.concat(spec, [configuration, "nodeRegistration"])] |
		some [kind, group, spec] in [
			["KubeadmControlPlane", "controlplane.cluster.x-k8s.io/", ["object", "spec", "kubeadmConfigSpec"]],
			["KubeadmControlPlaneTemplate", "controlplane.cluster.x-k8s.io/", ["object", "spec", "template", "spec", "kubeadmConfigSpec"]],
			["KubeadmConfig", "bootstrap.cluster.x-k8s.io/", ["object", "spec"]],
			["KubeadmConfigTemplate", "bootstrap.cluster.x-k8s.io/", ["object", "spec", "template", "spec"]],
		]
		some r in objects(kind, group)
		some configuration in ["initConfiguration", "joinConfiguration"]
		is_object(object.get(r, array.concat(spec, [configuration]), null))
	],
)

# kubeadm_components: the programs of every ClusterConfiguration (see cluster_configurations),
# each with the extraArgs of its section (a map in v1beta3 and before, a list of {name, value}
# from v1beta4), and the kubelet of every nodeRegistration with its kubeletExtraArgs. kubeadm
# runs the API server, controller manager and scheduler whether their section is written or not,
# a local etcd unless etcd.external names one of the cluster's own, and the kubelet with the
# KubeletConfiguration it writes (--config).
kubeadm_components := array.concat(
	[component |
		some [config, at, whole] in cluster_configurations
		some section in kubeadm_sections
		not external_etcd(config, at, section.program)
		component := kubeadm_component(config, section.program, array.concat(at, section.path), whole)
	],
	[component |
		some [config, at] in node_registrations
		component := kubeadm_component(config, "kubelet", array.concat(at, ["kubeletExtraArgs"]), true)
	],
)

kubeadm_component(config, program, path, whole) := {
	"resource": config,
	"program": program,
	"label": concat("", [program, " of ", config.id]),
	"flags": extra_args(config, path),
	"complete": kubeadm_complete(config, path, whole),
	"at": deepest(config, path),
	"kubeadm": true,
}

external_etcd(config, at, "etcd") if object.get(config, array.concat(at, ["etcd", "external"]), null) != null

# kubeadm_complete(config, path, whole): the arguments at path are all there is (not a template
# that patches may add to) and known.
kubeadm_complete(config, path, true) := complete_args(object.get(config, path, {}))

kubeadm_complete(_, _, false) := false

# complete_args(args): kubeadm's arguments are known (not set from a variable), and so is the
# name of each (v1beta4's list).
complete_args(args) if {
	is_object(args)
	not values.is_unknown(args)
} else if {
	is_array(args)
	every arg in args {
		is_string(arg.name)
	}
} else := false

# extra_args(config, path): the flags of kubeadm's arguments at path (extraArgs, kubeletExtraArgs).
extra_args(config, path) := {name: {"value": arg_value(value), "path": array.concat(path, [name])} |
	some name, value in object.get(config, path, {})
	is_string(name)
} if {
	is_object(object.get(config, path, null))
	not values.is_unknown(object.get(config, path, null))
} else := {arg.name: {"value": arg_value(arg.value), "path": array.concat(path, [i])} |
	some i, arg in object.get(config, path, [])
	is_string(arg.name)
	not arg_later(config, path, i, arg.name)
}

# arg_value(v): an argument's value as text, or as it is when not known here.
arg_value(v) := token_text(v) if {
	known_token(v)
} else := v

arg_later(config, path, i, name) if {
	some j, arg in object.get(config, path, [])
	j > i
	arg.name == name
}

# deepest(config, path): where a finding about an argument that is not set points: kubeadm's
# arguments (path), else the deepest section of the resource that holds them, else [] (the
# resource itself).
deepest(config, path) := p if {
	written := [q |
		some n in numbers.range(2, count(path))
		q := array.slice(path, 0, n)
		object.get(config, q, null) != null
	]
	p := written[count(written) - 1]
} else := []

# set(component, name): the flag is set to a value other than "" (or to one not known here).
set(component, name) if component.flags[name].value != ""

# value(component, name): the flag's value; undefined when it is not set or not known here.
value(component, name) := v if {
	v := component.flags[name].value
	is_string(v)
	v != ""
}

# finding(component, path, msg): a finding at `path` inside the component's resource (a flag's
# path or component.at), or at the resource itself when the path is empty.
finding(component, path, msg) := finding.of(component.resource, msg) if {
	count(path) == 0
} else := finding.at(component.resource, path, msg)

# flag_may_be_true(component, name): the flag is set to true, or to a value not known here. Negate
# this rule rather than `not value(…) == "true"`: OPA hoists the call out of the negation, and an
# unset flag would make the caller fail instead of succeed.
flag_may_be_true(component, name) if values.may_be(component.flags[name].value, "true")

# flag_path(component, name): where the flag is written, or component.at when it is not.
flag_path(component, name) := p if {
	p := component.flags[name].path
} else := component.at

# of_program(name): the components that run the program `name`.
of_program(name) := [c | some c in components; c.program == name]

# list_has(v, item): a comma-separated flag value (--authorization-mode=Node,RBAC) lists item.
list_has(v, item) if {
	some part in split(v, ",")
	trim_space(part) == item
}

# uses_http(v): a comma-separated list of URLs (--etcd-servers, --listen-client-urls) has a
# plain http:// one.
uses_http(v) if {
	some url in split(v, ",")
	startswith(lower(trim_space(url)), "http://")
}
