/**
 * terraform-aws-modules/iam/aws: the policies and role policy attachments of
 * three of its submodules, read from their main.tf and variables.tf and from
 * the version 6 upgrade guide.
 *
 * Modelled:
 * - `modules/iam-policy` (every version): `aws_iam_policy.policy` with the
 *   caller's `policy` document; created unless `create_policy` (up to version
 *   5) or `create` (version 6) is false.
 * - `modules/iam-assumable-role` (up to version 5): when `create_role` is true
 *   (its default is false), `aws_iam_role.this`, one
 *   `aws_iam_role_policy_attachment.custom[i]` per ARN of
 *   `custom_role_policy_arns` (or `number_of_custom_role_policy_arns` of
 *   them), and the `admin`, `poweruser` and `readonly` attachments of the
 *   `attach_*_policy` switches (`admin_role_policy_arn` defaults to
 *   AdministratorAccess).
 * - `modules/iam-role` (version 6, which replaced iam-assumable-role): when
 *   `create` is true (its default), `aws_iam_role.this`, one
 *   `aws_iam_role_policy_attachment.this[key]` per entry of `policies`, and
 *   the inline policy `aws_iam_role_policy.inline` that `create_inline_policy`
 *   builds from `inline_policy_permissions` (undecided when merged with
 *   source or override documents).
 * The roles' trust policies are undecided. Not modelled: inline policies of
 * iam-assumable-role, and the other submodules (users, groups, OIDC/SAML
 * roles, roles for service accounts, read-only policy, account settings):
 * nothing is created for those calls, nor for a call of the root module.
 *
 * Outputs are per submodule: `arn`, `id`, `name` and `policy` name the
 * policy of iam-policy, while iam-role's `arn` and `name` name its role.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import { Inputs, instanceName, knownObject, reference, ResourceBuilder, undecided, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import { eachEntry, listOf, policyDocument, statementJson, type StatementOptions } from './policy-document.js';

const POLICY = 'aws_iam_policy';
const ROLE = 'aws_iam_role';
const ATTACHMENT = 'aws_iam_role_policy_attachment';

/** iam-policy: the policy, created unless switched off by the version's create flag. */
function policy(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  for (const gate of ['create', 'create_policy']) {
    if (inputs.flag([gate], true) !== true) return [];
  }
  return [new ResourceBuilder(POLICY, 'policy').copy(inputs, ['name', 'name_prefix', 'path', 'description', 'policy', 'tags']).build()];
}

/** The role both role submodules create (arguments named as given, copied when written), with its trust policy undecided unless the caller gives it. */
function role(call: ModuleCall, inputs: Inputs, names: Readonly<Record<string, string>>, trust: string | undefined): ResourceBuilder {
  const builder = new ResourceBuilder(ROLE);
  for (const [input, argument] of Object.entries(names)) {
    const found = inputs.lookup([input]);
    if (found.present) builder.set(argument, found.value, [input]);
  }
  const given = trust === undefined ? undefined : inputs.get([trust]);
  if (trust !== undefined && given !== undefined && given !== '') builder.set('assume_role_policy', given, [trust]);
  else builder.set('assume_role_policy', undecided(call, 'the role trust policy'));
  return builder;
}

function attachment(call: ModuleCall, name: string, policyArn: HclValue, from: Array<string | number>): SyntheticResource {
  return new ResourceBuilder(ATTACHMENT, name).set('policy_arn', policyArn, from).set('role', reference(call, ROLE, 'this', 'name')).build();
}

