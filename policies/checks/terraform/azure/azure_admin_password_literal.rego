# METADATA
# title: Azure VM, database or cluster administrator password is written in the code
# description: >-
#   An Azure virtual machine or database sets its administrator password to a
#   literal: admin_password of azurerm_linux_virtual_machine,
#   azurerm_windows_virtual_machine and their scale sets, in the os_profile of
#   a legacy azurerm_virtual_machine or azurerm_virtual_machine_scale_set, in
#   the os_profile linux_configuration or windows_configuration of an
#   azurerm_orchestrated_virtual_machine_scale_set, and in the windows_profile
#   of an azurerm_kubernetes_cluster (its Windows nodes);
#   administrator_login_password of azurerm_mssql_server, azurerm_sql_server,
#   azurerm_mssql_managed_instance, azurerm_sql_managed_instance,
#   azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server
#   and azurerm_cosmosdb_postgresql_cluster; administrator_password of
#   azurerm_postgresql_flexible_server and azurerm_mysql_flexible_server;
#   sql_administrator_login_password of azurerm_synapse_workspace; and the
#   write-only administrator_login_password_wo (azurerm_mssql_server,
#   azurerm_postgresql_server) and administrator_password_wo (the two flexible
#   servers) of azurerm provider v4, which are kept out of the state but still
#   committed with the code; and the gateway password and node-role (head,
#   worker, ZooKeeper, edge, Kafka management) passwords of HDInsight clusters. The credential that opens the machine or the
#   database is then in the repository and its history (and, except for the
#   write-only arguments, in the state). A value that comes from a
#   secret-looking variable with a committed value is reported by EVD-TF-057
#   instead, at the variable. Not reported: a value that cannot be resolved (a
#   variable without value, random_password, a Key Vault secret), arguments
#   inside dynamic blocks, and plan files, whose values may have been passed at
#   plan time (TF_VAR_*), not written in code. Whether password log-ins are
#   allowed at all is judged by EVD-TF-215 (Linux VMs).
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#administrator_login_password_wo
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#admin_password
#   - ref: https://developer.hashicorp.com/terraform/language/resources/ephemeral/write-only
#   - ref: https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets
# custom:
#   id: EVD-TF-217
#   severity: high
#   remediation: >-
#     Prefer Microsoft Entra authentication (azuread_administrator with
#     azuread_authentication_only on SQL servers, Entra ID log-in and SSH keys
#     on VMs); where a password is needed, generate it (random_password) and
#     keep it in Key Vault, or read it from Key Vault into the write-only *_wo
#     argument; rotate the committed password.
#   selector:
#     input: terraform
#     resources: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set, azurerm_virtual_machine, azurerm_virtual_machine_scale_set, azurerm_orchestrated_virtual_machine_scale_set, azurerm_kubernetes_cluster, azurerm_mssql_server, azurerm_sql_server, azurerm_mssql_managed_instance, azurerm_sql_managed_instance, azurerm_postgresql_server, azurerm_postgresql_flexible_server, azurerm_mysql_server, azurerm_mysql_flexible_server, azurerm_mariadb_server, azurerm_cosmosdb_postgresql_cluster, azurerm_synapse_workspace, azurerm_hdinsight_hadoop_cluster, azurerm_hdinsight_hbase_cluster, azurerm_hdinsight_interactive_query_cluster, azurerm_hdinsight_kafka_cluster, azurerm_hdinsight_spark_cluster]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: An administrator password in source code defeats authentication of access to the machines and databases that hold ePHI.
#     gdpr: A leaked administrator credential compromises the confidentiality of the personal data the machine or database processes.
package evident.checks.terraform.azure_admin_password_literal

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

