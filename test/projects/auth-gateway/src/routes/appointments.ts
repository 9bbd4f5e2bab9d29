// Appointments of the authenticated member.
import { Router, type Request, type Response } from 'express';

export const appointmentRoutes = Router();

appointmentRoutes.get('/', async (_req: Request, res: Response) => {
  const memberId = String(res.locals.claims.sub);
  res.json(await listAppointments(memberId));
});

declare function listAppointments(memberId: string): Promise<Array<{ id: string; startsAt: string }>>;
