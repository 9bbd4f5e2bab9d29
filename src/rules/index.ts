/**
 * The source-code rules, sorted by id. A test compares this list with the
 * files of this folder: adding a rule is one file plus one line here.
 */
import type { CodeRule } from '../engine/code/define-rule.js';
import { angularBypassSanitizer } from './angular-bypass-sanitizer.js';
import { apiWithoutAuditLogging } from './api-without-audit-logging.js';
import { authRouteWithoutRateLimit } from './auth-route-without-rate-limit.js';
import { cleartextHttpRequest } from './cleartext-http-request.js';
import { cleartextWebsocket } from './cleartext-websocket.js';
import { codeInjection } from './code-injection.js';
import { commandInjection } from './command-injection.js';
import { databaseTlsDisabled } from './database-tls-disabled.js';
import { deprecatedCreateCipher } from './deprecated-create-cipher.js';
import { domXssSink } from './dom-xss-sink.js';
import { errorDetailsInResponse } from './error-details-in-response.js';
import { fastHashForPassword } from './fast-hash-for-password.js';
import { hardcodedCredential } from './hardcoded-credential.js';
import { hardcodedCryptographicKey } from './hardcoded-cryptographic-key.js';
import { hardcodedSecretToken } from './hardcoded-secret-token.js';
import { hardcodedSessionSecret } from './hardcoded-session-secret.js';
import { insecureCookieFlags } from './insecure-cookie-flags.js';
import { insecureRandomness } from './insecure-randomness.js';
import { jwtDecodeWithoutVerify } from './jwt-decode-without-verify.js';
import { jwtNoneAlgorithm } from './jwt-none-algorithm.js';
import { jwtVerifyWithoutAlgorithms } from './jwt-verify-without-algorithms.js';
import { jwtWithoutExpiry } from './jwt-without-expiry.js';
import { massAssignment } from './mass-assignment.js';
import { missingSecurityHeaders } from './missing-security-headers.js';
import { nosqlInjection } from './nosql-injection.js';
import { permissiveCors } from './permissive-cors.js';
import { reactDangerousHtml } from './react-dangerous-html.js';
import { reflectedXss } from './reflected-xss.js';
import { requestInputWithoutValidation } from './request-input-without-validation.js';
import { routeWithoutAuthentication } from './route-without-authentication.js';
import { sensitiveDataInBrowserStorage } from './sensitive-data-in-browser-storage.js';
import { sensitiveDataInFile } from './sensitive-data-in-file.js';
import { sensitiveDataInJwt } from './sensitive-data-in-jwt.js';
import { sensitiveDataInLogs } from './sensitive-data-in-logs.js';
import { sensitiveDataInUrl } from './sensitive-data-in-url.js';
import { sensitiveDataToThirdParty } from './sensitive-data-to-third-party.js';
import { sqlInjection } from './sql-injection.js';
import { staticInitializationVector } from './static-initialization-vector.js';
import { templateAutoescapeDisabled } from './template-autoescape-disabled.js';
import { templateInjection } from './template-injection.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { unencryptedSensitiveField } from './unencrypted-sensitive-field.js';
import { unsafeDeserialization } from './unsafe-deserialization.js';
import { weakCipherAlgorithm } from './weak-cipher-algorithm.js';
import { weakHashAlgorithm } from './weak-hash-algorithm.js';
import { weakKeyDerivation } from './weak-key-derivation.js';
import { weakTlsProtocol } from './weak-tls-protocol.js';
import { wholeRecordInResponse } from './whole-record-in-response.js';

export const codeRules: readonly CodeRule[] = [
  sensitiveDataInLogs,
  tlsVerificationDisabled,
  sensitiveDataToThirdParty,
  sensitiveDataInUrl,
  sensitiveDataInBrowserStorage,
  errorDetailsInResponse,
  wholeRecordInResponse,
  unencryptedSensitiveField,
  sensitiveDataInFile,
  weakHashAlgorithm,
  fastHashForPassword,
  weakCipherAlgorithm,
  deprecatedCreateCipher,
  staticInitializationVector,
  insecureRandomness,
  weakKeyDerivation,
  hardcodedCryptographicKey,
  cleartextHttpRequest,
  cleartextWebsocket,
  databaseTlsDisabled,
  weakTlsProtocol,
  hardcodedSecretToken,
  hardcodedCredential,
  sqlInjection,
  nosqlInjection,
  commandInjection,
  codeInjection,
  unsafeDeserialization,
  templateInjection,
  domXssSink,
  reactDangerousHtml,
  angularBypassSanitizer,
  reflectedXss,
  templateAutoescapeDisabled,
  routeWithoutAuthentication,
  requestInputWithoutValidation,
  massAssignment,
  apiWithoutAuditLogging,
  authRouteWithoutRateLimit,
  missingSecurityHeaders,
  permissiveCors,
  insecureCookieFlags,
  hardcodedSessionSecret,
  jwtNoneAlgorithm,
  jwtDecodeWithoutVerify,
  jwtVerifyWithoutAlgorithms,
  jwtWithoutExpiry,
  sensitiveDataInJwt,
];
