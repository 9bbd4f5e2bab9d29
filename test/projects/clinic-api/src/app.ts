import express from 'express';
import mongoose from 'mongoose';
import { appointments } from './routes/appointments.js';
import { auth } from './routes/auth.js';
import { patients } from './routes/patients.js';
import { errorHandler, legacyErrorHandler } from './middleware/error-handler.js';
import { requestLog } from './middleware/request-log.js';
import { logger } from './lib/logger.js';

export const app = express();

app.disable('x-powered-by');
app.use(express.json({ limit: '100kb' }));
app.use(requestLog);
app.use('/api', auth, patients, appointments);
app.use('/admin', legacyErrorHandler);
app.use(errorHandler);

export async function start(port = Number(process.env.PORT ?? 3000)): Promise<void> {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/clinic', { tls: process.env.NODE_ENV === 'production' });
  app.listen(port, () => logger.info({ port }, 'clinic api listening'));
}
