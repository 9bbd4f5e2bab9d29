package evident.checks.terraform.gcp_instance_serial_port_enabled_test

import data.evident.checks.terraform.gcp_instance_serial_port_enabled as check
import data.evident.lib.tf_fixtures_test as tf

path := ["config", "metadata", "serial-port-enable"]

test_enabled_consoles_are_reported if {
	check.deny == {
		{"resource": "google_compute_instance.bool", "path": path, "msg": "google_compute_instance.bool enables the interactive serial console (metadata serial-port-enable)"},
		{"resource": "google_compute_instance.upper", "path": path, "msg": "google_compute_instance.upper enables the interactive serial console (metadata serial-port-enable)"},
		{"resource": "google_compute_instance.one", "path": path, "msg": "google_compute_instance.one enables the interactive serial console (metadata serial-port-enable)"},
		{"resource": "google_compute_instance_template.t", "path": path, "msg": "google_compute_instance_template.t enables the interactive serial console (metadata serial-port-enable)"},
		{"resource": "google_compute_project_metadata.p", "path": path, "msg": "google_compute_project_metadata.p enables the interactive serial console (metadata serial-port-enable)"},
		{"resource": "google_compute_project_metadata_item.i", "path": ["config", "value"], "msg": "google_compute_project_metadata_item.i enables the interactive serial console for the project (serial-port-enable)"},
	} with input as tf.doc([
		tf.res("google_compute_instance", "bool", {"metadata": {"serial-port-enable": true}}),
		tf.res("google_compute_instance", "upper", {"metadata": {"serial-port-enable": "TRUE", "enable-oslogin": "TRUE"}}),
		tf.res("google_compute_instance", "one", {"metadata": {"serial-port-enable": "1"}}),
		tf.res("google_compute_instance_template", "t", {"metadata": {"serial-port-enable": "true"}}),
		tf.res("google_compute_project_metadata", "p", {"metadata": {"serial-port-enable": "True"}}),
		tf.res("google_compute_project_metadata_item", "i", {"key": "serial-port-enable", "value": "true"}),
	])
}

test_disabled_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_compute_instance", "absent", {"name": "a"}),
		tf.res("google_compute_instance", "no_key", {"metadata": {"enable-oslogin": "TRUE"}}),
		tf.res("google_compute_instance", "false", {"metadata": {"serial-port-enable": false}}),
		tf.res("google_compute_instance", "false_string", {"metadata": {"serial-port-enable": "FALSE"}}),
		tf.res("google_compute_instance", "zero", {"metadata": {"serial-port-enable": "0"}}),
		tf.res("google_compute_instance", "logging", {"metadata": {"serial-port-logging-enable": "true"}}),
		tf.res("google_compute_instance", "var_value", {"metadata": {"serial-port-enable": tf.unknown("var.serial")}}),
		tf.res("google_compute_instance", "var_metadata", {"metadata": tf.unknown("var.metadata")}),
		tf.res("google_compute_instance_template", "null", {"metadata": null}),
		tf.res("google_compute_project_metadata_item", "other", {"key": "enable-oslogin", "value": "true"}),
		tf.res("google_compute_project_metadata_item", "unknown_key", {"key": tf.unknown("var.key"), "value": "true"}),
		tf.res("google_compute_project_metadata_item", "unknown_value", {"key": "serial-port-enable", "value": tf.unknown("var.v")}),
		tf.res("google_compute_project_metadata_item", "off", {"key": "serial-port-enable", "value": "false"}),
	])
}
