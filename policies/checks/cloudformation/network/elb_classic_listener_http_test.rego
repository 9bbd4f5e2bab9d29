package evident.checks.cloudformation.elb_classic_listener_http_test

import data.evident.checks.cloudformation.elb_classic_listener_http as check

elb(id, listeners) := {"id": id, "type": "AWS::ElasticLoadBalancing::LoadBalancer", "properties": {"Listeners": listeners}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 19}

listener(port, protocol) := {"InstancePort": "8080", "InstanceProtocol": "HTTP", "LoadBalancerPort": port, "Protocol": protocol}

msg(id, port) := sprintf("%s has a listener on port %s that serves plain HTTP: requests and responses cross the network in clear text", [id, port])

test_http_listeners if {
	check.deny == {
		{"resource": "Web", "path": ["properties", "Listeners", 0, "Protocol"], "msg": msg("Web", "80")},
		{"resource": "Mixed", "path": ["properties", "Listeners", 1, "Protocol"], "msg": msg("Mixed", "443")},
		{"resource": "Param", "path": ["properties", "Listeners", 0, "Protocol"], "msg": msg("Param", "Ref WebPort")},
	} with input as {"resources": [
		elb("Web", [listener("80", "HTTP")]),
		elb("Mixed", [object.union(listener(443, "HTTPS"), {"SSLCertificateId": "arn:aws:iam::123456789012:server-certificate/portal"}), listener(443, "http")]),
		elb("Param", [listener({"__unknown__": "Ref WebPort", "refs": ["WebPort"]}, "HTTP")]),
		elb("Tls", [object.union(listener("443", "HTTPS"), {"SSLCertificateId": "arn:aws:iam::123456789012:server-certificate/portal"})]),
		elb("Tcp", [listener("443", "TCP")]),
		elb("Unknown", [listener("80", {"__unknown__": "Ref Protocol", "refs": ["Protocol"]})]),
		elb("NoListeners", {"__unknown__": "Ref Listeners", "refs": ["Listeners"]}),
	]}
}
