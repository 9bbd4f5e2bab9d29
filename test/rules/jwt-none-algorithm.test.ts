import { jwtNoneAlgorithm } from '../../src/rules/jwt-none-algorithm.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(jwtNoneAlgorithm, {
  valid: [
    { name: 'verify with a key and an allow-list', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, publicKey, { algorithms: [\'RS256\'] });' },
    { name: 'sign with HS256', code: 'import jwt from \'jsonwebtoken\';\njwt.sign(payload, secret, { algorithm: \'HS256\', expiresIn: \'15m\' });' },
    { name: 'a key computed at run time', code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, getKey(header));' },
    { name: 'compression algorithm none is not a JWT', code: 'zlib.configure({ algorithm: \'none\' });' },
    { name: 'a compression algorithms list with \'none\'', code: 'const transport = { compression: { algorithms: [\'none\', \'gzip\', \'br\'] } };' },
    { name: '\'none\' in another list', code: 'const allowedEncodings = { encodings: [\'none\', \'gzip\'] };' },
    { name: 'jose SignJWT with a real algorithm', code: 'import { SignJWT } from \'jose\';\nawait new SignJWT(claims).setProtectedHeader({ alg: \'ES256\' }).setExpirationTime(\'10m\').sign(privateKey);' },
    { name: 'another library verify without a key', code: 'import { verify } from \'argon2\';\nawait verify(hash);' },
  ],
  invalid: [
    {
      name: 'algorithms allow-list with \'none\'',
      code: 'import jwt from \'jsonwebtoken\';\njwt.verify(token, secret, { algorithms: [\'HS256\', \'none\'] });',
      findings: [
        {
          message: 'JWT verification accepts the \'none\' algorithm: unsigned tokens pass as valid; remove \'none\' from algorithms',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 58,
          snippet: 'algorithms: [\'HS256\', \'none\']',
        },
      ],
    },
    {
      name: 'a lone \'none\' in passport-jwt options',
      code: 'new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: [\'none\'] }, verify);',
      findings: [
        {
          message: 'JWT verification accepts the \'none\' algorithm: unsigned tokens pass as valid; remove \'none\' from algorithms',
          line: 1,
          column: 95,
          endLine: 1,
          endColumn: 115,
          snippet: 'algorithms: [\'none\']',
        },
      ],
    },
    {
      name: 'express-jwt accepting \'NONE\'',
      code: 'import { expressjwt } from \'express-jwt\';\napp.use(expressjwt({ secret, algorithms: [\'NONE\'] }));',
      findings: [
        {
          message: 'JWT verification accepts the \'none\' algorithm: unsigned tokens pass as valid; remove \'none\' from algorithms',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 50,
          snippet: 'algorithms: [\'NONE\']',
        },
      ],
    },
    {
      name: 'sign with algorithm \'none\'',
      code: 'import jwt from \'jsonwebtoken\';\nconst token = jwt.sign({ sub: user.id }, null, { algorithm: \'none\' });',
      findings: [
        {
          message: 'JWT issued with the \'none\' algorithm: the token carries no signature and anyone can forge it',
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 67,
          snippet: 'algorithm: \'none\'',
        },
      ],
    },
    {
      name: 'jose UnsecuredJWT',
      code: 'import { UnsecuredJWT } from \'jose\';\nconst token = new UnsecuredJWT({ sub: \'u1\' }).setExpirationTime(\'2h\').encode();',
      findings: [
        {
          message: 'jose UnsecuredJWT issues a token without a signature: anyone can forge it; use SignJWT',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 46,
          snippet: 'new UnsecuredJWT({ sub: \'u1\' })',
        },
      ],
    },
    {
      name: 'jose UnsecuredJWT.decode',
      code: 'import * as jose from \'jose\';\nconst { payload } = jose.UnsecuredJWT.decode(token);',
      findings: [
        {
          message: 'jose UnsecuredJWT.decode() accepts a token without a signature: use jwtVerify with a key',
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 52,
          snippet: 'jose.UnsecuredJWT.decode(token)',
        },
      ],
    },
    {
      name: 'verify without a key',
      code: 'const jwt = require(\'jsonwebtoken\');\nconst claims = jwt.verify(token, \'\');',
      findings: [
        {
          message: 'jwt.verify() is called without a key: jsonwebtoken then accepts unsigned (alg none) tokens or rejects every signed one; pass the secret or public key',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 37,
          snippet: 'jwt.verify(token, \'\')',
        },
      ],
    },
    {
      name: 'verify with undefined as the key',
      code: 'import { verify } from \'jsonwebtoken\';\nverify(req.headers.authorization, undefined);',
      findings: [
        {
          message: 'jwt.verify() is called without a key: jsonwebtoken then accepts unsigned (alg none) tokens or rejects every signed one; pass the secret or public key',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 45,
          snippet: 'verify(req.headers.authorization, undefined)',
        },
      ],
    },
    {
      name: 'jose protected header alg \'none\'',
      code: 'import { SignJWT } from \'jose\';\nnew SignJWT(claims).setProtectedHeader({ alg: \'none\' });',
      findings: [
        {
          message: 'JWT issued with the \'none\' algorithm: the token carries no signature and anyone can forge it',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 53,
          snippet: 'alg: \'none\'',
        },
      ],
    },
  ],
});
