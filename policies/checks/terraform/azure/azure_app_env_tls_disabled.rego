# METADATA
# title: Azure app or container settings turn TLS off
# description: >-
#   The settings an Azure App Service or Function app gives its program
#   (app_settings), or the environment of a Container App's or container
#   group's containers, disable TLS certificate verification
#   (NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY),
#   connect to a remote database with TLS turned off in its URL
#   (sslmode=disable or allow, ssl=false, tls=false, useSSL=false,
#   ssl-mode=DISABLED), or turn a database client's TLS setting off
#   (PGSSLMODE=disable, DB_SSL=false, MYSQL_SSL_MODE=off, …). The same reading
#   as every other environment (EVD-ENV-002, EVD-ENV-004, EVD-DC-007,
#   EVD-K8S-034, EVD-TF-266): a URL to a local or private host is not
#   reported, nor is a value Terraform does not know.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/app-service/configure-common
#   - ref: https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls
# custom:
#   id: EVD-TF-268
#   severity: medium
#   remediation: >-
#     Remove the setting that disables certificate verification and give the
#     app the CA that signs the server's certificate instead
#     (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE); connect to databases with
#     sslmode=verify-full (or the driver's equivalent).
#   selector:
#     input: terraform
#     resources: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_app_service, azurerm_function_app, azurerm_container_app, azurerm_container_group]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires encrypting ePHI sent over networks and authenticating the endpoint it is sent to; these settings remove one or the other.
#     gdpr: Encryption in transit is a named measure, and protects personal data only when the peer is authenticated.
package evident.checks.terraform.azure_app_env_tls_disabled

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.transport

deny contains f if {
	some r in terraform.resources_of(azure.app_types)
	some v in azure.app_variables(r)
	some msg in transport.tls_off_messages(r.id, v.name, v.value)
	f := finding.at(r, v.path, msg)
}
