import { jwtWithoutExpiry } from '../../src/rules/jwt-without-expiry.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(jwtWithoutExpiry, {
  valid: [
    { name: 'expiresIn of 15 minutes', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id }, secret, { expiresIn: \'15m\' });' },
    { name: 'expiresIn in seconds', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id }, secret, { expiresIn: 60 * 60 });' },
    { name: 'exp in the payload', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, secret);' },
    { name: 'a refresh token for 14 days', code: 'import jwt from \'jsonwebtoken\';\nexport function issueRefreshToken(userId: string) {\n  return jwt.sign({ sub: userId, typ: \'refresh\' }, refreshSecret, { expiresIn: \'14d\' });\n}' },
    { name: 'payload built elsewhere', code: 'import jwt from \'jsonwebtoken\';\njwt.sign(claims, secret);' },
    { name: 'options built elsewhere', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id }, secret, SIGN_OPTIONS);' },
    { name: 'jose with setExpirationTime', code: 'import { SignJWT } from \'jose\';\nawait new SignJWT({ sub }).setProtectedHeader({ alg: \'HS256\' }).setExpirationTime(\'2h\').sign(key);' },
    { name: 'jose builder kept in a variable', code: 'import { SignJWT } from \'jose\';\nconst builder = new SignJWT({ sub });' },
    { name: 'ignoreExpiration false', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, key, { algorithms: [\'RS256\'], ignoreExpiration: false });' },
    { name: 'JwtModule with a short expiry', code: 'JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: \'15m\' } });' },
    { name: 'another sign', code: 'crypto.sign(\'sha256\', data, privateKey);' },
  ],
  invalid: [
    {
      name: 'no expiresIn, no exp',
      code: 'import jwt from \'jsonwebtoken\';\nconst token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET);',
      findings: [
        {
          message: 'JWT signed without expiresIn or exp: the token is valid for ever; add { expiresIn: \'15m\' }',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 82,
          snippet: 'jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET)',
        },
      ],
    },
    {
      name: 'a callback but no options',
      code: 'const jwt = require(\'jsonwebtoken\');\njwt.sign({ sub: user.id }, secret, (err, token) => res.json({ token }));',
      findings: [
        {
          message: 'JWT signed without expiresIn or exp: the token is valid for ever; add { expiresIn: \'15m\' }',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 72,
          snippet: 'jwt.sign({ sub: user.id }, secret, (err, token) => res.json({ token }))',
        },
      ],
    },
    {
      name: 'options without expiresIn',
      code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id }, privateKey, { algorithm: \'RS256\' });',
      findings: [
        {
          message: 'JWT signed without expiresIn or exp: the token is valid for ever; add { expiresIn: \'15m\' }',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 63,
          snippet: 'jwt.sign({ sub: user.id }, privateKey, { algorithm: \'RS256\' })',
        },
      ],
    },
    {
      name: 'a string payload',
      code: 'import jwt from \'jsonwebtoken\';\njwt.sign(`user:${user.id}`, secret);',
      findings: [
        {
          message: 'JWT signed with a string payload: it can carry no expiry and is valid for ever; sign an object with expiresIn',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 36,
          snippet: 'jwt.sign(`user:${user.id}`, secret)',
        },
      ],
    },
    {
      name: 'thirty days for an access token',
      code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub: user.id }, secret, {\n  expiresIn: \'30d\',\n});',
      findings: [
        {
          message: 'JWT lifetime of 30 days exceeds 24 hours for an access token: a stolen token stays valid that long; shorten it',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          snippet: 'expiresIn: \'30d\'',
        },
      ],
    },
    {
      name: 'a year in seconds for a refresh token',
      code: 'import jwt from \'jsonwebtoken\';\nconst refreshToken = jwt.sign({ sub: user.id }, secret, { expiresIn: 365 * 24 * 3600 });',
      findings: [
        {
          message: 'JWT lifetime of 365 days exceeds 30 days for a refresh token: a stolen token stays valid that long; shorten it',
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 85,
          snippet: 'expiresIn: 365 * 24 * 3600',
        },
      ],
    },
    {
      name: 'jose without setExpirationTime',
      code: 'import { SignJWT } from \'jose\';\nconst token = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: \'HS256\' }).setIssuedAt().sign(key);',
      findings: [
        {
          message: 'jose SignJWT issues a token without setExpirationTime(): the token is valid for ever; add .setExpirationTime(\'15m\')',
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 111,
          snippet: 'new SignJWT({ sub: user.id }).setProtectedHeader({ alg: \'HS256\' }).setIssuedAt().sign(key)',
        },
      ],
    },
    {
      name: 'jose with a week',
      code: 'import { SignJWT } from \'jose\';\nawait new SignJWT({ sub }).setProtectedHeader({ alg: \'HS256\' }).setExpirationTime(\'7d\').sign(key);',
      findings: [
        {
          message: 'JWT lifetime of 7 days exceeds 24 hours for an access token: a stolen token stays valid that long; shorten it',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 88,
          snippet: 'new SignJWT({ sub }).setProtectedHeader({ alg: \'HS256\' }).setExpirationTime(\'7d\')',
        },
      ],
    },
    {
      name: 'ignoreExpiration true',
      code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, key, { algorithms: [\'HS256\'], ignoreExpiration: true });',
      findings: [
        {
          message: 'JWT verification ignores expiry (ignoreExpiration: true): expired and stolen tokens stay valid',
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 71,
          snippet: 'ignoreExpiration: true',
        },
      ],
    },
    {
      name: 'JwtModule without signOptions',
      code: '@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET })] })\nexport class AuthModule {}',
      findings: [
        {
          message: 'JwtModule is registered without signOptions.expiresIn: every token JwtService signs is valid for ever',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 75,
          snippet: 'JwtModule.register({ secret: process.env.JWT_SECRET })',
        },
      ],
    },
  ],
});
