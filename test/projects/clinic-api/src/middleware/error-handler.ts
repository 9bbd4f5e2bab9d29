import type { NextFunction, Request, Response } from 'express';
import { logger } from '../lib/logger.js';

/** The last middleware: logs the error and answers without internals. */
export function errorHandler(err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction): void {
  logger.error({ err, requestId: req.headers['x-request-id'] }, 'unhandled error');
  const status = err.status ?? 500;
  res.status(status).json({
    error: status < 500 ? err.message : 'internal_error',
    stack: process.env.NODE_ENV === 'development' ? err.stack : undefined,
  });
}

/** The handler the legacy admin routes still mount. */
export function legacyErrorHandler(err: Error, req: Request, res: Response, _next: NextFunction): void {
  res.status(500).send({ message: err.message, trace: err.stack });
}
