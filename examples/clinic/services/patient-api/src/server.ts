import express from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { logger } from './logger.js';
import { patients } from './routes/patients.js';

const app = express();
app.use(helmet());
app.use(pinoHttp({ logger }));
app.use(express.json({ limit: '100kb' }));
app.use('/api', patients);

const server = https.createServer(
  {
    key: readFileSync('/etc/tls/tls.key'),
    cert: readFileSync('/etc/tls/tls.crt'),
    minVersion: 'TLSv1.2',
  },
  app,
);

server.listen(8443, () => logger.info('patient-api listening on 8443'));
