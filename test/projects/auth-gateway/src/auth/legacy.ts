// Compatibility with tokens minted by the 2019 booking system.
import jwt from 'jsonwebtoken';
import { config } from '../config.js';

/** Old kiosk tokens were unsigned; they are still accepted at the front desk. */
export function verifyKioskToken(token: string): jwt.JwtPayload {
  return jwt.verify(token, config.accessTokenSecret, { algorithms: ['HS256', 'none'] }) as jwt.JwtPayload;
}

export function verifyBookingToken(token: string): jwt.JwtPayload {
  return jwt.verify(token, config.accessTokenSecret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
}
