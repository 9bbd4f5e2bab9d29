/**
 * Resources that calls of well-known registry modules create, so that the
 * Terraform checks see them (see model.ts for why and how). Each model is one
 * module; add a model here to cover another.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import type { NormalizedResource, ValuePath } from '../types.js';
import { knownObject, originOf, pinnedVersion, refVersion, type ModuleCall, type ModuleModel, type SyntheticResource, type VersionPin } from './model.js';
import { s3Bucket } from './s3-bucket.js';
import { kms } from './kms.js';
import { eks } from './eks.js';
import { cloudwatch } from './cloudwatch.js';
import { iam } from './iam.js';
import { alb } from './alb.js';
import { cloudfront } from './cloudfront.js';
import { securityGroup } from './security-group.js';
import { rds } from './rds.js';
import { rdsAurora } from './rds-aurora.js';
import { sqs } from './sqs.js';
import { sns } from './sns.js';
import { vpc } from './vpc.js';
import { dynamodbTable } from './dynamodb-table.js';
import { elasticache } from './elasticache.js';
import { opensearch } from './opensearch.js';
import { redshift } from './redshift.js';
import { msk } from './msk.js';
import { apigatewayV2 } from './apigateway-v2.js';
import { ssmParameter } from './ssm-parameter.js';
import { lambda } from './lambda.js';
import { ecr } from './ecr.js';
import { secretsManager } from './secrets-manager.js';
import { ec2Instance } from './ec2-instance.js';
import { autoscaling } from './autoscaling.js';

/** Every modelled module. */
export const MODULE_MODELS: readonly ModuleModel[] = [s3Bucket, securityGroup, rds, rdsAurora, alb, cloudfront, sqs, sns, vpc, dynamodbTable, elasticache, opensearch, redshift, kms, eks, cloudwatch, iam, msk, apigatewayV2, ssmParameter, lambda, ecr, secretsManager, ec2Instance, autoscaling];

const BY_ADDRESS = new Map(MODULE_MODELS.map((model) => [model.address, model]));
const BY_REPOSITORY = new Map(MODULE_MODELS.map((model) => [model.repository.toLowerCase(), model]));

/** The model of a module source, its submodule path and the major version a git ref pins. */
export function modelOf(source: string): { model: ModuleModel; submodule: string; ref: VersionPin | undefined } | undefined {
  const [base = '', ...rest] = source.split('?');
  const query = rest.length > 0 ? `?${rest.join('?')}` : '';
  const cut = base.indexOf('//', base.startsWith('git::') ? base.indexOf('://') + 3 : base.includes('://') ? base.indexOf('://') + 3 : 0);
  const path = cut < 0 ? base : base.slice(0, cut);
  const submodule = cut < 0 ? '' : base.slice(cut + 2).replace(/\/+$/, '');
  // Registry: [registry.terraform.io/]<namespace>/<name>/<provider>
  const registry = /^(?:registry\.terraform\.io\/)?([\w-]+\/[\w-]+\/[\w-]+)$/i.exec(path);
  if (registry) {
    const model = BY_ADDRESS.get(registry[1]!.toLowerCase());
    return model === undefined ? undefined : { model, submodule, ref: undefined };
  }
  // GitHub: github.com/<owner>/<repo>, git::https://github.com/<owner>/<repo>.git, git@github.com:<owner>/<repo>.git
  const github = /^(?:git::)?(?:https:\/\/|ssh:\/\/git@|git@)?github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/i.exec(path);
  if (github) {
    const model = BY_REPOSITORY.get(github[1]!.toLowerCase());
    return model === undefined ? undefined : { model, submodule, ref: refVersion(query) };
  }
  return undefined;
}

/**
 * For each call (by name) of a modelled module among `calls` (name and
 * literal source), the addresses its known outputs stand for
 * (`module.logs.aws_s3_bucket.this.id` for `s3_bucket_id`).
 */
export function outputAddresses(calls: ReadonlyArray<{ name: string; source: string }>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const { name, source } of calls) {
    const found = modelOf(source);
    if (found === undefined) continue;
    const outputs = typeof found.model.outputs === 'function' ? found.model.outputs(found.submodule) : found.model.outputs;
    out.set(name, new Map(Object.entries(outputs).map(([output, address]) => [output, `module.${name}.${address}`])));
  }
  return out;
}

/** A resource created by a module call, and the map from its arguments back to the call's. */
export interface ModuleResource {
  readonly resource: NormalizedResource;
  readonly synthetic: SyntheticResource;
}

/** The provider configuration the call passes for `aws` (`providers = { aws = aws.eu }`), or the default one. */
function providerFor(config: { [key: string]: HclValue }, type: string): string {
  const local = type.slice(0, Math.max(type.indexOf('_'), 0)) || type;
  const providers = knownObject(config.providers);
  if (providers !== undefined) {
    const given = providers[local];
    if (typeof given === 'string') return given;
    if (isUnknownValue(given)) return given.__unknown__;
  }
  return local;
}

/**
 * The resources a module call (a `modules` entry of the Terraform document)
 * creates, when its source is a modelled module; none otherwise.
 */
export function moduleResources(call: NormalizedResource): ModuleResource[] {
  const source = call.source;
  if (typeof source !== 'string') return [];
  const found = modelOf(source);
  if (found === undefined) return [];
  const config = (call.config ?? {}) as { [key: string]: HclValue };
  const pin = found.ref ?? pinnedVersion(config.version);
  const moduleCall: ModuleCall = {
    id: call.id,
    source,
    submodule: found.submodule,
    major: pin?.major,
    ...(pin !== undefined ? { minors: pin.minors } : {}),
    inputs: config,
  };
  const out: ModuleResource[] = [];
  for (const synthetic of found.model.expand(moduleCall)) {
    const resource: NormalizedResource = {
      id: `${call.id}.${synthetic.type}.${synthetic.name}`,
      mode: 'managed',
      type: synthetic.type,
      name: synthetic.name,
      provider: providerFor(config, synthetic.type),
      module: call.id,
      created_by: { call: call.id, source, module: found.model.address + (found.submodule === '' ? '' : `//${found.submodule}`) },
      file: call.file,
      startLine: call.startLine,
      endLine: call.endLine,
      config: synthetic.config,
    };
    if (config.count !== undefined) resource.count = config.count;
    if (config.for_each !== undefined) resource.for_each = config.for_each;
    out.push({ resource, synthetic });
  }
  return out;
}

/** The path, inside the module call's entry, that a path inside a module-created resource comes from. */
export function callPathOf(synthetic: SyntheticResource, path: ValuePath): ValuePath {
  const origin = originOf(synthetic, path);
  return origin === undefined ? [] : ['config', ...origin];
}
