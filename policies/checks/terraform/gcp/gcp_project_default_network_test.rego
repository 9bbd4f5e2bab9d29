package evident.checks.terraform.gcp_project_default_network_test

import data.evident.checks.terraform.gcp_project_default_network as check
import data.evident.lib.tf_fixtures_test as tf

test_projects_with_the_default_network_are_reported if {
	check.deny == {
		{"resource": "google_project.a", "path": ["config", "auto_create_network"], "msg": "google_project.a creates the project's default network (auto_create_network = true), whose firewall rules admit SSH and RDP from the internet"},
		{"resource": "google_project.b", "msg": "google_project.b creates the project's default network (auto_create_network is true by default), whose firewall rules admit SSH and RDP from the internet"},
	} with input as tf.doc([
		tf.res("google_project", "a", {"project_id": "a", "auto_create_network": true}),
		tf.res("google_project", "b", {"project_id": "b"}),
		tf.res("google_project", "c", {"project_id": "c", "auto_create_network": false}),
		tf.res("google_project", "d", {"project_id": "d", "auto_create_network": tf.unknown("var.network")}),
	])
}

test_the_skip_constraint_is_honoured if {
	projects := [tf.res("google_project", "b", {"project_id": "b"})]
	reported := {{"resource": "google_project.b", "msg": "google_project.b creates the project's default network (auto_create_network is true by default), whose firewall rules admit SSH and RDP from the internet"}}
	count(check.deny) == 0 with input as tf.doc(array.concat(projects, [tf.res("google_organization_policy", "skip", {"org_id": "1", "constraint": "compute.skipDefaultNetworkCreation", "boolean_policy": [{"enforced": true}]})]))
	count(check.deny) == 0 with input as tf.doc(array.concat(projects, [tf.res("google_folder_organization_policy", "skip", {"folder": "folders/1", "constraint": "constraints/compute.skipDefaultNetworkCreation", "boolean_policy": [{"enforced": tf.unknown("var.enforce")}]})]))
	count(check.deny) == 0 with input as tf.doc(array.concat(projects, [tf.res("google_org_policy_policy", "skip", {"name": {"__unknown__": "\"${var.org}/policies/compute.skipDefaultNetworkCreation\"", "refs": ["var.org"]}, "parent": tf.unknown("var.org"), "spec": [{"rules": [{"enforce": "TRUE"}]}]})]))
	check.deny == reported with input as tf.doc(array.concat(projects, [tf.res("google_organization_policy", "skip", {"org_id": "1", "constraint": "compute.skipDefaultNetworkCreation", "boolean_policy": [{"enforced": false}]})]))
	check.deny == reported with input as tf.doc(array.concat(projects, [tf.res("google_org_policy_policy", "skip", {"name": "organizations/1/policies/compute.skipDefaultNetworkCreation", "spec": [{"rules": [{"enforce": "FALSE"}]}]})]))
	check.deny == reported with input as tf.doc(array.concat(projects, [tf.res("google_organization_policy", "other", {"org_id": "1", "constraint": "compute.requireOsLogin", "boolean_policy": [{"enforced": true}]})]))
}
