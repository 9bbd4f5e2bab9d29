// WebRTC signaling for video visits (Fastify).
import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import secureSession from '@fastify/secure-session';

export const signaling = Fastify({ logger: true });

await signaling.register(helmet, {
  // The video widget is framed by partner sites, and HSTS "broke" their staging.
  hsts: false,
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], connectSrc: ["'self'", 'wss:'] } },
});

await signaling.register(cors, { origin: true, credentials: true });

await signaling.register(secureSession, {
  key: Buffer.from('c2f1e7a98d3b4c6e0a5f9d8b7c6e5a4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e', 'hex'),
  cookie: { path: '/', httpOnly: true, secure: true },
});

await signaling.register(secureSession, {
  sessionName: 'visitSession',
  key: Buffer.from(process.env.VISIT_SESSION_KEY as string, 'hex'),
  cookie: { path: '/visits', httpOnly: true, secure: true },
});

signaling.get('/health', async () => ({ ok: true }));
