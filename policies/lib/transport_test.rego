package evident.lib.transport_test

import data.evident.lib.transport

test_url_reads_scheme_host_and_first_of_each_parameter if {
	transport.url("  Postgres://app:pw@DB.Example-Hosting.com:5432/records?SSLMode=disable&sslmode=require&flag#frag ") == {
		"scheme": "postgres",
		"host": "db.example-hosting.com",
		"params": {"sslmode": "disable", "flag": ""},
	}
	transport.url("http://[fd00::1]:8080/") == {"scheme": "http", "host": "[fd00::1]", "params": {}}
	not transport.url("see http://a.example-hosting.com")
	not transport.url("db.example-hosting.com:5432")
	not transport.url(5432)
}

test_local_hosts if {
	every host in ["", "${DB_HOST}", "db", "localhost", "127.0.0.2", "[::1]", "0.0.0.0", "api.local", "x.test", "docs.example.org", "10.1.2.3", "172.20.0.4", "192.168.1.1", "169.254.169.254", "vault.internal", "db.svc", "db.clinic.svc.cluster.local"] {
		transport.local_host(host)
	}
	every host in ["db.example-hosting.com", "172.32.0.1", "8.8.8.8", "[2001:db8::1]", "example.com.evil.org"] {
		not transport.local_host(host)
	}
}

test_readers_keep_what_may_turn_tls_off_as_text if {
	transport.map_variables({"LOG_LEVEL": "info", "NODE_TLS_REJECT_UNAUTHORIZED": 0, "API": "https://api.partner.org", "DB_SSL": false}, ["config", "app_settings"]) == [
		{"path": ["config", "app_settings", "API"], "name": "API", "value": "https://api.partner.org"},
		{"path": ["config", "app_settings", "DB_SSL"], "name": "DB_SSL", "value": "false"},
		{"path": ["config", "app_settings", "NODE_TLS_REJECT_UNAUTHORIZED"], "name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0"},
	]
	transport.map_variables({"__unknown__": "var.settings", "refs": ["var.settings"]}, ["config", "app_settings"]) == []
	transport.list_variables([{"Name": "PGSSLMODE", "Value": "disable"}, {"Value": "0"}, {"Name": "LOG_LEVEL", "Value": "info"}], ["Environment"], "Name", "Value") == [{"path": ["Environment", 0, "Value"], "name": "PGSSLMODE", "value": "disable"}]
	transport.list_variables({"Name": "PGSSLMODE", "Value": "disable"}, ["Environment"], "Name", "Value") == []
}

test_verification_settings_by_value if {
	transport.verification_off("NODE_TLS_REJECT_UNAUTHORIZED", "0")
	transport.verification_off("PYTHONHTTPSVERIFY", "0")
	transport.verification_off("NPM_CONFIG_STRICT_SSL", "false")
	transport.verification_off("npm_config_strict_ssl", "False")
	transport.verification_off("YARN_ENABLE_STRICT_SSL", "0")
	not transport.verification_off("NODE_TLS_REJECT_UNAUTHORIZED", "1")
	not transport.verification_off("NPM_CONFIG_STRICT_SSL", "true")
	not transport.verification_off("PYTHONHTTPSVERIFY", 0)
}

test_git_and_pip_settings_turn_verification_off_whatever_their_value if {
	every value in ["1", "true", "0", "false", "yes"] {
		transport.verification_off("GIT_SSL_NO_VERIFY", value)
	}
	transport.verification_off("PIP_TRUSTED_HOST", "pypi.internal.example files.internal.example")
	not transport.verification_off("GIT_SSL_NO_VERIFY", "")
	not transport.verification_off("PIP_TRUSTED_HOST", "")
	not transport.verification_off("PIP_INDEX_URL", "https://pypi.internal.example/simple")
	transport.may_turn_off("PIP_TRUSTED_HOST", "pypi.internal.example")
}

test_a_git_setting_that_reads_as_on_is_explained if {
	transport.verification_off_note("GIT_SSL_NO_VERIFY", "False") == " (git skips verification whenever GIT_SSL_NO_VERIFY is set, whatever its value)"
	transport.verification_off_note("GIT_SSL_NO_VERIFY", "1") == ""
	transport.verification_off_note("NODE_TLS_REJECT_UNAUTHORIZED", "0") == ""
	transport.tls_off_messages("api", "GIT_SSL_NO_VERIFY", "0") == {"api sets GIT_SSL_NO_VERIFY=0 in its environment, which disables TLS certificate verification (git skips verification whenever GIT_SSL_NO_VERIFY is set, whatever its value)"}
}
