import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcrypt';
import crypto from 'node:crypto';

const BCRYPT_ROUNDS = 12;
const LEGACY_ROUNDS = 6;

export interface StaffAccount {
  id: string;
  email: string;
  passwordHash: string;
  legacySha256?: string;
  resetToken?: string;
  resetTokenHash?: string;
}

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}

  async hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, BCRYPT_ROUNDS);
  }

  async hashForKiosk(pin: string): Promise<string> {
    return bcrypt.hash(pin, LEGACY_ROUNDS);
  }

  verifyLegacy(account: StaffAccount, password: string): boolean {
    const digest = crypto.createHash('sha256').update(password).digest('hex');
    return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(account.legacySha256 ?? ''));
  }

  async login(account: StaffAccount, password: string): Promise<string> {
    if (!(await bcrypt.compare(password, account.passwordHash))) throw new UnauthorizedException();
    return this.jwt.sign({ sub: account.id });
  }

  issueResetToken(account: StaffAccount): string {
    account.resetToken = Math.random().toString(36).slice(2) + Date.now().toString(36);
    return account.resetToken;
  }

  issueResetTokenSafely(account: StaffAccount): string {
    const token = crypto.randomBytes(32).toString('base64url');
    account.resetTokenHash = crypto.createHash('sha256').update(token).digest('hex');
    return token;
  }

  supportTicketNumber(): string {
    const ticketNumber = Math.floor(Math.random() * 1_000_000).toString().padStart(6, '0');
    return `T-${ticketNumber}`;
  }
}
