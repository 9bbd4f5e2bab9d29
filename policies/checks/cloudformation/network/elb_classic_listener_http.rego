# METADATA
# title: Classic load balancer listener serves plain HTTP
# description: >-
#   An AWS::ElasticLoadBalancing::LoadBalancer (Classic Load Balancer) has a
#   listener with Protocol HTTP: clients reach the application on that port
#   without TLS, so requests, session cookies and responses with personal data
#   travel in clear text between the client and the load balancer. A Classic
#   Load Balancer cannot redirect HTTP to HTTPS itself, so an HTTP listener
#   serves the application. Not reported: HTTPS and SSL listeners, TCP
#   listeners (which may carry TLS that the instances terminate), and listeners
#   or protocols the template leaves undecided.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancing-loadbalancer.html
# custom:
#   id: EVD-CFN-109
#   severity: high
#   remediation: >-
#     Serve the application on an HTTPS (or SSL) listener with an
#     SSLCertificateId, remove the HTTP listener, and move to an application
#     load balancer, which can redirect HTTP to HTTPS.
#   selector:
#     input: cloudformation
#     resources: ["AWS::ElasticLoadBalancing::LoadBalancer"]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI sent over the network must be protected against interception; plain HTTP is not.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.elb_classic_listener_http

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some elb in cfn.resources("AWS::ElasticLoadBalancing::LoadBalancer")
	some i, listener in elb.properties.Listeners
	protocol := listener.Protocol
	is_string(protocol)
	lower(protocol) == "http"
	f := finding.at(elb, ["properties", "Listeners", i, "Protocol"], finding.format("%s has a listener on port %s that serves plain HTTP: requests and responses cross the network in clear text", [elb.id, finding.value_text(listener.LoadBalancerPort)]))
}
