import { Body, Controller, Post, UnauthorizedException } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { IsEmail, IsString, Length } from 'class-validator';
import { AuthService, type StaffAccount } from './auth.service';

class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  password!: string;
}

class KioskLoginDto {
  @IsString()
  badge!: string;

  @Length(6, 6)
  pin!: string;
}

/** Looks staff accounts up in the directory (LDAP-backed in production). */
export abstract class StaffDirectory {
  abstract byEmail(email: string): Promise<StaffAccount | undefined>;
  abstract byBadge(badge: string): Promise<StaffAccount | undefined>;
}

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly staff: StaffDirectory,
  ) {}

  @Post('login')
  async login(@Body() dto: LoginDto) {
    const account = await this.staff.byEmail(dto.email);
    if (!account) throw new UnauthorizedException();
    return { accessToken: await this.auth.login(account, dto.password) };
  }

  @Post('kiosk/login')
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async kioskLogin(@Body() dto: KioskLoginDto) {
    const account = await this.staff.byBadge(dto.badge);
    if (!account) throw new UnauthorizedException();
    return { accessToken: await this.auth.login(account, dto.pin) };
  }
}
