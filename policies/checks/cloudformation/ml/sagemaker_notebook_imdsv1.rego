# METADATA
# title: SageMaker notebook instance accepts IMDSv1 (no session token required)
# description: >-
#   An AWS::SageMaker::NotebookInstance without
#   InstanceMetadataServiceConfiguration, or whose
#   MinimumInstanceMetadataServiceVersion is 1: SageMaker then creates the
#   notebook instance with IMDSv1 allowed (its default), so a server-side
#   request forgery in the notebook's Jupyter server, an extension or code a
#   user runs can read the instance's execution role credentials with a plain
#   GET, and with them the buckets of training data the role reads. The twin of
#   EVD-CFN-076 for notebook instances. Not reported: a version from a
#   parameter without a default or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-imds.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-notebookinstance-instancemetadataserviceconfiguration.html
# custom:
#   id: EVD-CFN-125
#   severity: medium
#   remediation: >-
#     Add InstanceMetadataServiceConfiguration with
#     MinimumInstanceMetadataServiceVersion: "2".
#   selector:
#     input: cloudformation
#     resources: [AWS::SageMaker::NotebookInstance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: IMDSv2 keeps the notebook's role credentials, which reach the ePHI it analyses, away from request-forgery attacks.
#     gdpr: Requiring session tokens is a protective default against credential theft from systems that process personal data.
package evident.checks.cloudformation.sagemaker_notebook_imdsv1

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some notebook in cfn.resources("AWS::SageMaker::NotebookInstance")
	values.absent_or_null(notebook.properties, "InstanceMetadataServiceConfiguration")
	f := finding.of(notebook, finding.format("%s does not require IMDSv2 session tokens (no InstanceMetadataServiceConfiguration: the minimum version defaults to 1)", [notebook.id]))
}

deny contains f if {
	some notebook in cfn.resources("AWS::SageMaker::NotebookInstance")
	aws.imds_version_one(notebook.properties.InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion)
	f := finding.at(notebook, ["properties", "InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion"], finding.format("%s sets MinimumInstanceMetadataServiceVersion to 1: the metadata service answers IMDSv1 requests without a session token", [notebook.id]))
}
