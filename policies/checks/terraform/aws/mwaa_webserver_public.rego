# METADATA
# title: Airflow web server of an MWAA environment is on the internet
# description: >-
#   An aws_mwaa_environment sets webserver_access_mode = "PUBLIC_ONLY": the
#   Apache Airflow UI and REST API of the environment answer on a public
#   endpoint, reachable from anywhere. Airflow's UI shows DAG code,
#   connections, variables, task logs and the data pipelines move, often
#   personal or health data, and the endpoint is then one password phish or
#   Airflow vulnerability away from it. The default, PRIVATE_ONLY, serves it
#   inside the VPC only. Not reported: a value from a variable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-networking.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mwaa_environment#webserver_access_mode
# custom:
#   id: EVD-TF-281
#   severity: medium
#   remediation: >-
#     Set webserver_access_mode = "PRIVATE_ONLY" and reach the UI through the
#     VPC (a VPN, a bastion, or an interface endpoint).
#   selector:
#     input: terraform
#     resources: [aws_mwaa_environment]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: The console of pipelines that move ePHI should not be reachable by unauthorised parties from the internet.
#     gdpr: Exposing the control plane of personal-data processing to the internet undermines the confidentiality of processing systems and data protection by default.
package evident.checks.terraform.mwaa_webserver_public

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some environment in terraform.resources("aws_mwaa_environment")
	environment.config.webserver_access_mode == "PUBLIC_ONLY"
	f := finding.at(environment, ["config", "webserver_access_mode"], finding.format("%s serves its Airflow web server on a public endpoint (webserver_access_mode = \"PUBLIC_ONLY\")", [environment.id]))
}
