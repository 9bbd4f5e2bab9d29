package evident.lib.values_test

import data.evident.lib.values

test_true_value if {
	values.true_value(true)
	values.true_value("TRUE")
	not values.true_value("yes")
	not values.true_value(1)
	not values.true_value({"__unknown__": "var.x", "refs": ["var.x"]})
}

test_known_object if {
	values.known_object({"a": 1})
	not values.known_object({"__unknown__": "var.x", "refs": ["var.x"]})
	not values.known_object("x")
}

test_known if {
	values.known({"a": 1}) == {"a": 1}
	values.known(values.known({"a": {"b": 2}}).a) == {"b": 2}
	not values.known({"__unknown__": "var.x", "refs": ["var.x"]})
	not values.known("x")
	not values.known(null)
}

test_flag_off if {
	values.flag_off({}, "Logs", "Audit") == [[], "absent"]
	values.flag_off({"Logs": null}, "Logs", "Audit") == [[], "absent"]
	values.flag_off({"Logs": {}}, "Logs", "Audit") == [["Logs"], "unset"]
	values.flag_off({"Logs": {"Audit": null}}, "Logs", "Audit") == [["Logs"], "unset"]
	values.flag_off({"Logs": {"Audit": false}}, "Logs", "Audit") == [["Logs", "Audit"], "false"]
	values.flag_off({"Logs": {"Audit": "False"}}, "Logs", "Audit") == [["Logs", "Audit"], "false"]
	not values.flag_off({"Logs": {"Audit": true}}, "Logs", "Audit")
	not values.flag_off({"Logs": {"Audit": "true"}}, "Logs", "Audit")
	not values.flag_off({"Logs": {"Audit": "no"}}, "Logs", "Audit")
	not values.flag_off({"Logs": {"__unknown__": "Ref P", "refs": ["P"]}}, "Logs", "Audit")
	not values.flag_off({"Logs": {"Audit": {"__unknown__": "Ref P", "refs": ["P"]}}}, "Logs", "Audit")
	not values.flag_off({"Logs": "audit"}, "Logs", "Audit")
}

test_lower_text if {
	values.lower_text("ON") == "on"
	values.lower_text(1) == "1"
	values.lower_text(false) == "false"
	values.lower_text(null) == "null"
}

test_placeholder_text if {
	every v in ["changeme", "CHANGEME00000000", "change_me-xxxx", "ReplaceMe", "FIXME", "todo...", "${DB_PASSWORD}", "<password>", "****", "%SECRET%", "LICENSE_HERE", "{ GCP_SERVICE_ACCOUNT_JSON_HERE }"] {
		values.placeholder_text(v)
	}
	every v in ["changeme2024!", "Zx9-registry-Pa55", "CHANGEME-prod-key-7f3a", "todos", "0000", "key_here", "HERE", "AKIA_HERE_7f3aQ9x"] {
		not values.placeholder_text(v)
	}
}
