# METADATA
# title: Data service is publicly accessible
# description: >-
#   A data service other than RDS (EVD-CFN-007) is given a public endpoint:
#   PubliclyAccessible true (or "true") on AWS::Redshift::Cluster,
#   AWS::RedshiftServerless::Workgroup, AWS::DMS::ReplicationInstance,
#   AWS::DMS::InstanceProfile, AWS::Neptune::DBInstance,
#   AWS::Lightsail::Database, AWS::Timestream::InfluxDBInstance or
#   AWS::Timestream::InfluxDBCluster, PublicConnectivity true on
#   AWS::NeptuneGraph::Graph, or, on an AWS::MSK::Cluster,
#   BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type
#   SERVICE_PROVIDED_EIPS. The warehouse, the migration instance that reads
#   and writes whole databases, the graph, the time-series database or the
#   Kafka brokers (whose topics commonly carry events about people) then get
#   a public address, so only their security groups (or, for Neptune and
#   Neptune Analytics, IAM authentication, and for MSK the client
#   authentication that Amazon MSK requires before it turns public access on)
#   stand between the data and the internet. An AWS::DMS::ReplicationInstance
#   that leaves PubliclyAccessible out (or null) is reported too: the
#   CreateReplicationInstance API, which the resource calls without the
#   property, defaults it to true. Not reported: false, a value that is not
#   known statically (a parameter without default, an undecidable Fn::If),
#   and an absent property on every other type, whose default is private:
#   Redshift clusters (the CreateCluster API default is false), Redshift
#   Serverless workgroups, DMS instance profiles and Timestream for InfluxDB
#   (whose resource schemas declare false), Neptune instances (public
#   endpoints, engine 1.4.6 and later, are off unless enabled), Neptune
#   Analytics graphs (created without public connectivity) and MSK clusters
#   (public access is DISABLED unless PublicAccess says otherwise, and
#   Amazon MSK turns it on only for a cluster that already exists;
#   AWS::MSK::ServerlessCluster has no public access); for Lightsail
#   databases the API documents no default (the Terraform provider sends
#   false), so an absent property is not known to be public. Unlike the
#   Terraform check, an absent DMS instance profile setting is not reported:
#   the API defaults it to true but the CloudFormation schema declares
#   false.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
#   - ref: https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html
#   - ref: https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dms-replicationinstance.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/neptune-public-endpoints.html
#   - ref: https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting.html
#   - ref: https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-publicaccess.html
# custom:
#   id: EVD-CFN-078
#   severity: high
#   remediation: >-
#     Set PubliclyAccessible to false (PublicConnectivity to false for a
#     Neptune Analytics graph, PublicAccess.Type to DISABLED for an MSK
#     cluster, and write it out on DMS replication instances), place the service in private subnets with security groups
#     that admit only the application tier, and reach it through a VPN, a
#     bastion or a private endpoint. On DMS the property cannot be changed
#     without replacing the instance.
#   selector:
#     input: cloudformation
#     resources: [AWS::Redshift::Cluster, AWS::RedshiftServerless::Workgroup, AWS::DMS::ReplicationInstance, AWS::DMS::InstanceProfile, AWS::Neptune::DBInstance, AWS::NeptuneGraph::Graph, AWS::Lightsail::Database, AWS::Timestream::InfluxDBInstance, AWS::Timestream::InfluxDBCluster, AWS::MSK::Cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A warehouse, migration instance, database or event stream holding ePHI that is reachable from the internet defeats access control and exposes the data in transit to unauthorised parties.
#     gdpr: Exposing a personal-data store to the internet undermines the confidentiality of processing systems and data protection by default.
package evident.checks.cloudformation.data_service_publicly_accessible

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# public_flags[type]: the property that gives a resource of `type` a public endpoint.
public_flags := {
	"AWS::Redshift::Cluster": "PubliclyAccessible",
	"AWS::RedshiftServerless::Workgroup": "PubliclyAccessible",
	"AWS::DMS::ReplicationInstance": "PubliclyAccessible",
	"AWS::DMS::InstanceProfile": "PubliclyAccessible",
	"AWS::Neptune::DBInstance": "PubliclyAccessible",
	"AWS::NeptuneGraph::Graph": "PublicConnectivity",
	"AWS::Lightsail::Database": "PubliclyAccessible",
	"AWS::Timestream::InfluxDBInstance": "PubliclyAccessible",
	"AWS::Timestream::InfluxDBCluster": "PubliclyAccessible",
}

# public_by_default: the types that are public when the property is left out
# (the API's default is true).
public_by_default := {"AWS::DMS::ReplicationInstance"}

deny contains f if {
	some type, flag in public_flags
	some r in cfn.resources(type)
	cfn.is_true(r.properties[flag])
	f := finding.at(r, ["properties", flag], finding.format("%s is publicly accessible from the internet", [r.id]))
}

deny contains f if {
	some type in public_by_default
	some r in cfn.resources(type)
	values.known_object(r.properties)
	values.absent_or_null(r.properties, public_flags[type])
	f := finding.of(r, finding.format("%s does not set PubliclyAccessible to false: it is publicly accessible from the internet (the default is true)", [r.id]))
}

# An MSK cluster's brokers get public addresses (Elastic IPs that Amazon MSK
# provides) with PublicAccess.Type SERVICE_PROVIDED_EIPS.
deny contains f if {
	some r in cfn.resources("AWS::MSK::Cluster")
	r.properties.BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type == "SERVICE_PROVIDED_EIPS"
	path := ["properties", "BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"]
	f := finding.at(r, path, finding.format("%s is publicly accessible from the internet", [r.id]))
}
