# METADATA
# title: GKE nodes run as the Compute Engine default service account
# description: >-
#   A google_container_node_pool, an inline node_pool of a
#   google_container_cluster, or a cluster's default node pool has no
#   node_config, a node_config without service_account, or one that names the
#   default account ("default", or <number>-compute@developer.gserviceaccount.com).
#   Its nodes then run as the Compute Engine default service account, which
#   holds the Editor role on the project unless an organization policy took it
#   away: anyone who reaches a node's credentials (a compromised container,
#   a pod on a cluster without Workload Identity, a kubelet exploit) can read
#   and change the project's databases and buckets. Every tool that runs on
#   the nodes (logging, monitoring, image pulls) needs only the roles of a
#   dedicated least-privilege account. The default pool is only read when the
#   cluster keeps it: not with remove_default_node_pool = true, inline
#   node_pool blocks, or Autopilot (which gives no node_config). A
#   service_account that cannot be resolved, and a node_config or pool list
#   built by a dynamic block, are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#service_account
# custom:
#   id: EVD-TF-249
#   severity: medium
#   remediation: >-
#     Create a google_service_account for the nodes with roles/container.defaultNodeServiceAccount
#     (or the logging, monitoring and Artifact Registry reader roles), and set
#     node_config { service_account = google_service_account.nodes.email } on
#     every node pool.
#   selector:
#     input: terraform
#     resources: [google_container_cluster, google_container_node_pool]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Nodes that act as a project editor give whoever compromises one access to every ePHI store of the project, beyond what the workloads were granted.
#     gdpr: A dedicated least-privilege identity for the nodes is data protection by default and limits who can reach personal data.
package evident.checks.terraform.gcp_gke_nodes_default_service_account

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some [r, pool, at, label] in node_pools
	values.absent_or_null(pool, "node_config")
	not pool.dynamic.node_config
	f := finding.at(r, at, message(label, "no node_config"))
}

deny contains f if {
	some [r, pool, at, label] in node_pools
	some i, node_config in terraform.blocks(pool, "node_config")
	values.absent_or_null(node_config, "service_account")
	f := finding.at(r, array.concat(at, terraform.block_path(pool, "node_config", i)), message(label, "node_config sets no service_account"))
}

deny contains f if {
	some [r, pool, at, label] in node_pools
	some i, node_config in terraform.blocks(pool, "node_config")
	account := node_config.service_account
	default_name(account)
	path := array.concat(array.concat(at, terraform.block_path(pool, "node_config", i)), ["service_account"])
	f := finding.at(r, path, message(label, finding.format("service_account = %s", [account])))
}

# node_pools: [resource, pool, path, name] of every node pool the module's GKE
# resources create (computed once for the three rules).
node_pools := [[r, pool, at, label] |
	some r in terraform.resources_of(["google_container_cluster", "google_container_node_pool"])
	some [pool, at, label] in pools(r)
]

message(label, why) := finding.format("%s runs its nodes as the Compute Engine default service account (%s)", [label, why])

# pools(r): [the object holding a pool's node_config, its path, the pool's
# name in messages] for each node pool the resource creates: gcp.gke_pools, or
# the default pool of a cluster that keeps it.
pools(r) := written if {
	written := gcp.gke_pools(r)
	count(written) > 0
}

else := [[r.config, ["config"], r.id]] if {
	r.type == "google_container_cluster"
	keeps_default_pool(r)
} else := []

# keeps_default_pool(r): a cluster whose default node pool stays: no inline or
# dynamic node_pool, remove_default_node_pool and enable_autopilot false or unset.
keeps_default_pool(r) if {
	values.absent_or_null(r.config, "node_pool")
	not r.config.dynamic.node_pool
	values.is_false_or_absent(r.config, "remove_default_node_pool")
	values.is_false_or_absent(r.config, "enable_autopilot")
}

# default_name(v): the name of the Compute Engine default service account.
default_name(v) if lower(v) == "default"

default_name(v) if gcp.compute_default_account(v)
