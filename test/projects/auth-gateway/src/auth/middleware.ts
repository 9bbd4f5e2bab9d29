// Request authentication for the gateway's routes.
import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import type { NextFunction, Request, Response } from 'express';
import { config } from '../config.js';
import { verifyAccessToken } from './tokens.js';

function bearer(req: Request): string {
  return (req.headers.authorization ?? '').replace(/^Bearer /, '');
}

export function requireAccessToken(req: Request, res: Response, next: NextFunction): void {
  try {
    res.locals.claims = verifyAccessToken(bearer(req));
    next();
  } catch {
    res.sendStatus(401);
  }
}

/** Role check for the admin console. */
export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const claims = jwt.decode(bearer(req)) as { role?: string } | null;
    if (claims?.role !== role) {
      res.sendStatus(403);
      return;
    }
    next();
  };
}

/** The same role check, on the verified token. */
export function requireRoleVerified(role: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const claims = jwt.verify(bearer(req), config.accessTokenSecret, { algorithms: ['HS256'] }) as { role?: string };
    if (claims.role !== role) {
      res.sendStatus(403);
      return;
    }
    next();
  };
}

/** Whether the mobile app should refresh soon (only the expiry is read). */
export function expiresSoon(token: string): boolean {
  const payload = jwt.decode(token) as { exp?: number } | null;
  return (payload?.exp ?? 0) * 1000 < Date.now() + 60_000;
}

/** Tokens from the identity provider (RS256), for the clinician SSO. */
export const requireIdpToken = expressjwt({ secret: config.idpPublicKey, algorithms: ['RS256'] });

/** The legacy partner API still accepts tokens from the old HMAC issuer. */
export const requirePartnerToken = expressjwt({ secret: config.idpPublicKey });

passport.use(
  new JwtStrategy(
    { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.idpPublicKey, algorithms: ['RS256', 'HS256'] },
    (payload: { sub: string }, done: (error: unknown, user?: unknown) => void) => done(null, { id: payload.sub }),
  ),
);
