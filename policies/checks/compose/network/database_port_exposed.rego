# METADATA
# title: Database port published on every host interface
# description: >-
#   A compose service publishes a well-known database or cache port
#   (PostgreSQL 5432, MySQL 3306, MongoDB 27017, Redis 6379, Elasticsearch
#   9200/9300, SQL Server 1433, Oracle 1521, Cassandra 9042, CouchDB 5984,
#   Memcached 11211, Neo4j 7474/7687, InfluxDB 8086, CockroachDB 26257)
#   without a host address, so it listens on every interface of the host,
#   usually the internet-facing one too (Docker's iptables rules bypass host
#   firewalls such as ufw). The database becomes reachable from outside.
# related_resources:
#   - ref: https://docs.docker.com/reference/compose-file/services/#ports
#   - ref: https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw
# custom:
#   id: EVD-DC-005
#   severity: medium
#   remediation: >-
#     Do not publish the port (services reach the database over the compose network),
#     or bind it to the loopback address ("127.0.0.1:5432:5432").
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A datastore reachable from any network weakens access control and exposes ePHI to network attacks.
#     gdpr: Exposing a datastore beyond the services that need it contradicts data protection by default and the confidentiality of processing systems.
package evident.checks.compose.database_port_exposed

import data.evident.lib.finding

databases := {
	"1433": "SQL Server", "1521": "Oracle", "3306": "MySQL", "5432": "PostgreSQL", "5984": "CouchDB",
	"6379": "Redis", "7474": "Neo4j", "7687": "Neo4j", "8086": "InfluxDB", "9042": "Cassandra",
	"9200": "Elasticsearch", "9300": "Elasticsearch", "11211": "Memcached", "26257": "CockroachDB",
	"27017": "MongoDB", "27018": "MongoDB",
}

deny contains f if {
	some service in input.resources
	some i, port in service.ports
	port.all_interfaces
	name := databases[port.target]
	f := finding.at(service, ["ports", i], finding.format("%s publishes the %s port %s on every host interface", [service.id, name, port.target]))
}
