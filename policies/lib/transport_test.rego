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
