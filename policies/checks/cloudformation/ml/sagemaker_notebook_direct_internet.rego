# METADATA
# title: SageMaker notebook instance has direct internet access
# description: >-
#   An AWS::SageMaker::NotebookInstance sets DirectInternetAccess to Enabled
#   or leaves it out (the default is Enabled). SageMaker then gives the
#   notebook a network interface with internet access in a VPC that AWS
#   manages, beside the one in SubnetId if any: the notebook, where data
#   scientists keep their working copies of training data, can download code
#   and upload data anywhere, and that traffic passes none of the account's
#   controls (security groups, network ACLs, proxies, VPC endpoint policies,
#   flow logs). As EVD-TF-187; a value that is not known statically (a
#   parameter without default, a condition) is not reported. RootAccess (also
#   Enabled by default) is a different question, about what the notebook's
#   users may change on the instance, and is not judged here.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html
# custom:
#   id: EVD-CFN-070
#   severity: medium
#   remediation: >-
#     Place the notebook in a private subnet (SubnetId and SecurityGroupIds)
#     and set DirectInternetAccess: Disabled; give it the access it needs
#     through VPC endpoints (S3, SageMaker API, CodeArtifact) or a NAT gateway
#     or proxy the organisation controls and logs.
#   selector:
#     input: cloudformation
#     resources: [AWS::SageMaker::NotebookInstance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A notebook holding ePHI should reach only the networks the covered entity controls, so that access and transmission can be restricted and audited.
#     gdpr: An uncontrolled path to the internet from a copy of personal data undermines the ongoing confidentiality of the processing system.
package evident.checks.cloudformation.sagemaker_notebook_direct_internet

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some notebook in cfn.resources("AWS::SageMaker::NotebookInstance")
	values.absent_or_null(notebook.properties, "DirectInternetAccess")
	f := finding.of(notebook, finding.format("%s does not set DirectInternetAccess: Disabled: the notebook reaches the internet outside the VPC (the default is Enabled)", [notebook.id]))
}

deny contains f if {
	some notebook in cfn.resources("AWS::SageMaker::NotebookInstance")
	value := notebook.properties.DirectInternetAccess
	is_string(value)
	lower(value) == "enabled"
	f := finding.at(notebook, ["properties", "DirectInternetAccess"], finding.format("%s sets DirectInternetAccess to Enabled: the notebook reaches the internet outside the VPC", [notebook.id]))
}