# Top-level password arguments. The write-only *_wo arguments of azurerm v4
# are kept out of the state, but a literal written there is still committed
# with the code.
password_attrs := {
	"azurerm_linux_virtual_machine": ["admin_password"],
	"azurerm_windows_virtual_machine": ["admin_password"],
	"azurerm_linux_virtual_machine_scale_set": ["admin_password"],
	"azurerm_windows_virtual_machine_scale_set": ["admin_password"],
	"azurerm_mssql_server": ["administrator_login_password", "administrator_login_password_wo"],
	"azurerm_sql_server": ["administrator_login_password"],
	"azurerm_mssql_managed_instance": ["administrator_login_password"],
	"azurerm_sql_managed_instance": ["administrator_login_password"],
	"azurerm_postgresql_server": ["administrator_login_password", "administrator_login_password_wo"],
	"azurerm_postgresql_flexible_server": ["administrator_password", "administrator_password_wo"],
	"azurerm_mysql_server": ["administrator_login_password"],
	"azurerm_mysql_flexible_server": ["administrator_password", "administrator_password_wo"],
	"azurerm_mariadb_server": ["administrator_login_password"],
	"azurerm_cosmosdb_postgresql_cluster": ["administrator_login_password"],
	"azurerm_synapse_workspace": ["sql_administrator_login_password"],
}

deny contains f if {
	not input.format == "plan"
	some type, attrs in password_attrs
	some r in terraform.resources(type)
	some attr in attrs
	value := r.config[attr]
	aws.code_secret(value)
	f := finding.secret_at(r, ["config", attr], finding.format("%s sets %s to a literal value", [r.id, attr]))
}

# One block level: os_profile { admin_password } of the legacy VM and scale
# set, windows_profile { admin_password } of an AKS cluster.
profile_blocks := {
	"azurerm_virtual_machine": "os_profile",
	"azurerm_virtual_machine_scale_set": "os_profile",
	"azurerm_kubernetes_cluster": "windows_profile",
}

deny contains f if {
	not input.format == "plan"
	some type, block in profile_blocks
	some r in terraform.resources(type)
	some i, profile in terraform.blocks(r.config, block)
	value := profile.admin_password
	aws.code_secret(value)
	f := finding.secret_at(r, ["config", block, i, "admin_password"], finding.format("%s sets admin_password in %s to a literal value", [r.id, block]))
}

# os_profile { linux_configuration | windows_configuration { admin_password } }
# of an orchestrated scale set.
deny contains f if {
	not input.format == "plan"
	some r in terraform.resources("azurerm_orchestrated_virtual_machine_scale_set")
	some i, profile in terraform.blocks(r.config, "os_profile")
	some os in ["linux_configuration", "windows_configuration"]
	some j, conf in terraform.blocks(profile, os)
	value := conf.admin_password
	aws.code_secret(value)
	f := finding.secret_at(r, ["config", "os_profile", i, os, j, "admin_password"], finding.format("%s sets admin_password in os_profile %s to a literal value", [r.id, os]))
}

# HDInsight clusters: the gateway (Ambari and cluster HTTP) login and the SSH
# login of each node role (roles { head_node | worker_node | … { password } }).
# Found on the azurerm provider's examples.
hdinsight_types := {
	"azurerm_hdinsight_hadoop_cluster",
	"azurerm_hdinsight_hbase_cluster",
	"azurerm_hdinsight_interactive_query_cluster",
	"azurerm_hdinsight_kafka_cluster",
	"azurerm_hdinsight_spark_cluster",
}

deny contains f if {
	not input.format == "plan"
	some type in hdinsight_types
	some r in terraform.resources(type)
	some i, gateway in terraform.blocks(r.config, "gateway")
	value := gateway.password
	aws.code_secret(value)
	f := finding.secret_at(r, ["config", "gateway", i, "password"], finding.format("%s sets the gateway password to a literal value", [r.id]))
}

deny contains f if {
	not input.format == "plan"
	some type in hdinsight_types
	some r in terraform.resources(type)
	some i, roles in terraform.blocks(r.config, "roles")
	some node in ["head_node", "worker_node", "zookeeper_node", "edge_node", "kafka_management_node"]
	some j, conf in terraform.blocks(roles, node)
	value := conf.password
	aws.code_secret(value)
	f := finding.secret_at(r, ["config", "roles", i, node, j, "password"], finding.format("%s sets the password of its %s to a literal value", [r.id, node]))
}
