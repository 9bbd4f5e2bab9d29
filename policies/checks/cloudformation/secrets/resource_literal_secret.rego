# METADATA
# title: Resource password or token is a literal in the template
# description: >-
#   A resource property that holds a credential (an RDS, DocumentDB, Neptune
#   or Redshift master password, an ElastiCache AuthToken, a Directory Service
#   or Amazon MQ password, a Secrets Manager SecretString, a DMS endpoint
#   password, an Amplify access or OAuth token or basic-auth password, an IAM
#   user's console password, an OpenSearch master user password, a CodeBuild
#   source credential token, an Alexa skill client secret or refresh token)
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
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster, AWS::DocDB::DBCluster, AWS::Neptune::DBCluster, AWS::Redshift::Cluster, AWS::ElastiCache::ReplicationGroup, AWS::DirectoryService::MicrosoftAD, AWS::DirectoryService::SimpleAD, AWS::AmazonMQ::Broker, AWS::SecretsManager::Secret, AWS::DMS::Endpoint, AWS::Amplify::App, AWS::Amplify::Branch, AWS::IAM::User, AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain, AWS::CodeBuild::SourceCredential, Alexa::ASK::Skill]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A database or directory credential readable by everyone with access to the template breaks access control and person-or-entity authentication.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.cloudformation.resource_literal_secret

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
