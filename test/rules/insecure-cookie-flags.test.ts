import { insecureCookieFlags } from '../../src/rules/insecure-cookie-flags.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(insecureCookieFlags, {
  valid: [
    { name: 'express-session with secure cookies', code: 'import session from \'express-session\';\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: \'lax\' } }));' },
    { name: 'express-session with secure: \'auto\'', code: 'import session from \'express-session\';\napp.use(session({ secret, cookie: { secure: \'auto\' } }));' },
    { name: 'express-session with a computed secure flag', code: 'import session from \'express-session\';\napp.use(session({ secret, cookie: { secure: process.env.NODE_ENV === \'production\', maxAge: 900000 } }));' },
    { name: 'the express-session README set-up (secure set in production)', code: 'import session from \'express-session\';\nconst sess = { secret: process.env.SESSION_SECRET, cookie: {} };\nif (app.get(\'env\') === \'production\') {\n  app.set(\'trust proxy\', 1);\n  sess.cookie.secure = true;\n}\napp.use(session(sess));' },
    { name: 'express-session options built elsewhere', code: 'import session from \'express-session\';\napp.use(session(sessionOptions));' },
    { name: 'cookie-session with defaults', code: 'import cookieSession from \'cookie-session\';\napp.use(cookieSession({ name: \'session\', keys: [process.env.COOKIE_KEY], maxAge: 3600000 }));' },
    { name: 'a session cookie with every flag', code: 'res.cookie(\'sid\', session.id, { httpOnly: true, secure: true, sameSite: \'strict\' });' },
    { name: 'a preference cookie', code: 'res.cookie(\'theme\', \'dark\');' },
    { name: 'a CSRF cookie scripts must read', code: 'res.cookie(\'XSRF-TOKEN\', req.csrfToken(), { secure: true });' },
    { name: 'a token cookie is EVD-CODE-005', code: 'res.cookie(\'accessToken\', tokens.access, { secure: true });\nres.cookie(\'sid\', session.id);' },
    { name: 'Koa cookies default to httpOnly and secure', code: 'ctx.cookies.set(\'session\', id, { signed: true });' },
    { name: 'not a session module', code: 'import session from \'./session\';\napp.use(session({ store }));' },
  ],
  invalid: [
    {
      name: 'express-session without cookie options',
      code: 'import session from \'express-session\';\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));',
      findings: [
        {
          message: 'express-session has no cookie options: secure defaults to false (the session id is sent over plain HTTP); set secure: true and httpOnly: true',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 97,
          snippet: 'session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false })',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'express-session cookie without secure',
      code: 'const session = require(\'express-session\');\napp.use(\n  session({\n    secret: process.env.SESSION_SECRET,\n    cookie: { httpOnly: true, maxAge: 30 * 60 * 1000 },\n  }),\n);',
      findings: [
        {
          message: 'express-session cookie: secure is not set (sent over plain HTTP); set secure: true and httpOnly: true',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 55,
          snippet: 'cookie: { httpOnly: true, maxAge: 30 * 60 * 1000 }',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'express-session cookie with httpOnly off',
      code: 'import session from \'express-session\';\nconst SESSION = { secret, cookie: { secure: true, httpOnly: false } };\napp.use(session(SESSION));',
      findings: [
        {
          message: 'express-session cookie: httpOnly is false (readable by scripts); set secure: true and httpOnly: true',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 68,
          snippet: 'cookie: { secure: true, httpOnly: false }',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'express-session sameSite none without secure',
      code: 'import session from \'express-session\';\napp.use(session({ secret, cookie: { sameSite: \'none\', secure: false } }));',
      findings: [
        {
          message: 'express-session cookie: secure is false (sent over plain HTTP); sameSite is \'none\' without secure (browsers reject or downgrade it); set secure: true and httpOnly: true',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 70,
          snippet: 'cookie: { sameSite: \'none\', secure: false }',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'cookie-session with secure off',
      code: 'import cookieSession from \'cookie-session\';\napp.use(cookieSession({ name: \'session\', keys, secure: false }));',
      findings: [
        {
          message: 'cookie-session cookie: secure is false (sent over plain HTTP); set secure: true and httpOnly: true',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 64,
          snippet: 'cookieSession({ name: \'session\', keys, secure: false })',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: '@fastify/session with secure off',
      code: 'import fastifySession from \'@fastify/session\';\nawait app.register(fastifySession, { secret, cookie: { secure: false } });',
      findings: [
        {
          message: '@fastify/session cookie: secure is false (sent over plain HTTP); set secure: true and httpOnly: true',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 74,
          snippet: 'app.register(fastifySession, { secret, cookie: { secure: false } })',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a session id cookie without flags',
      code: 'res.cookie(\'connect.sid\', signedId);',
      findings: [
        {
          message: 'Session cookie connect.sid set by res.cookie: secure is not set (sent over plain HTTP); httpOnly is not set (readable by scripts); set secure: true and httpOnly: true',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          snippet: 'res.cookie(\'connect.sid\', signedId)',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a login cookie with sameSite none',
      code: 'reply.setCookie(\'remember_me\', rememberId, { httpOnly: true, sameSite: \'none\' });',
      findings: [
        {
          message: 'Session cookie remember_me set by reply.setCookie: secure is not set (sent over plain HTTP); sameSite is \'none\' without secure (browsers reject or downgrade it); set secure: true and httpOnly: true',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 81,
          snippet: 'reply.setCookie(\'remember_me\', rememberId, { httpOnly: true, sameSite: \'none\' })',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a Koa session cookie readable by scripts',
      code: 'ctx.cookies.set(\'session\', id, { httpOnly: false });',
      findings: [
        {
          message: 'Session cookie session set by ctx.cookies.set: httpOnly is false (readable by scripts); set secure: true and httpOnly: true',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 52,
          snippet: 'ctx.cookies.set(\'session\', id, { httpOnly: false })',
          dataCategories: ['credentials'],
        },
      ],
    },
  ],
});
