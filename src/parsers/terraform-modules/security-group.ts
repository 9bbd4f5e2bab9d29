/**
 * terraform-aws-modules/security-group/aws and its preset submodules
 * (`//modules/ssh`, `//modules/rdp`, `//modules/postgresql`…): the security
 * group and the ingress rules its arguments create, read from the module's
 * main.tf, variables.tf, rules.tf and modules/<preset>/ (versions 1 to 5),
 * and from the rewrite of version 6 (main.tf, generate/catalog.tf,
 * docs/UPGRADE-6.0.md).
 *
 * Versions 1 to 5 create one `aws_security_group_rule` per rule, with `count`:
 * `ingress_rules` (names of the module's rules table) open to
 * `ingress_cidr_blocks` / `ingress_ipv6_cidr_blocks`; `ingress_with_cidr_blocks`
 * and `ingress_with_ipv6_cidr_blocks` (maps naming a `rule` or giving
 * from_port/to_port/protocol, with a comma-separated `cidr_blocks` /
 * `ipv6_cidr_blocks` that defaults to the list arguments);
 * `ingress_with_source_security_group_id` and `ingress_with_self` (never open
 * to the internet); and the `computed_*` twins of each, created
 * `number_of_computed_*` times. A preset submodule adds its automatic rules
 * (`auto_ingress_rules`, sorted with the caller's `ingress_rules` as its
 * main.tf does, and the `all-all` rule with self). `ingress_cidr_blocks`
 * defaults to an empty list from version 1.1.0 (1.0.0 had a default CIDR), so
 * the default is empty for a pinned major of 2 to 5 and unknown otherwise.
 * The group exists unless `create_sg = false` (version 4.2 and later), and
 * nothing exists with `create = false` (or `putin_khuylo = false`).
 *
 * Version 6 creates one `aws_vpc_security_group_ingress_rule` per entry of
 * the `ingress_rules` map (`ip_protocol` defaults to tcp, a missing port takes
 * the other's value, `referenced_security_group_id = "self"` is the group);
 * a preset submodule adds one rule per preset rule and entry of
 * `ingress_cidr_ipv4` / `ingress_cidr_ipv6` / `ingress_prefix_list_id` /
 * `ingress_referenced_security_group_id`, keyed `<preset>/<entry>`.
 *
 * A call whose version is not pinned is read by the shape of its arguments
 * (a list of rule names and the `ingress_with_*` family are versions 1 to 5,
 * a map of rule objects and the `ingress_cidr_ipv4` family are version 6;
 * only the group is created when nothing tells them apart, nothing when both
 * appear, which no version accepts).
 *
 * Addresses: `module.<call>.aws_security_group_rule.ingress_rules[0]`,
 * `module.<call>.aws_vpc_security_group_ingress_rule.this["ssh/vpn"]`, as
 * terraform plan gives them, except that a preset submodule's resources are
 * in its inner module (`module.<call>.module.sg.…`) in a plan, and that the
 * group is always `aws_security_group.this` (versions before 6 call it
 * `this_name_prefix` when `use_name_prefix` is true, their default), so that
 * the `security_group_id` output names it.
 *
 * A call that passes its own `rules` table (versions 1 to 5) has its rule
 * names read from that table, which replaces the module's default one.
 *
 * Not modelled: egress rules (no check reads them), prefix lists,
 * `ingress_with_prefix_list_ids`, the IPv6 CIDRs that versions before 3.6
 * also put on self and source-group rules, rule names missing from the table
 * below (their ports are unknown) and the automatic rules of presets missing
 * from it (none are created for such a call; its own `ingress_with_*` rules
 * are).
 */
