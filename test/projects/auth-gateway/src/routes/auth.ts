// Login, refresh and logout for the portal and the mobile app.
import { Router, type Request, type Response } from 'express';
import { issueAccessToken, issueRefreshToken, verifyRefreshToken, type Member } from '../auth/tokens.js';

export const authRoutes = Router();

authRoutes.post('/token', async (req: Request, res: Response) => {
  const member = await findMember(req.body.memberNumber);
  if (member === undefined) {
    res.sendStatus(401);
    return;
  }
  const deviceRef = await registerDevice(member.id, req.body.deviceName);
  res.cookie('th.device', deviceRef, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 30 * 24 * 3600 * 1000 });
  res.cookie('th.sid', deviceRef, { sameSite: 'none' });
  res.json({ accessToken: issueAccessToken(member), refreshToken: issueRefreshToken(member) });
});

authRoutes.post('/refresh', (req: Request, res: Response) => {
  const claims = verifyRefreshToken(req.body.refreshToken);
  res.json({ sub: claims.sub });
});

declare function findMember(memberNumber: string): Promise<Member | undefined>;
declare function registerDevice(memberId: string, deviceName: string): Promise<string>;