/** iam-assumable-role (up to version 5). */
function assumableRole(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  if (inputs.flag(['create_role'], false) !== true) return [];
  const out: SyntheticResource[] = [
    role(
      call,
      inputs,
      { role_name: 'name', role_name_prefix: 'name_prefix', role_path: 'path', role_description: 'description', max_session_duration: 'max_session_duration', role_permissions_boundary_arn: 'permissions_boundary', tags: 'tags' },
      'custom_role_trust_policy',
    ).build(),
  ];

  // count = coalesce(var.number_of_custom_role_policy_arns, length(var.custom_role_policy_arns)); policy_arn = element(list, count.index).
  const arns = listOf(inputs.get(['custom_role_policy_arns']));
  const number = inputs.get(['number_of_custom_role_policy_arns']);
  const count = number === undefined ? arns?.length : typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
  if (count !== undefined && arns !== undefined && (count === 0 || arns.length > 0)) {
    for (let i = 0; i < count; i++) out.push(attachment(call, instanceName('custom', i), arns[i % arns.length]!, ['custom_role_policy_arns', i % arns.length]));
  } else if (count !== undefined && count > 0 && arns === undefined) {
    // A known number of attachments of policies the call does not spell out.
    for (let i = 0; i < count; i++) out.push(attachment(call, instanceName('custom', i), undecided(call, 'an element of custom_role_policy_arns'), ['custom_role_policy_arns']));
  }

  const predefined: ReadonlyArray<readonly [string, string, string, string]> = [
    ['admin', 'attach_admin_policy', 'admin_role_policy_arn', 'arn:aws:iam::aws:policy/AdministratorAccess'],
    ['poweruser', 'attach_poweruser_policy', 'poweruser_role_policy_arn', 'arn:aws:iam::aws:policy/PowerUserAccess'],
    ['readonly', 'attach_readonly_policy', 'readonly_role_policy_arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
  ];
  for (const [name, attach, arnInput, defaultArn] of predefined) {
    if (inputs.flag([attach], false) !== true) continue;
    const arn = inputs.lookup([arnInput]);
    out.push(attachment(call, name, arn.present ? arn.value : defaultArn, arn.present ? [arnInput] : [attach]));
  }
  return out;
}

/** iam-role (version 6). */
function iamRole(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  if (inputs.flag(['create'], true) !== true) return [];
  const builder = role(call, inputs, { path: 'path', description: 'description', max_session_duration: 'max_session_duration', permissions_boundary: 'permissions_boundary', tags: 'tags' }, undefined);
  // name = use_name_prefix ? null : var.name; name_prefix = use_name_prefix ? "${var.name}-" : null.
  const name = inputs.lookup(['name']);
  const prefixed = inputs.flag(['use_name_prefix'], true);
  if (name.present && prefixed === false) builder.set('name', name.value, ['name']);
  if (name.present && prefixed === true) builder.set('name_prefix', typeof name.value === 'string' ? `${name.value}-` : undecided(call, 'the role name prefix'), ['name']);
  const out: SyntheticResource[] = [builder.build()];

  const policies = knownObject(inputs.get(['policies']));
  // Unknown: which attachments exist is undecided, and each may be what a check reports.
  if (policies !== undefined) {
    for (const key of Object.keys(policies).sort()) out.push(attachment(call, instanceName('this', key), policies[key]!, ['policies', key]));
  }

  const inline = inputs.flag(['create_inline_policy'], false);
  if (inline === true) {
    const inlineRole = new ResourceBuilder('aws_iam_role_policy', 'inline').set('role', reference(call, ROLE, 'this', 'name'));
    const document = inlinePolicy(call, inputs);
    out.push(inlineRole.set('policy', document.value, document.from).build());
  }
  return out;
}

/**
 * The inline policy iam-role assembles from `inline_policy_permissions` (a
 * map of statements), with the argument a finding on it is shown at: the
 * first statement that allows an administrator action on every resource, or
 * the whole map.
 */
function inlinePolicy(call: ModuleCall, inputs: Inputs): { value: HclValue; from: Array<string | number> } {
  for (const merged of ['source_inline_policy_documents', 'override_inline_policy_documents']) {
    const documents = inputs.get([merged]);
    if (documents !== undefined && !(Array.isArray(documents) && documents.length === 0)) return { value: undecided(call, `the inline policy merged with ${merged}`), from: [merged] };
  }
  const entries = eachEntry(inputs.get(['inline_policy_permissions']));
  if (entries === undefined) return { value: undecided(call, 'the inline policy statements'), from: ['inline_policy_permissions'] };
  const options: StatementOptions = { conditionKeys: ['condition'], conditionSpellings: ['condition'], sidFromKey: true };
  const statements = entries.map(([key, value]) => ({ key, statement: statementJson(call, key, value, options) }));
  const admin = statements.find(({ statement }) => allowsAdministration(statement));
  return {
    value: policyDocument(call, 'the inline policy', { statements: statements.map((s) => s.statement) }),
    from: admin === undefined ? ['inline_policy_permissions'] : ['inline_policy_permissions', admin.key],
  };
}

/** An Allow statement with Action `*` or `iam:*` on Resource `*` (only to locate a finding; the check decides). */
function allowsAdministration(statement: HclValue): boolean {
  if (statement === null || isUnknownValue(statement) || !isObjectValue(statement) || statement.Effect !== 'Allow') return false;
  const list = (value: HclValue | undefined): HclValue[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const actions = list(statement.Action).map((a) => (typeof a === 'string' ? a.toLowerCase() : a));
  return list(statement.Resource).includes('*') && (actions.includes('*') || actions.includes('iam:*'));
}

function expand(call: ModuleCall): SyntheticResource[] {
  switch (call.submodule) {
    case 'modules/iam-policy':
      return policy(call);
    case 'modules/iam-assumable-role':
      return assumableRole(call);
    case 'modules/iam-role':
      return iamRole(call);
    default:
      return [];
  }
}

export const iam: ModuleModel = {
  address: 'terraform-aws-modules/iam/aws',
  repository: 'terraform-aws-modules/terraform-aws-iam',
  outputs: (submodule): Record<string, string> => {
    switch (submodule) {
      case 'modules/iam-policy':
        return { arn: `${POLICY}.policy.arn`, id: `${POLICY}.policy.id`, name: `${POLICY}.policy.name`, policy: `${POLICY}.policy.policy` };
      case 'modules/iam-assumable-role':
        return {
          iam_role_arn: `${ROLE}.this.arn`,
          iam_role_name: `${ROLE}.this.name`,
          iam_role_path: `${ROLE}.this.path`,
          iam_role_unique_id: `${ROLE}.this.unique_id`,
          this_iam_role_arn: `${ROLE}.this.arn`,
          this_iam_role_name: `${ROLE}.this.name`,
        };
      case 'modules/iam-role':
        return { arn: `${ROLE}.this.arn`, name: `${ROLE}.this.name`, unique_id: `${ROLE}.this.unique_id` };
      default:
        return {};
    }
  },
  expand,
};
