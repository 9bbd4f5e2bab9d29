# METADATA
# title: Azure Data Explorer cluster leaves its disks unencrypted
# description: >-
#   An azurerm_kusto_cluster leaves disk_encryption_enabled (azurerm 3.x:
#   enable_disk_encryption) out or sets it to false; the default is false. The
#   cluster's durable data sits in Azure Storage, which is always encrypted,
#   but the cluster's own disks hold the hot cache of that data (every extent
#   a query touches in its caching period) and the OS disks: without disk
#   encryption, records of the tables a clinic or a research team queries are
#   stored on those disks unencrypted. Values that cannot be resolved are not
#   judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/data-explorer/manage-cluster-security
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kusto_cluster#disk_encryption_enabled
# custom:
#   id: EVD-TF-309
#   severity: medium
#   remediation: >-
#     Set disk_encryption_enabled = true (enable_disk_encryption = true on
#     azurerm 3.x); add an azurerm_kusto_cluster_customer_managed_key where the
#     keys must be your own.
#   selector:
#     input: terraform
#     resources: [azurerm_kusto_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: The cached copies of ePHI on the analytics cluster's disks fall under the encryption and decryption specification like the stored tables.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle, for cached copies too.
package evident.checks.terraform.azure_data_explorer_disk_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The argument's name in azurerm 4.x and in 3.x.
arguments := ["disk_encryption_enabled", "enable_disk_encryption"]

deny contains f if {
	some cluster in terraform.resources("azurerm_kusto_cluster")
	every argument in arguments {
		values.absent_or_null(cluster.config, argument)
	}
	f := finding.of(cluster, finding.format("%s leaves disk_encryption_enabled out (the default is false): the cluster's cache and OS disks are not encrypted", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("azurerm_kusto_cluster")
	some argument in arguments
	values.false_value(cluster.config[argument])
	f := finding.at(cluster, ["config", argument], finding.format("%s sets %s = false: the cluster's cache and OS disks are not encrypted", [cluster.id, argument]))
}
