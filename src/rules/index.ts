/**
 * The source-code rules, sorted by id. A test compares this list with the
 * files of this folder: adding a rule is one file plus one line here.
 */
import type { CodeRule } from '../engine/code/define-rule.js';
import { sensitiveDataInLogs } from './sensitive-data-in-logs.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';

export const codeRules: readonly CodeRule[] = [sensitiveDataInLogs, tlsVerificationDisabled];