import { compareStrings, isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, numeric, reference, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const GROUP = 'aws_security_group';
const RULE = 'aws_security_group_rule';
const V6_RULE = 'aws_vpc_security_group_ingress_rule';

type Protocol = string | number;
/** [from_port, to_port, protocol, description], as in the module's rules.tf. */
type NamedRule = readonly [number, number, Protocol, string];

/**
 * The named rules of the module's rules.tf (versions 1 to 5), transcribed as
 * data for the rules that matter to the checks: every rule whose ports
 * include a remote-administration or data-store port, the all-* rules, the
 * web rules, and every rule of the presets below. Other names give unknown
 * ports, which no check reports.
 */
const NAMED_RULES: Readonly<Record<string, NamedRule>> = {
  'all-all': [-1, -1, '-1', 'All protocols'],
  'all-tcp': [0, 65535, 'tcp', 'All TCP ports'],
  'all-udp': [0, 65535, 'udp', 'All UDP ports'],
  'all-icmp': [-1, -1, 'icmp', 'All IPV4 ICMP'],
  'all-ipv6-icmp': [-1, -1, 58, 'All IPV6 ICMP'],
  'ssh-tcp': [22, 22, 'tcp', 'SSH'],
  'rdp-tcp': [3389, 3389, 'tcp', 'Remote Desktop'],
  'rdp-udp': [3389, 3389, 'udp', 'Remote Desktop'],
  'winrm-http-tcp': [5985, 5985, 'tcp', 'WinRM HTTP'],
  'winrm-https-tcp': [5986, 5986, 'tcp', 'WinRM HTTPS'],
  'mssql-tcp': [1433, 1433, 'tcp', 'MSSQL Server'],
  'mssql-udp': [1434, 1434, 'udp', 'MSSQL Browser'],
  'mssql-analytics-tcp': [2383, 2383, 'tcp', 'MSSQL Analytics'],
  'mssql-broker-tcp': [4022, 4022, 'tcp', 'MSSQL Broker'],
  'oracle-db-tcp': [1521, 1521, 'tcp', 'Oracle'],
  'mysql-tcp': [3306, 3306, 'tcp', 'MySQL/Aurora'],
  'postgresql-tcp': [5432, 5432, 'tcp', 'PostgreSQL'],
  'redshift-tcp': [5439, 5439, 'tcp', 'Redshift'],
  'redis-tcp': [6379, 6379, 'tcp', 'Redis'],
  'memcached-tcp': [11211, 11211, 'tcp', 'Memcached'],
  'mongodb-27017-tcp': [27017, 27017, 'tcp', 'MongoDB'],
  'mongodb-27018-tcp': [27018, 27018, 'tcp', 'MongoDB shard'],
  'mongodb-27019-tcp': [27019, 27019, 'tcp', 'MongoDB config server'],
  'cassandra-clients-tcp': [9042, 9042, 'tcp', 'Cassandra clients'],
  'cassandra-thrift-clients-tcp': [9160, 9160, 'tcp', 'Cassandra Thrift clients'],
  'cassandra-jmx-tcp': [7199, 7199, 'tcp', 'JMX'],
  'elasticsearch-rest-tcp': [9200, 9200, 'tcp', 'Elasticsearch REST interface'],
  'elasticsearch-java-tcp': [9300, 9300, 'tcp', 'Elasticsearch Java interface'],
  'wazuh-server-agent-connection-tcp': [1514, 1514, 'tcp', 'Agent connection service(TCP)'],
  'wazuh-server-agent-connection-udp': [1514, 1514, 'udp', 'Agent connection service(UDP)'],
  'wazuh-server-agent-enrollment': [1515, 1515, 'tcp', 'Agent enrollment service'],
  'wazuh-server-agent-cluster-daemon': [1516, 1516, 'tcp', 'Wazuh cluster daemon'],
  'wazuh-server-syslog-collector-tcp': [514, 514, 'tcp', 'Wazuh Syslog collector(TCP)'],
  'wazuh-server-syslog-collector-udp': [514, 514, 'udp', 'Wazuh Syslog collector(UDP)'],
  'wazuh-server-restful-api': [55000, 55000, 'tcp', 'Wazuh server RESTful API'],
  'wazuh-indexer-restful-api': [9200, 9200, 'tcp', 'Wazuh indexer RESTful API'],
  'wazuh-dashboard': [443, 443, 'tcp', 'Wazuh web user interface'],
  'http-80-tcp': [80, 80, 'tcp', 'HTTP'],
  'http-8080-tcp': [8080, 8080, 'tcp', 'HTTP'],
  'https-443-tcp': [443, 443, 'tcp', 'HTTPS'],
  'https-8443-tcp': [8443, 8443, 'tcp', 'HTTPS'],
  'web-jmx-tcp': [1099, 1099, 'tcp', 'JMX'],
};

/** `auto_ingress_rules` of the preset submodules of versions 1 to 5 (rules.tf `auto_groups`); each also adds `all-all` with self. */
const LEGACY_PRESETS: Readonly<Record<string, readonly string[]>> = {
  cassandra: ['cassandra-clients-tcp', 'cassandra-thrift-clients-tcp', 'cassandra-jmx-tcp'],
  elasticsearch: ['elasticsearch-rest-tcp', 'elasticsearch-java-tcp'],
  'http-80': ['http-80-tcp'],
  'http-8080': ['http-8080-tcp'],
  'https-443': ['https-443-tcp'],
  'https-8443': ['https-8443-tcp'],
  memcached: ['memcached-tcp'],
  mongodb: ['mongodb-27017-tcp', 'mongodb-27018-tcp', 'mongodb-27019-tcp'],
  mssql: ['mssql-tcp', 'mssql-udp', 'mssql-analytics-tcp', 'mssql-broker-tcp'],
  mysql: ['mysql-tcp'],
  'oracle-db': ['oracle-db-tcp'],
  postgresql: ['postgresql-tcp'],
  rdp: ['rdp-tcp', 'rdp-udp'],
  redis: ['redis-tcp'],
  redshift: ['redshift-tcp'],
  ssh: ['ssh-tcp'],
  wazuh: [
    'wazuh-server-agent-connection-tcp',
    'wazuh-server-agent-connection-udp',
    'wazuh-server-agent-enrollment',
    'wazuh-server-agent-cluster-daemon',
    'wazuh-server-syslog-collector-tcp',
    'wazuh-server-syslog-collector-udp',
    'wazuh-server-restful-api',
    'wazuh-indexer-restful-api',
    'wazuh-dashboard',
  ],
  web: ['http-80-tcp', 'http-8080-tcp', 'https-443-tcp', 'web-jmx-tcp'],
  winrm: ['winrm-http-tcp', 'winrm-https-tcp'],
};

/** [from_port, to_port, ip_protocol] of a version 6 preset rule. */
type PresetRule = readonly [number, number, string];

/** `preset_ingress_rules` defaults of the version 6 preset submodules (generate/catalog.tf), for the same services. */
const V6_PRESETS: Readonly<Record<string, Readonly<Record<string, PresetRule>>>> = {
  cassandra: {
    'cassandra-clients': [9042, 9042, 'tcp'],
    'cassandra-thrift-clients': [9160, 9160, 'tcp'],
    'cassandra-jmx': [7199, 7199, 'tcp'],
    'cassandra-gossip': [7000, 7000, 'tcp'],
    'cassandra-gossip-tls': [7001, 7001, 'tcp'],
  },
  elasticsearch: { 'elasticsearch-rest': [9200, 9200, 'tcp'], 'elasticsearch-java': [9300, 9300, 'tcp'] },
  'http-80': { 'http-80': [80, 80, 'tcp'] },
  'http-8080': { 'http-8080': [8080, 8080, 'tcp'] },
  'https-443': { 'https-443': [443, 443, 'tcp'] },
  'https-8443': { 'https-8443': [8443, 8443, 'tcp'] },
  memcached: { memcached: [11211, 11211, 'tcp'] },
  mongodb: { mongodb: [27017, 27017, 'tcp'], 'mongodb-shard': [27018, 27018, 'tcp'], 'mongodb-config-server': [27019, 27019, 'tcp'] },
  mssql: {
    'mssql-server': [1433, 1433, 'tcp'],
    'mssql-browser': [1434, 1434, 'udp'],
    'mssql-analytics': [2383, 2383, 'tcp'],
    'mssql-broker': [4022, 4022, 'tcp'],
  },
  mysql: { mysql: [3306, 3306, 'tcp'] },
  oracle: { oracle: [1521, 1521, 'tcp'] },
  postgresql: { postgresql: [5432, 5432, 'tcp'] },
  rdp: { 'rdp-tcp': [3389, 3389, 'tcp'], 'rdp-udp': [3389, 3389, 'udp'] },
  redis: { redis: [6379, 6379, 'tcp'] },
  redshift: { redshift: [5439, 5439, 'tcp'] },
  ssh: { ssh: [22, 22, 'tcp'] },
  wazuh: {
    'wazuh-agent-connection-tcp': [1514, 1514, 'tcp'],
    'wazuh-agent-connection-udp': [1514, 1514, 'udp'],
    'wazuh-agent-enrollment': [1515, 1515, 'tcp'],
    'wazuh-agent-cluster-daemon': [1516, 1516, 'tcp'],
    'wazuh-syslog-collector-tcp': [514, 514, 'tcp'],
    'wazuh-syslog-collector-udp': [514, 514, 'udp'],
    'wazuh-restful-api': [55000, 55000, 'tcp'],
    'wazuh-indexer-restful-api': [9200, 9200, 'tcp'],
    'wazuh-dashboard': [443, 443, 'tcp'],
  },
  winrm: { 'winrm-http': [5985, 5985, 'tcp'], 'winrm-https': [5986, 5986, 'tcp'] },
};

/** Arguments only versions 1 to 5 accept (besides a list `ingress_rules`). */
const LEGACY_ARGUMENTS: readonly string[] = [
  'ingress_cidr_blocks',
  'ingress_ipv6_cidr_blocks',
  'ingress_prefix_list_ids',
  'ingress_with_cidr_blocks',
  'ingress_with_ipv6_cidr_blocks',
  'ingress_with_source_security_group_id',
  'ingress_with_self',
  'egress_cidr_blocks',
  'egress_ipv6_cidr_blocks',
  'egress_prefix_list_ids',
  'egress_with_cidr_blocks',
  'egress_with_ipv6_cidr_blocks',
  'egress_with_source_security_group_id',
  'egress_with_self',
  'create_sg',
  'security_group_id',
  'create_timeout',
  'delete_timeout',
];

/** Arguments only version 6 accepts (besides a map `ingress_rules`). */
const V6_ARGUMENTS: readonly string[] = [
  'ingress_cidr_ipv4',
  'ingress_cidr_ipv6',
  'ingress_prefix_list_id',
  'ingress_referenced_security_group_id',
  'preset_ingress_rules',
  'enable_exclusive_rules',
  'vpc_associations',
  'timeouts',
];

/** A value with the call argument it came from, and for a list, the argument each element came from. */
interface Sourced {
  readonly value: HclValue;
  readonly from?: ValuePath;
  readonly items?: ReadonlyArray<ValuePath | undefined>;
}

function put(builder: ResourceBuilder, key: string, sourced: Sourced): void {
  builder.set(key, sourced.value, sourced.from);
  sourced.items?.forEach((from, j) => {
    if (from !== undefined) builder.origin([key, j], from);
  });
}

/** The path of `key` inside the call argument at `base`; undefined for a value the module itself supplies. */
const within = (base: ValuePath | undefined, key: string): ValuePath | undefined => (base === undefined ? undefined : [...base, key]);

const isObject = (value: HclValue | undefined): value is JsonObject => value !== undefined && value !== null && !isUnknownValue(value) && isObjectValue(value);

/** The preset name of a submodule path (`modules/ssh` → `ssh`), or undefined for the root module. */
function presetOf(call: ModuleCall): string | undefined {
  if (call.submodule === '') return undefined;
  const match = /^modules\/([^/]+)$/.exec(call.submodule);
  return match ? match[1]! : call.submodule;
}

// ------------------------------------------------------- versions 1 to 5

class Legacy {
  readonly inputs: Inputs;
  readonly preset: string | undefined;
  readonly groupId: HclValue;
  readonly resources: SyntheticResource[] = [];

  constructor(readonly call: ModuleCall) {
    this.inputs = new Inputs(call);
    this.preset = presetOf(call);
    const createGroup = this.inputs.flag(['create_sg'], true);
    const given = this.inputs.lookup(['security_group_id']);
    this.groupId =
      createGroup === true
        ? reference(call, GROUP, 'this', 'id')
        : createGroup === false
          ? given.present
            ? given.value
            : null
          : undecided(call, 'the security group id');
    if (createGroup === true) this.resources.push(group(this.inputs, 'Security Group managed by Terraform'));
  }

  /** The default source list (`ingress_cidr_blocks` or `ingress_ipv6_cidr_blocks`) of the rules. */
  defaultCidrs(name: string): Sourced {
    const found = this.inputs.lookup([name]);
    if (!found.present) {
      return { value: this.inputs.versionedDefault(name, 2, undecided(this.call, `the default of ${name} of a version 1 module (a default CIDR before 1.1.0)`), []) };
    }
    const value = found.value;
    return Array.isArray(value) ? { value, from: [name], items: value.map((_, j) => [name, j]) } : { value, from: [name] };
  }

  /** `split(",", lookup(rule, key, join(",", default)))` without its empty strings. */
  ruleCidrs(rule: JsonObject, base: ValuePath | undefined, key: string, fallback: string): Sourced {
    if (!Object.prototype.hasOwnProperty.call(rule, key) || rule[key] === null) {
      const list = this.defaultCidrs(fallback);
      if (!Array.isArray(list.value)) return list;
      const keep = list.value.map((cidr, j) => [cidr, list.items?.[j]] as const).filter(([cidr]) => cidr !== '');
      return { value: keep.map(([cidr]) => cidr), from: list.from, items: keep.map(([, from]) => from) };
    }
    const from = within(base, key);
    const text = rule[key]!;
    // A list (`cidr_blocks = ["0.0.0.0/0"]`) makes the module's split() fail in Terraform; it is read as the list its author meant.
    if (Array.isArray(text) && text.every((item) => typeof item === 'string')) {
      const kept = text.map((cidr, j) => [cidr, j] as const).filter(([cidr]) => cidr !== '');
      return { value: kept.map(([cidr]) => cidr), from, items: kept.map(([, j]) => (from === undefined ? undefined : [...from, j])) };
    }
    if (typeof text !== 'string') return { value: isUnknownValue(text) ? text : undecided(this.call, `${key} of a rule`), from };
    const parts = text.split(',').filter((part) => part !== '');
    return { value: parts, from, items: parts.map(() => from) };
  }

  /** from_port, to_port, protocol and description of a rule map: its own, else those of the named `rule`. */
  rulePorts(builder: ResourceBuilder, rule: JsonObject, base: ValuePath | undefined): void {
    const name = rule.rule;
    const named = this.namedRule(name);
    const fields: ReadonlyArray<readonly [string, number]> = [
      ['from_port', 0],
      ['to_port', 1],
      ['protocol', 2],
    ];
    for (const [field, index] of fields) {
      const own = rule[field];
      if (own !== undefined && own !== null) builder.set(field, field === 'protocol' ? own : numeric(own), within(base, field));
      else if (named !== undefined && named[index] !== undefined) builder.set(field, named[index]!, within(base, 'rule'));
      else builder.set(field, undecided(this.call, `${field} of a rule without ${field} or a known rule name`), name === undefined || name === null ? undefined : within(base, 'rule'));
    }
    const description = rule.description;
    if (description !== undefined && description !== null) builder.set('description', description, within(base, 'description'));
    else builder.set('description', 'Ingress Rule');
  }

  /**
   * `var.rules[name]`: [from_port, to_port, protocol, description] from the
   * call's `rules` argument when it passes one (it replaces the module's whole
   * table, so a name missing from it fails the plan), else from the module's
   * table. Undefined when the name, the table or the entry is unknown, or the
   * name is not in the table transcribed here.
   */
  namedRule(name: HclValue | undefined): readonly HclValue[] | undefined {
    if (typeof name !== 'string') return undefined;
    const table = this.inputs.lookup(['rules']);
    if (!table.present) return NAMED_RULES[name];
    if (!isObject(table.value) || !Object.prototype.hasOwnProperty.call(table.value, name)) return undefined;
    const entry = table.value[name];
    if (!Array.isArray(entry) || entry.length < 3) return undefined;
    return entry.map((value, i) => (value === null ? undecided(this.call, `field ${i} of rules["${name}"]`) : i < 2 ? numeric(value) : value));
  }

  rule(name: string): ResourceBuilder {
    return new ResourceBuilder(RULE, name).set('type', 'ingress').set('security_group_id', this.groupId);
  }

  /** A list argument of the call (with an automatic list of the preset before it), or undefined when it cannot be known. */
  list(name: string, auto?: HclValue): Array<{ value: HclValue; from?: ValuePath }> | undefined {
    const found = this.inputs.lookup([name]);
    const given = found.present ? found.value : [];
    if (!Array.isArray(given)) return undefined;
    const out: Array<{ value: HclValue; from?: ValuePath }> = [];
    if (auto !== undefined) {
      if (!Array.isArray(auto)) return undefined;
      for (const value of auto) out.push({ value });
    }
    given.forEach((value, j) => out.push({ value, from: [name, j] }));
    return out;
  }

  /** `number_of_computed_<kind>` (plus the preset's automatic number), or undefined when unknown. */
  computedCount(kind: string): number | undefined {
    const count = this.inputs.get([`number_of_computed_${kind}`]) ?? 0;
    const auto = this.preset !== undefined && (kind === 'ingress_rules' || kind === 'ingress_with_self') ? (this.inputs.get([`auto_number_of_computed_${kind}`]) ?? 0) : 0;
    return typeof count === 'number' && typeof auto === 'number' ? count + auto : undefined;
  }

  /** The rule names of `ingress_rules` (or `computed_ingress_rules`) with the argument each came from, in count order. */
  ruleNames(kind: string): Array<{ value: HclValue; from?: ValuePath }> | undefined {
    if (this.preset === undefined) return this.list(kind);
    // A preset: sort(compact(distinct(concat(var.auto_<kind>, var.<kind>, [""])))).
    const autoFound = this.inputs.lookup([`auto_${kind}`]);
    const auto = autoFound.present ? autoFound.value : kind === 'ingress_rules' ? LEGACY_PRESETS[this.preset] : [];
    if (auto === undefined) return undefined;
    const names = this.list(kind, auto as HclValue);
    if (names === undefined || names.some((n) => typeof n.value !== 'string')) return undefined;
    const first = new Map<string, ValuePath | undefined>();
    for (const { value, from } of names) {
      const name = value as string;
      if (name === '') continue;
      // The caller's own mention of a name is where a finding on it is shown.
      if (!first.has(name) || (first.get(name) === undefined && from !== undefined)) first.set(name, from);
    }
    return [...first.keys()].sort(compareStrings).map((value) => ({ value, from: first.get(value) }));
  }

  /** Rules by name (`ingress_rules`, `computed_ingress_rules`), open to the default source lists; `count` limits the computed ones. */
  namedRules(kind: string, count: number | undefined): void {
    const names = this.ruleNames(kind);
    if (names === undefined) return;
    const limit = count === undefined ? names.length : Math.min(count, names.length);
    for (let i = 0; i < limit; i++) {
      const { value, from } = names[i]!;
      const named = this.namedRule(value);
      const builder = this.rule(`${kind}[${i}]`);
      put(builder, 'cidr_blocks', this.defaultCidrs('ingress_cidr_blocks'));
      put(builder, 'ipv6_cidr_blocks', this.defaultCidrs('ingress_ipv6_cidr_blocks'));
      const rule = typeof value === 'string' ? `rule ${JSON.stringify(value)}` : 'a rule whose name is unknown';
      const field = (index: number, what: string): HclValue => named?.[index] ?? undecided(this.call, `${what} of ${rule}`);
      builder.set('description', field(3, 'the description'), from);
      builder.set('from_port', field(0, 'from_port'), from).set('to_port', field(1, 'to_port'), from).set('protocol', field(2, 'protocol'), from);
      this.resources.push(builder.build());
    }
  }

  /** Rules from a list of maps (`auto` first, for a preset); `source` sets where their traffic may come from. */
  mapRules(kind: string, count: number | undefined, source: (builder: ResourceBuilder, rule: JsonObject, base: ValuePath | undefined) => void, auto?: HclValue): void {
    const rules = this.list(kind, auto);
    if (rules === undefined) return;
    const limit = count === undefined ? rules.length : Math.min(count, rules.length);
    for (let i = 0; i < limit; i++) {
      const { value, from } = rules[i]!;
      if (!isObject(value)) continue;
      const builder = this.rule(`${kind}[${i}]`);
      source(builder, value, from);
      this.rulePorts(builder, value, from);
      this.resources.push(builder.build());
    }
  }

  expand(): SyntheticResource[] {
    type Source = (builder: ResourceBuilder, rule: JsonObject, base: ValuePath | undefined) => void;
    const ipv4: Source = (builder, rule, base) => put(builder, 'cidr_blocks', this.ruleCidrs(rule, base, 'cidr_blocks', 'ingress_cidr_blocks'));
    const ipv6: Source = (builder, rule, base) => put(builder, 'ipv6_cidr_blocks', this.ruleCidrs(rule, base, 'ipv6_cidr_blocks', 'ingress_ipv6_cidr_blocks'));
    const sourceGroup: Source = (builder, rule, base) => {
      const id = rule.source_security_group_id;
      builder.set('source_security_group_id', id === undefined ? null : id, id === undefined ? undefined : within(base, 'source_security_group_id'));
    };
    const self: Source = (builder, rule, base) => {
      const value = rule.self;
      if (value === undefined || value === null) builder.set('self', true);
      else builder.set('self', value === 'true' ? true : value === 'false' ? false : value, within(base, 'self'));
    };
    const autoSelf = (computed: boolean): HclValue | undefined => {
      if (this.preset === undefined) return undefined;
      const name = computed ? 'auto_computed_ingress_with_self' : 'auto_ingress_with_self';
      const found = this.inputs.lookup([name]);
      return found.present ? found.value : computed ? [] : [{ rule: 'all-all' }];
    };

    this.namedRules('ingress_rules', undefined);
    this.mapRules('ingress_with_source_security_group_id', undefined, sourceGroup);
    this.mapRules('ingress_with_cidr_blocks', undefined, ipv4);
    this.mapRules('ingress_with_ipv6_cidr_blocks', undefined, ipv6);
    this.mapRules('ingress_with_self', undefined, self, autoSelf(false));

    // The computed_* twins: created number_of_computed_* times (unknown: none).
    const computed = (kind: string): number => this.computedCount(kind) ?? 0;
    this.namedRules('computed_ingress_rules', computed('ingress_rules'));
    this.mapRules('computed_ingress_with_source_security_group_id', computed('ingress_with_source_security_group_id'), sourceGroup);
    this.mapRules('computed_ingress_with_cidr_blocks', computed('ingress_with_cidr_blocks'), ipv4);
    this.mapRules('computed_ingress_with_ipv6_cidr_blocks', computed('ingress_with_ipv6_cidr_blocks'), ipv6);
    this.mapRules('computed_ingress_with_self', computed('ingress_with_self'), self, autoSelf(true));
    return this.resources;
  }
}

/** The security group, with the arguments checks and readers may want. */
function group(inputs: Inputs, defaultDescription: string | undefined): SyntheticResource {
  const builder = new ResourceBuilder(GROUP);
  const name = inputs.lookup(['name']);
  const prefix = inputs.flag(['use_name_prefix'], true);
  if (name.present && prefix === false) builder.set('name', name.value, ['name']);
  if (name.present && prefix === true) builder.set('name_prefix', typeof name.value === 'string' ? `${name.value}-` : name.value, ['name']);
  const description = inputs.lookup(['description']);
  if (description.present) builder.set('description', description.value, ['description']);
  else if (defaultDescription !== undefined) builder.set('description', defaultDescription);
  return builder.copy(inputs, ['vpc_id', 'revoke_rules_on_delete', 'tags']).build();
}

// ------------------------------------------------------------- version 6

/** One entry of the rule map the version 6 module iterates over, with the argument each field came from. */
interface V6Rule {
  readonly fields: JsonObject;
  readonly origins: ReadonlyMap<string, ValuePath>;
}

const SOURCE_MAPS: ReadonlyArray<readonly [string, string]> = [
  ['ingress_cidr_ipv4', 'cidr_ipv4'],
  ['ingress_cidr_ipv6', 'cidr_ipv6'],
  ['ingress_prefix_list_id', 'prefix_list_id'],
  ['ingress_referenced_security_group_id', 'referenced_security_group_id'],
];

/** The preset rules of a version 6 submodule (`preset_ingress_rules`, else the catalog's), or undefined when unknown. */
function v6Presets(inputs: Inputs, preset: string): Map<string, V6Rule> | undefined {
  const given = inputs.lookup(['preset_ingress_rules']);
  const out = new Map<string, V6Rule>();
  if (given.present) {
    if (!isObject(given.value)) return undefined;
    for (const [key, rule] of Object.entries(given.value)) {
      if (!isObject(rule)) return undefined;
      const origins = new Map<string, ValuePath>();
      for (const field of Object.keys(rule)) origins.set(field, ['preset_ingress_rules', key, field]);
      out.set(key, { fields: rule, origins });
    }
    return out;
  }
  const catalog = V6_PRESETS[preset];
  if (catalog === undefined) return undefined;
  for (const [key, [from, to, protocol]] of Object.entries(catalog)) out.set(key, { fields: { from_port: from, to_port: to, ip_protocol: protocol }, origins: new Map() });
  return out;
}

/** The entries of the module's `ingress_rules` map: the preset combinations, then the caller's own rules over them. */
function v6Rules(call: ModuleCall, inputs: Inputs): Map<string, V6Rule> {
  const rules = new Map<string, V6Rule>();
  const preset = presetOf(call);
  const presets = preset === undefined ? undefined : v6Presets(inputs, preset);
  if (presets !== undefined) {
    for (const [argument, field] of SOURCE_MAPS) {
      const sources = inputs.get([argument]);
      if (sources === undefined || !isObject(sources)) continue;
      for (const [presetKey, rule] of presets) {
        for (const [sourceKey, source] of Object.entries(sources)) {
          const origins = new Map(rule.origins);
          origins.set(field, [argument, sourceKey]);
          rules.set(`${presetKey}/${sourceKey}`, { fields: { ...rule.fields, [field]: source }, origins });
        }
      }
    }
  }
  const own = inputs.get(['ingress_rules']);
  if (own !== undefined && isObject(own)) {
    for (const [key, rule] of Object.entries(own)) {
      if (!isObject(rule)) {
        rules.delete(key);
        continue;
      }
      const origins = new Map<string, ValuePath>();
      for (const field of Object.keys(rule)) origins.set(field, ['ingress_rules', key, field]);
      rules.set(key, { fields: rule, origins });
    }
  }
  return rules;
}

function expandV6(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  const resources: SyntheticResource[] = [group(inputs, presetOf(call) === undefined ? undefined : 'Security Group managed by Terraform')];
  const groupId = reference(call, GROUP, 'this', 'id');
  const rules = v6Rules(call, inputs);
  for (const key of [...rules.keys()].sort(compareStrings)) {
    const { fields, origins } = rules.get(key)!;
    const builder = new ResourceBuilder(V6_RULE, `this[${JSON.stringify(key)}]`);
    const field = (name: string): HclValue | undefined => (fields[name] === null ? undefined : fields[name]);
    for (const name of ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'description']) {
      const value = field(name);
      if (value !== undefined) builder.set(name, value, origins.get(name));
    }
    const referenced = field('referenced_security_group_id');
    if (referenced !== undefined) builder.set('referenced_security_group_id', referenced === 'self' ? groupId : referenced, origins.get('referenced_security_group_id'));
    builder.set('security_group_id', groupId);
    // from_port = coalesce(from_port, to_port), to_port = coalesce(to_port, from_port).
    const from = field('from_port');
    const to = field('to_port');
    const fromPort = from ?? to;
    const toPort = to ?? from;
    if (fromPort !== undefined) builder.set('from_port', numeric(fromPort), origins.get(from !== undefined ? 'from_port' : 'to_port'));
    if (toPort !== undefined) builder.set('to_port', numeric(toPort), origins.get(to !== undefined ? 'to_port' : 'from_port'));
    const protocol = field('ip_protocol');
    builder.set('ip_protocol', protocol ?? 'tcp', protocol === undefined ? undefined : origins.get('ip_protocol'));
    resources.push(builder.build());
  }
  return resources;
}

