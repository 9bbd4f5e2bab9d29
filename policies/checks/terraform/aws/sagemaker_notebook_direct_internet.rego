# METADATA
# title: SageMaker notebook instance has direct internet access
# description: >-
#   An aws_sagemaker_notebook_instance sets direct_internet_access to
#   "Enabled" or leaves it out (the default is Enabled). SageMaker then gives
#   the notebook a network interface with internet access in a VPC that AWS
#   manages, beside the one in subnet_id if any: the notebook, where data
#   scientists keep their working copies of training data, can download code
#   and upload data anywhere, and that traffic passes none of the account's
#   controls (security groups, network ACLs, proxies, VPC endpoint policies,
#   flow logs). An unknown value is not reported. Root access on the notebook
#   (root_access, also Enabled by default) is a different question, about
#   what its users may change on the instance, and is not judged here.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access
# custom:
#   id: EVD-TF-187
#   severity: medium
#   remediation: >-
#     Place the notebook in a private subnet (subnet_id and security_groups)
#     and set direct_internet_access = "Disabled"; give it the access it needs
#     through VPC endpoints (S3, SageMaker API, CodeArtifact) or a NAT gateway
#     or proxy the organisation controls and logs.
#   selector:
#     input: terraform
#     resources: [aws_sagemaker_notebook_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A notebook holding ePHI should reach only the networks the covered entity controls, so that access and transmission can be restricted and audited.
#     gdpr: An uncontrolled path to the internet from a copy of personal data undermines the ongoing confidentiality of the processing system.
package evident.checks.terraform.sagemaker_notebook_direct_internet

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some notebook in terraform.resources("aws_sagemaker_notebook_instance")
	values.absent_or_null(notebook.config, "direct_internet_access")
	f := finding.of(notebook, finding.format("%s does not set direct_internet_access = \"Disabled\": the notebook reaches the internet outside the VPC (the default is Enabled)", [notebook.id]))
}

deny contains f if {
	some notebook in terraform.resources("aws_sagemaker_notebook_instance")
	value := notebook.config.direct_internet_access
	is_string(value)
	lower(value) == "enabled"
	f := finding.at(notebook, ["config", "direct_internet_access"], finding.format("%s sets direct_internet_access = \"Enabled\": the notebook reaches the internet outside the VPC", [notebook.id]))
}
