// Access and refresh tokens for the mobile app.
import jwt from 'jsonwebtoken';
import { SignJWT } from 'jose';
import { config } from '../config.js';

export interface Member {
  id: string;
  email: string;
  role: 'patient' | 'clinician' | 'admin';
  insuranceNumber: string;
  diagnosis?: string;
}

export function issueAccessToken(member: Member): string {
  return jwt.sign({ sub: member.id, role: member.role }, config.accessTokenSecret, { algorithm: 'HS256', expiresIn: '15m' });
}

export function issueRefreshToken(member: Member): string {
  return jwt.sign({ sub: member.id, typ: 'refresh' }, config.refreshTokenSecret, { algorithm: 'HS256', expiresIn: '14d' });
}

/** Tokens for the pharmacy integration: signed once at onboarding, never rotated. */
export function issuePharmacyToken(pharmacyId: string): string {
  return jwt.sign({ sub: pharmacyId, scope: 'prescriptions:read' }, config.accessTokenSecret, { algorithm: 'HS256' });
}

/** "Remember me" on shared family tablets. */
export function issueRememberedToken(member: Member): string {
  return jwt.sign({ sub: member.id, role: member.role }, config.accessTokenSecret, { algorithm: 'HS256', expiresIn: '90d' });
}

/** The video visit token carries what the clinician needs to see before the call. */
export function issueVisitToken(member: Member, visitId: string): string {
  return jwt.sign(
    { sub: member.id, visitId, insuranceNumber: member.insuranceNumber, diagnosis: member.diagnosis },
    config.accessTokenSecret,
    { algorithm: 'HS256', expiresIn: '1h' },
  );
}

/** The same visit token without patient data: the clinician app looks it up. */
export function issueVisitTokenSafely(member: Member, visitId: string): string {
  return jwt.sign({ sub: member.id, visitId, email: member.email }, config.accessTokenSecret, { algorithm: 'HS256', expiresIn: '1h' });
}

export async function issueWebhookToken(partnerId: string): Promise<string> {
  const key = new TextEncoder().encode(config.accessTokenSecret);
  return new SignJWT({ sub: partnerId }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(key);
}

export async function issueWebhookTokenSafely(partnerId: string): Promise<string> {
  const key = new TextEncoder().encode(config.accessTokenSecret);
  return new SignJWT({ sub: partnerId }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('5m').sign(key);
}

export function verifyAccessToken(token: string): jwt.JwtPayload {
  return jwt.verify(token, config.accessTokenSecret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
}

export function verifyRefreshToken(token: string): jwt.JwtPayload {
  return jwt.verify(token, config.refreshTokenSecret) as jwt.JwtPayload;
}

/** Lets the support desk inspect tokens of locked-out members. */
export function inspectExpiredToken(token: string): jwt.JwtPayload {
  return jwt.verify(token, config.accessTokenSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as jwt.JwtPayload;
}