// ------------------------------------------------------------- dispatch

/** Which generation of the module the call is written for: by its pinned major version, else by its arguments. */
function generation(call: ModuleCall, inputs: Inputs): 'legacy' | 'v6' | 'undecided' | 'invalid' {
  if (call.major !== undefined) return call.major >= 6 ? 'v6' : 'legacy';
  const rules = inputs.get(['ingress_rules']);
  const egress = inputs.get(['egress_rules']);
  const names = Object.keys(call.inputs);
  const legacy =
    Array.isArray(rules) ||
    Array.isArray(egress) ||
    LEGACY_ARGUMENTS.some((name) => inputs.lookup([name]).present) ||
    names.some((name) => /^(?:auto_|computed_|number_of_computed_)/.test(name) && inputs.lookup([name]).present);
  const v6 = isObject(rules) || isObject(egress) || V6_ARGUMENTS.some((name) => inputs.lookup([name]).present);
  if (legacy && v6) return 'invalid';
  return legacy ? 'legacy' : v6 ? 'v6' : 'undecided';
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  // Nothing is created, or whether anything is cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true || inputs.flag(['putin_khuylo'], true) !== true) return [];
  switch (generation(call, inputs)) {
    case 'legacy':
      return new Legacy(call).expand();
    case 'v6':
      return expandV6(call, inputs);
    case 'undecided':
      // Every version creates the group; the rules of a call without any argument that tells them apart open nothing.
      return [group(inputs, undefined)];
    case 'invalid':
      return [];
  }
}

export const securityGroup: ModuleModel = {
  address: 'terraform-aws-modules/security-group/aws',
  repository: 'terraform-aws-modules/terraform-aws-security-group',
  outputs: {
    // Versions 4 and 5.
    security_group_id: `${GROUP}.this.id`,
    security_group_arn: `${GROUP}.this.arn`,
    security_group_name: `${GROUP}.this.name`,
    security_group_vpc_id: `${GROUP}.this.vpc_id`,
    security_group_owner_id: `${GROUP}.this.owner_id`,
    // Versions before 4.
    this_security_group_id: `${GROUP}.this.id`,
    this_security_group_name: `${GROUP}.this.name`,
    this_security_group_vpc_id: `${GROUP}.this.vpc_id`,
    this_security_group_owner_id: `${GROUP}.this.owner_id`,
    // Version 6.
    id: `${GROUP}.this.id`,
    arn: `${GROUP}.this.arn`,
    name: `${GROUP}.this.name`,
    vpc_id: `${GROUP}.this.vpc_id`,
    owner_id: `${GROUP}.this.owner_id`,
  },
  expand,
};
