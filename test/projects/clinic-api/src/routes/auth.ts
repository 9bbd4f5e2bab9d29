import { Router, type Request, type Response } from 'express';
import bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { User } from '../models/user.js';
import { identifyUser } from '../services/analytics.js';
import rateLimit from 'express-rate-limit';

export const auth = Router();

const SESSION_COOKIE = { httpOnly: true, secure: true, sameSite: 'strict' as const, maxAge: 30 * 60 * 1000 };
const resetLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5, standardHeaders: 'draft-7', legacyHeaders: false });

/** What the portal shows about the signed-in user. */
function toUserView(user: { id: string; displayName?: string | null; role: string }) {
  return { id: user.id, displayName: user.displayName ?? '', role: user.role };
}

auth.post('/login', async (req: Request, res: Response) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.password))) return res.sendStatus(401);
  const sessionToken = randomBytes(32).toString('hex');
  const rememberToken = randomBytes(32).toString('hex');
  res.cookie('session', sessionToken, SESSION_COOKIE);
  res.cookie('rememberToken', rememberToken, { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 });
  identifyUser(user);
  return res.json(toUserView(user));
});

auth.get('/me', async (req: Request, res: Response) => {
  const user = await User.findById(req.user?.id);
  if (!user) return res.sendStatus(401);
  return res.json(user);
});

auth.get('/me/profile', async (req: Request, res: Response) => {
  const user = await User.findById(req.user?.id).select('displayName role');
  return res.json(user);
});

auth.post('/signup', async (req: Request, res: Response) => {
  const user = await User.create({ email: String(req.body.email), password: String(req.body.password) });
  return res.redirect(`/welcome?email=${encodeURIComponent(user.email)}`);
});

auth.post('/signup/v2', async (req: Request, res: Response) => {
  const user = await User.create({ email: String(req.body.email), password: String(req.body.password) });
  return res.redirect(303, `/welcome/${user.id}`);
});

auth.post('/password/forgot', resetLimiter, async (req: Request, res: Response) => {
  const user = await User.findOne({ email: String(req.body.email) }).select('email');
  if (user) await User.updateOne({ _id: user.id }, { resetRequestedAt: new Date() });
  return res.sendStatus(202);
});
