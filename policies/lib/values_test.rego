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
	every v in ["changeme", "CHANGEME00000000", "change_me-xxxx", "ReplaceMe", "FIXME", "todo...", "${DB_PASSWORD}", "<password>", "****", "%SECRET%", "LICENSE_HERE", "{ GCP_SERVICE_ACCOUNT_JSON_HERE }", "change-me-placeholder", "CHANGE_ME_IN_PRODUCTION", "replace me please", "**access token goes here**", "my-token", "your_api_key", "some-password", "My Secret", "my-service-principal-client-secret", "p-XXXX"] {
		values.placeholder_text(v)
	}
	every v in ["changeme2024!", "Zx9-registry-Pa55", "CHANGEME-prod-key-7f3a", "todos", "0000", "key_here", "HERE", "AKIA_HERE_7f3aQ9x", "change-me-7f3aQ9x", "changemeplease", "my-token-7f3aQ9x", "mysecret", "where-Xk9#here", "prod-XXXX9"] {
		not values.placeholder_text(v)
	}
}

# base64_text: the decoded text. (Binary data, which is not text, is tested end to end in wasm: the
# Go engine of opa test reads it as text; see EVD-K8S-017's examples.)
test_base64_text if {
	values.base64_text("cGFzc3fDtnJkIOKckw==") == "passwörd ✓"
	values.base64_text("") == ""
	not values.base64_text("my-secret")
}

test_is_base64 if {
	every v in ["", "YQ==", "YWI=", "YWJj", "cGFzc3fDtnJkIOKckw==", "a+b/"] {
		values.is_base64(v)
	}
	every v in ["my-secret", "abc", "YQ=", "YQ===", "Y Q==", "not base64 !!", "supersecretpassword"] {
		not values.is_base64(v)
	}
}

test_may_be if {
	values.may_be(true, true)
	values.may_be({"__unknown__": "var.x"}, true)
	not values.may_be(false, true)
	not values.may_be(null, true)
	values.may_be_at({"a": {"b": false}}, ["a", "b"], false)
	values.may_be_at({"a": {"b": {"__unknown__": "var.b"}}}, ["a", "b"], false)
	not values.may_be_at({"a": {}}, ["a", "b"], false)
	not values.may_be_at({}, ["a", "b"], false)
	not values.may_be_at({"a": {"b": true}}, ["a", "b"], false)
}

test_unknown_text if {
	values.unknown_text({"__unknown__": "\"${var.app}-db\"", "refs": ["var.app"]}) == "${var.app}-db"
	values.unknown_text({"__unknown__": "volume.value"}) == "volume.value"
	not values.unknown_text("plain")
	not values.unknown_text({"name": "x"})
}

test_false_or_unset if {
	values.false_or_unset({}, "enabled")
	values.false_or_unset({"enabled": null}, "enabled")
	values.false_or_unset({"enabled": false}, "enabled")
	values.false_or_unset({"enabled": "False"}, "enabled")
	not values.false_or_unset({"enabled": true}, "enabled")
	not values.false_or_unset({"enabled": "true"}, "enabled")
	not values.false_or_unset({"enabled": {"__unknown__": "var.enabled", "refs": ["var.enabled"]}}, "enabled")
}

test_matched_names_the_patterns_whose_needle_and_expression_match if {
	patterns := {"curl -k": ["curl", `\bcurl\b[^|;&\n]*\s-k\b`], "wget": ["wget", `\bwget\b`]}
	values.matched("apt-get update && CURL -k https://x", patterns) == set()
	values.matched("curl -k https://x && wget https://y", patterns) == {"curl -k", "wget"}
	values.matched("curl -fsSL https://x", patterns) == set()
}

test_listed if {
	every v in [["sg-1"], "sg-1", {"__unknown__": "var.groups", "refs": ["var.groups"]}] {
		values.listed(v)
	}
	every v in [[], "", null, {}, 0] {
		not values.listed(v)
	}
}

test_off_setting if {
	every v in ["OFF", "off", " Off ", "false", "0", "no", false] {
		values.off_setting(v)
	}
	every v in ["ON", "1", "true", true, {"__unknown__": "var.x", "refs": ["var.x"]}, 0] {
		not values.off_setting(v)
	}
}
