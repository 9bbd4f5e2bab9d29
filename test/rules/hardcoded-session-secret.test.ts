import { hardcodedSessionSecret } from '../../src/rules/hardcoded-session-secret.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(hardcodedSessionSecret, {
  valid: [
    { name: 'Koa keys from the environment', code: 'import Koa from \'koa\';\nconst app = new Koa();\napp.keys = [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2];' },
    { name: 'keys of something else', code: 'const index = { keys: [] };\nindex.keys = [\'name\', \'email\'];' },
    { name: 'Keygrip from config', code: 'import Keygrip from \'keygrip\';\nconst keys = new Keygrip(config.cookieKeys);' },
    { name: 'JwtService with a secret from config', code: 'class AuthService {\n  sign(user) {\n    return this.jwtService.sign({ sub: user.id }, { secret: this.config.get(\'JWT_SECRET\'), expiresIn: \'15m\' });\n  }\n}' },
    { name: 'registerAsync from ConfigService', code: 'JwtModule.registerAsync({\n  inject: [ConfigService],\n  useFactory: (config: ConfigService) => ({ secret: config.getOrThrow(\'JWT_SECRET\') }),\n});' },
    { name: 'jwt.sign literal is EVD-CODE-027', code: 'import jwt from \'jsonwebtoken\';\njwt.sign({ sub }, \'a-literal-secret\', { expiresIn: \'15m\' });' },
  ],
  invalid: [
    {
      name: 'Koa app.keys',
      code: 'import Koa from \'koa\';\nconst app = new Koa();\napp.keys = [\'im a newer secret\', \'i like turtle\'];',
      findings: [
        {
          message: 'Hard-coded signing secret in Koa app.keys: anyone with the code can forge sessions or tokens; load it from a secret store',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 50,
          snippet: 'app.keys = [\'****\', \'****\']',
        },
      ],
    },
    {
      name: 'Koa app.keys with an environment fallback',
      code: 'import Koa from \'koa\';\nimport session from \'koa-session\';\nconst app = new Koa();\napp.keys = [process.env.SESSION_KEY || \'koa-dev-session-key\'];\napp.use(session(app));',
      findings: [
        {
          message: 'Hard-coded signing secret in Koa app.keys: anyone with the code can forge sessions or tokens; load it from a secret store',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 62,
          snippet: 'app.keys = [process.env.SESSION_KEY || \'****\']',
        },
      ],
    },
    {
      name: 'new Keygrip with literals',
      code: 'import Keygrip from \'keygrip\';\nconst keys = new Keygrip([\'SEKRIT2\', \'SEKRIT1\'], \'sha256\');',
      findings: [
        {
          message: 'Hard-coded signing secret in new Keygrip(): anyone with the code can forge sessions or tokens; load it from a secret store',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 59,
          snippet: 'new Keygrip([\'****\', \'****\'], \'sha256\')',
        },
      ],
    },
    {
      name: '@fastify/secure-session key',
      code: 'import secureSession from \'@fastify/secure-session\';\nawait app.register(secureSession, {\n  key: Buffer.from(\'4fe91796c30bd989d95b62dc46c7c3ba0b6aa2df2187400586a4121c54c53b85\', \'hex\'),\n  cookie: { path: \'/\' },\n});',
      findings: [
        {
          message: 'Hard-coded signing secret in @fastify/secure-session (key): anyone with the code can forge sessions or tokens; load it from a secret store',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 94,
          snippet: 'key: Buffer.from(\'****\', \'hex\')',
        },
      ],
    },
    {
      name: 'JwtService.sign with a literal secret',
      code: 'class AuthService {\n  issue(user) {\n    return this.jwtService.sign({ sub: user.id }, { secret: \'nest-signing-secret\', expiresIn: \'15m\' });\n  }\n}',
      findings: [
        {
          message: 'Hard-coded signing secret in JwtService.sign() (secret): anyone with the code can forge sessions or tokens; load it from a secret store',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 82,
          snippet: 'secret: \'****\'',
        },
      ],
    },
    {
      name: 'JwtModule.registerAsync factory with a fallback',
      code: 'JwtModule.registerAsync({\n  useFactory: () => ({\n    secret: process.env.JWT_SECRET ?? \'fallback-jwt-secret\',\n  }),\n});',
      findings: [
        {
          message: 'Hard-coded signing secret in JwtModule.registerAsync() factory (secret): anyone with the code can forge sessions or tokens; load it from a secret store',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 60,
          snippet: 'secret: process.env.JWT_SECRET ?? \'****\'',
        },
      ],
    },
  ],
});
