// Internal metrics endpoint, scraped by Prometheus on a separate port.
import express from 'express';
import { register } from './lib/metrics.js';

const metrics = express();

metrics.get('/metrics', async (_req, res) => {
  res.type('text/plain').send(await register.metrics());
});

metrics.listen(Number(process.env.METRICS_PORT ?? 9100));
