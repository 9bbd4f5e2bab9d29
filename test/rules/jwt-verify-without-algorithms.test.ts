import { jwtVerifyWithoutAlgorithms } from '../../src/rules/jwt-verify-without-algorithms.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(jwtVerifyWithoutAlgorithms, {
  valid: [
    { name: 'verify with an allow-list', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, publicKey, { algorithms: [\'RS256\'], issuer: \'auth.example-health.com\' });' },
    { name: 'verify with an allow-list and a callback', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, secret, { algorithms: [\'HS256\'] }, (err, claims) => done(err, claims));' },
    { name: 'options built elsewhere', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, secret, verifyOptions);' },
    { name: 'options spread from defaults', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, secret, { ...VERIFY_DEFAULTS, audience: "api" });' },
    { name: 'express-jwt with algorithms', code: 'import { expressjwt } from \'express-jwt\';\napp.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: [\'HS256\'] }));' },
    { name: 'passport-jwt with algorithms', code: 'import { Strategy, ExtractJwt } from \'passport-jwt\';\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: [\'RS256\'] }, verifyUser));' },
    { name: 'jose jwtVerify (algorithm tied to the key)', code: 'import { jwtVerify } from \'jose\';\nawait jwtVerify(token, publicKey);' },
    { name: 'another verify', code: 'import bcrypt from \'bcrypt\';\nawait bcrypt.compare(password, hash);\nsignature.verify(publicKey, data);' },
    { name: 'keyless verify is EVD-CODE-054', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, null);' },
    { name: 'a list of one family', code: 'const options = { algorithms: [\'RS256\', \'ES256\', \'PS256\'] };' },
  ],
  invalid: [
    {
      name: 'verify without options',
      code: 'import jwt from \'jsonwebtoken\';\nexport function authenticate(token: string) {\n  return jwt.verify(token, process.env.JWT_SECRET as string);\n}',
      findings: [
        {
          message: 'jwt.verify() has no algorithms allow-list: the token header chooses the algorithm; pass { algorithms: [...] } with the one algorithm you issue',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 61,
          snippet: 'jwt.verify(token, process.env.JWT_SECRET as string)',
        },
      ],
    },
    {
      name: 'verify with a callback only',
      code: 'const jsonwebtoken = require(\'jsonwebtoken\');\njsonwebtoken.verify(token, publicKey, (err, claims) => next(err));',
      findings: [
        {
          message: 'jwt.verify() has no algorithms allow-list: the token header chooses the algorithm; pass { algorithms: [...] } with the one algorithm you issue',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 66,
          snippet: 'jsonwebtoken.verify(token, publicKey, (err, claims) => next(err))',
        },
      ],
    },
    {
      name: 'verify with options but no algorithms',
      code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, publicKey, { audience: \'records-api\' });',
      findings: [
        {
          message: 'jwt.verify() has no algorithms allow-list: the token header chooses the algorithm; pass { algorithms: [...] } with the one algorithm you issue',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 58,
          snippet: 'jwt.verify(token, publicKey, { audience: \'records-api\' })',
        },
      ],
    },
    {
      name: 'express-jwt without algorithms',
      code: 'const { expressjwt: jwt } = require(\'express-jwt\');\napp.use(jwt({ secret: process.env.JWT_SECRET }));',
      findings: [
        {
          message: 'express-jwt options have no algorithms allow-list: pass algorithms with the one algorithm you issue',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 48,
          snippet: 'jwt({ secret: process.env.JWT_SECRET })',
        },
      ],
    },
    {
      name: 'passport-jwt options in a const',
      code: 'import { Strategy as JwtStrategy, ExtractJwt } from \'passport-jwt\';\nconst opts = {\n  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),\n  secretOrKey: process.env.JWT_PUBLIC_KEY,\n};\npassport.use(new JwtStrategy(opts, verifyUser));',
      findings: [
        {
          message: 'passport-jwt strategy options have no algorithms allow-list: add algorithms with the one algorithm you issue',
          line: 2,
          column: 7,
          endLine: 5,
          endColumn: 2,
          snippet: 'opts = {',
        },
      ],
    },
    {
      name: 'NestJS PassportStrategy super()',
      code: 'export class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(config: ConfigService) {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.get(\'JWT_SECRET\') });\n  }\n}',
      findings: [
        {
          message: 'passport-jwt strategy options have no algorithms allow-list: add algorithms with the one algorithm you issue',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 111,
          snippet: 'super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.get(\'JWT_SECRET\') })',
        },
      ],
    },
    {
      name: 'mixed families (key confusion)',
      code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, key, { algorithms: [\'HS256\', \'RS256\'] });',
      findings: [
        {
          message: 'JWT algorithms allow-list mixes HMAC and public-key algorithms: a public key can then be used as an HMAC secret (key confusion); allow one family',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 56,
          snippet: 'algorithms: [\'HS256\', \'RS256\']',
        },
      ],
    },
  ],
});
