# METADATA
# title: Classic load balancer listener serves plain HTTP
# description: >-
#   An aws_elb (Classic Load Balancer) has a listener with lb_protocol =
#   "http": clients reach the application on that port without TLS, so
#   requests, session cookies and responses with personal data travel in clear
#   text between the client and the load balancer. A Classic Load Balancer
#   cannot redirect HTTP to HTTPS itself (application load balancers can: their
#   redirect listeners are not reported by EVD-TF-026), so an HTTP listener
#   serves the application. Not reported: HTTPS and SSL listeners, TCP
#   listeners (which may carry TLS that the instances terminate), dynamic
#   listener blocks and unknown protocols.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener
# custom:
#   id: EVD-TF-264
#   severity: high
#   remediation: >-
#     Serve the application on an HTTPS (or SSL) listener with a certificate
#     (ssl_certificate_id), remove the HTTP listener, and move to an application
#     load balancer, which can redirect HTTP to HTTPS.
#   selector:
#     input: terraform
#     resources: [aws_elb]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI sent over the network must be protected against interception; plain HTTP is not.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.elb_classic_listener_http

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some elb in terraform.resources("aws_elb")
	some i, listener in terraform.blocks(elb.config, "listener")
	protocol := listener.lb_protocol
	is_string(protocol)
	lower(protocol) == "http"
	f := finding.at(elb, array.concat(["config"], array.concat(terraform.block_path(elb.config, "listener", i), ["lb_protocol"])), finding.format("%s has a listener on port %s that serves plain HTTP: requests and responses cross the network in clear text", [elb.id, finding.value_text(listener.lb_port)]))
}
