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
