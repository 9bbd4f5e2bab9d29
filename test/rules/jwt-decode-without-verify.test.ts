import { jwtDecodeWithoutVerify } from '../../src/rules/jwt-decode-without-verify.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(jwtDecodeWithoutVerify, {
  valid: [
    { name: 'decode for the kid, then verify', code: 'import jwt from \'jsonwebtoken\';\nexport async function authenticate(token: string) {\n  const decoded = jwt.decode(token, { complete: true });\n  const key = await jwks.getSigningKey(decoded.header.kid);\n  return jwt.verify(token, key.getPublicKey(), { algorithms: [\'RS256\'] });\n}' },
    { name: 'only the expiry is read', code: 'import jwt from \'jsonwebtoken\';\nexport function needsRefresh(token: string): boolean {\n  const payload = jwt.decode(token);\n  return payload.exp * 1000 < Date.now() + 60_000;\n}' },
    { name: 'browser code (tsx)', filename: 'src/components/Header.tsx', code: 'import { jwtDecode } from \'jwt-decode\';\nexport function Header({ token }) {\n  const claims = jwtDecode(token);\n  return <span>{claims.name}</span>;\n}' },
    { name: 'browser code (client folder)', filename: 'client/src/session.ts', code: 'import { jwtDecode } from \'jwt-decode\';\nexport const role = jwtDecode(localStorage.getItem(\'token\')).role;' },
    { name: 'decoded and logged only', code: 'import jwt from \'jsonwebtoken\';\nexport function debug(token: string) {\n  console.debug(jwt.decode(token));\n}' },
    { name: 'a different decode', code: 'import { decode } from \'html-entities\';\nconst user = { name: decode(input).name };' },
  ],
  invalid: [
    {
      name: 'jwt.decode role check',
      code: 'import jwt from \'jsonwebtoken\';\nexport function requireAdmin(req, res, next) {\n  const payload = jwt.decode(req.headers.authorization.slice(7));\n  if (payload.role !== \'admin\') return res.sendStatus(403);\n  next();\n}',
      findings: [
        {
          message: 'jwt.decode() does not check the signature, but the result is trusted (its claim role): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 65,
          snippet: 'jwt.decode(req.headers.authorization.slice(7))',
        },
      ],
    },
    {
      name: 'decoded claims become req.user',
      code: 'import jwt from \'jsonwebtoken\';\napp.use((req, res, next) => {\n  const token = req.cookies.token;\n  req.user = jwt.decode(token);\n  next();\n});',
      findings: [
        {
          message: 'jwt.decode() does not check the signature, but the result is trusted (it is stored as req.user): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 31,
          snippet: 'jwt.decode(token)',
        },
      ],
    },
    {
      name: 'jwt-decode destructuring the subject (server)',
      filename: 'src/middleware/auth.ts',
      code: 'import { jwtDecode } from \'jwt-decode\';\nexport function currentUserId(header: string) {\n  const { sub } = jwtDecode(header);\n  return sub;\n}',
      findings: [
        {
          message: 'jwtDecode() does not check the signature, but the result is trusted (its claim sub): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 36,
          snippet: 'jwtDecode(header)',
        },
      ],
    },
    {
      name: 'jose decodeJwt returned from an auth function',
      code: 'import { decodeJwt } from \'jose\';\nexport function getAuthClaims(token: string) {\n  return decodeJwt(token);\n}',
      findings: [
        {
          message: 'decodeJwt() does not check the signature, but the result is trusted (it is returned by getAuthClaims()): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 26,
          snippet: 'decodeJwt(token)',
        },
      ],
    },
    {
      name: 'direct claim read',
      code: 'import jwt from \'jsonwebtoken\';\nconst userId = jwt.decode(token).userId;',
      findings: [
        {
          message: 'jwt.decode() does not check the signature, but the result is trusted (its claim userId): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 33,
          snippet: 'jwt.decode(token)',
        },
      ],
    },
    {
      name: 'verify of another token does not count',
      code: 'import jwt from \'jsonwebtoken\';\nexport function check(idToken: string, accessToken: string) {\n  jwt.verify(accessToken, key, { algorithms: [\'RS256\'] });\n  const claims = jwt.decode(idToken);\n  return claims.permissions.includes(\'records:read\');\n}',
      findings: [
        {
          message: 'jwt.decode() does not check the signature, but the result is trusted (its claim permissions): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 37,
          snippet: 'jwt.decode(idToken)',
        },
      ],
    },
  ],
});
