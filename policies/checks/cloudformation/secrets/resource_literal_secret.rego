# METADATA
# title: Resource password or token is a literal in the template
# description: >-
#   A resource property that holds a credential (an RDS, DocumentDB, Neptune
#   or Redshift master password, an ElastiCache AuthToken, a Directory Service
#   or Amazon MQ password, a Secrets Manager SecretString, a DMS endpoint
#   password, an Amplify access or OAuth token or basic-auth password, an IAM
#   user's console password, an OpenSearch master user password, a CodeBuild
#   source credential token, an Alexa skill client secret or refresh token, a
#   Redshift Serverless or DocumentDB elastic admin password, a Lightsail
#   database's master password, a DataSync location's secret key or SMB
#   password, an ElastiCache or MemoryDB user's passwords, a Glue connection's
#   PASSWORD properties)
#   is set to a literal string. The credential is committed with the template, visible in the
#   stack's template in the console, and shared by every deployment. Values
#   from NoEcho parameters, dynamic references ({{resolve:secretsmanager:…}})
#   and generated secrets are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
# custom:
#   id: EVD-CFN-034
#   severity: high
#   remediation: >-
#     Use a {{resolve:secretsmanager:…}} dynamic reference, ManageMasterUserPassword
#     for RDS, or GenerateSecretString for Secrets Manager; rotate the exposed credential.
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster, AWS::DocDB::DBCluster, AWS::Neptune::DBCluster, AWS::Redshift::Cluster, AWS::ElastiCache::ReplicationGroup, AWS::DirectoryService::MicrosoftAD, AWS::DirectoryService::SimpleAD, AWS::AmazonMQ::Broker, AWS::SecretsManager::Secret, AWS::DMS::Endpoint, AWS::Amplify::App, AWS::Amplify::Branch, AWS::IAM::User, AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain, AWS::CodeBuild::SourceCredential, Alexa::ASK::Skill, AWS::RedshiftServerless::Namespace, AWS::DocDBElastic::Cluster, AWS::Lightsail::Database, AWS::DataSync::LocationObjectStorage, AWS::DataSync::LocationSMB, AWS::ElastiCache::User, AWS::MemoryDB::User, AWS::Glue::Connection]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A database or directory credential readable by everyone with access to the template breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.resource_literal_secret

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

# secret_properties[type]: the properties of `type` that hold a credential.
# secret_properties[type]: the property paths of `type` that hold a credential.
secret_properties := {
	"AWS::RDS::DBInstance": [["MasterUserPassword"]],
	"AWS::RDS::DBCluster": [["MasterUserPassword"]],
	"AWS::DocDB::DBCluster": [["MasterUserPassword"]],
	"AWS::Neptune::DBCluster": [["MasterUserPassword"]],
	"AWS::Redshift::Cluster": [["MasterUserPassword"]],
	"AWS::ElastiCache::ReplicationGroup": [["AuthToken"]],
	"AWS::DirectoryService::MicrosoftAD": [["Password"]],
	"AWS::DirectoryService::SimpleAD": [["Password"]],
	"AWS::SecretsManager::Secret": [["SecretString"]],
	"AWS::DMS::Endpoint": [["Password"], ["MongoDbSettings", "Password"]],
	"AWS::Amplify::App": [["AccessToken"], ["OauthToken"], ["BasicAuthConfig", "Password"]],
	"AWS::Amplify::Branch": [["BasicAuthConfig", "Password"]],
	"AWS::IAM::User": [["LoginProfile", "Password"]],
	"AWS::OpenSearchService::Domain": [["AdvancedSecurityOptions", "MasterUserOptions", "MasterUserPassword"]],
	"AWS::Elasticsearch::Domain": [["AdvancedSecurityOptions", "MasterUserOptions", "MasterUserPassword"]],
	"AWS::CodeBuild::SourceCredential": [["Token"]],
	"Alexa::ASK::Skill": [["AuthenticationConfiguration", "ClientSecret"], ["AuthenticationConfiguration", "RefreshToken"]],
	"AWS::RedshiftServerless::Namespace": [["AdminUserPassword"]],
	"AWS::DocDBElastic::Cluster": [["AdminUserPassword"]],
	"AWS::Lightsail::Database": [["MasterUserPassword"]],
	"AWS::DataSync::LocationObjectStorage": [["SecretKey"]],
	"AWS::DataSync::LocationSMB": [["Password"]],
}

deny contains f if {
	some type, paths in secret_properties
	some r in cfn.resources(type)
	some path in paths
	cfn.literal_secret(object.get(r.properties, path, null))
	f := finding.secret_at(r, array.concat(["properties"], path), finding.format("%s sets %s to a literal value in the template", [r.id, concat(".", path)]))
}

deny contains f if {
	some broker in cfn.resources("AWS::AmazonMQ::Broker")
	some i, user in cfn.as_list(broker.properties.Users)
	cfn.literal_secret(user.Password)
	f := finding.secret_at(broker, ["properties", "Users", i, "Password"], finding.format("%s sets Users[%d].Password to a literal value in the template", [broker.id, i]))
}

# Passwords (ElastiCache) and AuthenticationMode.Passwords (ElastiCache, MemoryDB) of a cache user.
deny contains f if {
	some user in cfn.resources_of({"AWS::ElastiCache::User", "AWS::MemoryDB::User"})
	some path in [["Passwords"], ["AuthenticationMode", "Passwords"]]
	some i, value in cfn.as_list(object.get(user.properties, path, null))
	cfn.literal_secret(value)
	f := finding.secret_at(user, array.concat(array.concat(["properties"], path), [i]), finding.format("%s sets %s[%d] to a literal value in the template", [user.id, concat(".", path), i]))
}

# ConnectionInput.ConnectionProperties.PASSWORD (and Kafka's SASL and key store passwords) of a
# Glue connection.
deny contains f if {
	some connection in cfn.resources("AWS::Glue::Connection")
	some key, value in object.get(connection.properties, ["ConnectionInput", "ConnectionProperties"], {})
	upper(key) in aws.glue_password_properties
	cfn.literal_secret(value)
	f := finding.secret_at(connection, ["properties", "ConnectionInput", "ConnectionProperties", key], finding.format("%s sets ConnectionInput.ConnectionProperties.%s to a literal value in the template", [connection.id, key]))
}
