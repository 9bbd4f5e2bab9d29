import { sensitiveDataInJwt } from '../../src/rules/sensitive-data-in-jwt.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sensitiveDataInJwt, {
  valid: [
    { name: 'an opaque subject and a role', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id, role: user.role }, secret, { expiresIn: \'15m\' });' },
    { name: 'an e-mail address and a name (contact/personal not reported)', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id, email: user.email, name: user.fullName }, secret, { expiresIn: \'15m\' });' },
    { name: 'a patient id (a surrogate key)', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id, patientId: patient.id }, secret, { expiresIn: \'15m\' });' },
    { name: 'NestJS with ids only', code: 'class AuthService {\n  login(user: User) {\n    return this.jwtService.sign({ sub: user.id, tenantId: user.tenantId });\n  }\n}' },
    { name: 'not a JWT sign', code: 'crypto.sign(\'sha256\', Buffer.from(patient.diagnosis), privateKey);' },
  ],
  invalid: [
    {
      name: 'a diagnosis in the payload',
      code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: patient.id, diagnosis: patient.diagnosis }, secret, { expiresIn: \'15m\' });',
      findings: [
        {
          message: 'Health data (diagnosis) put in a JWT payload by jwt.sign(): the payload is only base64-encoded and readable by anyone holding the token',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 90,
          snippet: 'jwt.sign({ sub: patient.id, diagnosis: patient.diagnosis }, secret, { expiresIn: \'15m\' })',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'an SSN through a variable',
      code: 'import jwt from \'jsonwebtoken\';\nfunction issue(patient: Patient) {\n  const claims = { sub: patient.id, ssn: patient.ssn };\n  return jwt.sign(claims, secret, { expiresIn: \'1h\' });\n}',
      findings: [
        {
          message: 'Government identifier (ssn) put in a JWT payload by jwt.sign(): the payload is only base64-encoded and readable by anyone holding the token',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 55,
          snippet: 'jwt.sign(claims, secret, { expiresIn: \'1h\' })',
          dataCategories: ['government-id'],
        },
      ],
    },
    {
      name: 'the whole patient record',
      code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ ...patient }, secret, { expiresIn: \'15m\' });',
      findings: [
        {
          message: 'Health data (patient) put in a JWT payload by jwt.sign(): the payload is only base64-encoded and readable by anyone holding the token',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 55,
          snippet: 'jwt.sign({ ...patient }, secret, { expiresIn: \'15m\' })',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'NestJS JwtService with an insurance number',
      code: 'class AuthService {\n  login(member: Member) {\n    return this.jwtService.sign({ sub: member.id, insuranceNumber: member.insuranceNumber });\n  }\n}',
      findings: [
        {
          message: 'Health data (insuranceNumber) put in a JWT payload by JwtService.sign(): the payload is only base64-encoded and readable by anyone holding the token',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 93,
          snippet: 'this.jwtService.sign({ sub: member.id, insuranceNumber: member.insuranceNumber })',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'jose SignJWT with a password hash',
      code: 'import { SignJWT } from \'jose\';\nawait new SignJWT({ sub: user.id, passwordHash: user.passwordHash }).setProtectedHeader({ alg: \'HS256\' }).setExpirationTime(\'1h\').sign(key);',
      findings: [
        {
          message: 'Credentials (passwordHash) put in a JWT payload by jose SignJWT: the payload is only base64-encoded and readable by anyone holding the token',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 69,
          snippet: 'new SignJWT({ sub: user.id, passwordHash: user.passwordHash })',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: '@fastify/jwt reply.jwtSign with a medication',
      code: 'const token = await reply.jwtSign({ sub: user.id, medications: profile.medications });',
      findings: [
        {
          message: 'Health data (medications) put in a JWT payload by @fastify/jwt: the payload is only base64-encoded and readable by anyone holding the token',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 86,
          snippet: 'reply.jwtSign({ sub: user.id, medications: profile.medications })',
          dataCategories: ['health'],
        },
      ],
    },
  ],
});
