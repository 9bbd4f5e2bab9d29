import type { NextFunction, Request, Response } from 'express';
import { logger } from '../lib/logger.js';

/** Access log with ids only: no bodies, no query strings. */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  res.on('finish', () => {
    logger.info({ method: req.method, route: req.route?.path, status: res.statusCode, ms: Date.now() - started, userId: req.user?.id });
  });
  next();
}
