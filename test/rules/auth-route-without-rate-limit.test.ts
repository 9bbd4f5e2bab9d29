import { authRouteWithoutRateLimit } from '../../src/rules/auth-route-without-rate-limit.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(authRouteWithoutRateLimit, {
  valid: [
    { name: 'express-rate-limit on the route', code: "import express from 'express';\nimport rateLimit from 'express-rate-limit';\nconst limiter = rateLimit({ windowMs: 60_000, limit: 5 });\nrouter.post('/login', limiter, login);" },
    { name: 'app-level limiter before the routes', code: "import express from 'express';\napp.use(rateLimit({ windowMs: 60_000, limit: 100 }));\napp.post('/auth/token', issueToken);" },
    { name: 'a limiter named so', code: "import express from 'express';\nrouter.post('/password/reset', resetLimiter, requestReset);" },
    { name: 'express-slow-down', code: "import express from 'express';\nimport slowDown from 'express-slow-down';\nrouter.post('/signin', slowDown({ windowMs: 60_000, delayAfter: 3 }), signIn);" },
    { name: 'limiter consumed in the handler', code: "router.post('/mfa/verify', async (req, res) => {\n  await rateLimiter.consume(req.ip);\n  res.json({ ok: await verifyCode(String(req.body.code)) });\n});" },
    { name: 'GET of the login page', code: "router.get('/login', (_req, res) => res.render('login'));" },
    { name: 'logout', code: "router.post('/logout', (req, res) => res.sendStatus(204));" },
    { name: 'not an authentication route', code: "import express from 'express';\nrouter.post('/devices/:id/token', saveDeviceToken);\nrouter.post('/appointments', book);" },
    { name: 'Fastify global rate limit plugin', code: "import rateLimit from '@fastify/rate-limit';\nfastify.register(rateLimit, { max: 100 });\nfastify.post('/login', async (request) => login(request.body));" },
    { name: 'Fastify route config', code: "fastify.post('/otp/verify', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request) => verify(request.body));" },
    { name: 'Nest @Throttle', code: "@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  @Throttle({ default: { limit: 5, ttl: 60000 } })\n  login(@Body() dto: LoginDto) {\n    return this.auth.login(dto);\n  }\n}" },
    { name: 'Nest ThrottlerGuard as APP_GUARD in the file', code: "@Module({ providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }] })\nexport class AppModule {}\n@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  login(@Body() dto: LoginDto) {\n    return this.auth.login(dto);\n  }\n}" },
    { name: 'a browser API client is not a route', code: "export async function signIn(credentials) {\n  return api.post('/login', credentials);\n}" },
  ],
  invalid: [
    {
      name: 'Express login',
      code: "router.post('/login', async (req, res) => {\n  res.json(await login(String(req.body.email), String(req.body.password)));\n});",
      findings: [
        {
          message: 'POST /login is a login route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)',
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 3,
          snippet: "router.post('/login', async (req, res) => {",
        },
      ],
    },
    {
      name: 'limiter only after the route',
      code: "import express from 'express';\napp.post('/api/v1/auth/token', issueToken);\napp.use(rateLimit({ windowMs: 60_000, limit: 100 }));",
      findings: [
        {
          message: 'POST /api/v1/auth/token is a token route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          snippet: "app.post('/api/v1/auth/token', issueToken)",
        },
      ],
    },
    {
      name: 'password reset by handler name',
      code: "import express from 'express';\nrouter.post('/account/recover', resetPassword);",
      findings: [
        {
          message: 'POST /account/recover is a password reset route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 47,
          snippet: "router.post('/account/recover', resetPassword)",
        },
      ],
    },
    {
      name: 'Fastify limiter registered with global: false and no route config',
      code: "import rateLimit from '@fastify/rate-limit';\nfastify.register(rateLimit, { global: false });\nfastify.post('/otp', async (request) => sendOtp(request.body));",
      findings: [
        {
          message: 'POST /otp is an one-time code route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 63,
          snippet: "fastify.post('/otp', async (request) => sendOtp(request.body))",
        },
      ],
    },
    {
      name: 'Koa two-factor',
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.post('/2fa/verify', async (ctx) => {\n  ctx.body = await verify(String(ctx.request.body.code));\n});",
      findings: [
        {
          message: 'POST /2fa/verify is an MFA verification route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)',
          line: 3,
          column: 1,
          endLine: 5,
          endColumn: 3,
          snippet: "router.post('/2fa/verify', async (ctx) => {",
        },
      ],
    },
    {
      name: 'Nest login without throttling',
      code: "@Controller('auth')\nexport class AuthController {\n  @Post('sign-in')\n  signIn(@Body() dto: LoginDto) {\n    return this.auth.signIn(dto);\n  }\n}",
      findings: [
        {
          message: 'POST /auth/sign-in is a login route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          snippet: "@Post('sign-in')",
        },
      ],
    },
  ],
});
