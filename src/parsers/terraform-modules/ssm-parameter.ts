/**
 * terraform-aws-modules/ssm-parameter/aws: the parameter (`aws_ssm_parameter`)
 * a call creates, read from the module's main.tf and variables.tf (versions 1
 * and 2: the type is computed the same way in both).
 *
 * Modelled: the parameter's name and its type, as the module's local
 * computes it: `type` when given (a null `type` is the module's default,
 * null); otherwise `StringList` when `values` is a non-empty list, else
 * `SecureString` when `secure_type` is true and `String` when it is false
 * (its default; a null `secure_type` is read by `try(tobool(…) == true,
 * false)` as false). `value` is a `string` variable, so the module's
 * `can(tostring(var.value))` always holds. An unknown `type`, `values` or
 * `secure_type` leaves the type unknown. With `ignore_value_changes` the
 * module creates the same parameter under the name `ignore_value` (unknown:
 * under `this`, the name checks read is the parameter's own name anyway).
 * The KMS key is kept only for a SecureString, as the module does. Nothing is
 * created with `create` false or unknown. Not modelled: the value (never
 * reported on: the check reads the type and the name), and calls of
 * `//wrappers`.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, ResourceBuilder, undecided, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const PARAMETER = 'aws_ssm_parameter';

/** The type the module gives the parameter, and the call argument it came from. */
function parameterType(call: ModuleCall, inputs: Inputs): { value: HclValue; from: ValuePath | undefined } {
  const given = inputs.lookup(['type']);
  if (given.present) return { value: given.value, from: ['type'] };
  const values = inputs.lookup(['values']);
  if (values.present) {
    if (isUnknownValue(values.value)) return { value: values.value, from: ['values'] };
    if (Array.isArray(values.value) && values.value.length > 0) return { value: 'StringList', from: ['values'] };
    if (!Array.isArray(values.value)) return { value: undecided(call, 'the parameter type'), from: ['values'] };
  }
  const secure = inputs.lookup(['secure_type']);
  if (!secure.present) return { value: 'String', from: undefined };
  const flag = inputs.flag(['secure_type'], false);
  if (flag === undefined) return { value: isUnknownValue(secure.value) ? secure.value : undecided(call, 'the parameter type'), from: ['secure_type'] };
  return { value: flag ? 'SecureString' : 'String', from: ['secure_type'] };
}

function expand(call: ModuleCall): SyntheticResource[] {
  // The wrappers create one parameter per `items` entry (with `defaults`): not modelled.
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or whether it is cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];
  const ignoreChanges = inputs.flag(['ignore_value_changes'], false);
  const parameter = new ResourceBuilder(PARAMETER, ignoreChanges === true ? 'ignore_value' : 'this').copy(inputs, [
    'name',
    'description',
    'tier',
    'allowed_pattern',
    'data_type',
    'region',
    'tags',
  ]);
  const type = parameterType(call, inputs);
  parameter.set('type', type.value, type.from);
  if (type.value === 'SecureString' || isUnknownValue(type.value)) {
    const key = inputs.lookup(['key_id']);
    if (key.present) parameter.set('key_id', type.value === 'SecureString' ? key.value : undecided(call, 'the parameter key'), ['key_id']);
  }
  return [parameter.build()];
}

export const ssmParameter: ModuleModel = {
  address: 'terraform-aws-modules/ssm-parameter/aws',
  repository: 'terraform-aws-modules/terraform-aws-ssm-parameter',
  outputs: {
    ssm_parameter_arn: `${PARAMETER}.this.arn`,
    ssm_parameter_name: `${PARAMETER}.this.name`,
    ssm_parameter_type: `${PARAMETER}.this.type`,
    ssm_parameter_version: `${PARAMETER}.this.version`,
  },
  expand,
};
