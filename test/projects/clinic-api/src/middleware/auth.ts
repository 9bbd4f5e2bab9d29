import type { NextFunction, Request, Response } from 'express';

type Role = 'admin' | 'clinician' | 'front-desk';
const RANK: Record<Role, number> = { 'front-desk': 1, clinician: 2, admin: 3 };

/** Lets the request through when the signed-in user has at least `role`. */
export function requireRole(role: Role) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const current = req.user?.role as Role | undefined;
    if (current === undefined || RANK[current] < RANK[role]) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    next();
  };
}
