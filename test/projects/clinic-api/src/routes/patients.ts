import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { Patient } from '../models/patient.js';
import { logger } from '../lib/logger.js';
import { requireRole } from '../middleware/auth.js';

export const patients = Router();

const intakeSchema = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  dateOfBirth: z.coerce.date(),
  ssn: z.string().regex(/^\d{9}$/),
  email: z.string().email().optional(),
});

/** What the front desk sees of a patient. */
function toPatientCard(patient: { id: string; firstName: string; lastName: string; dateOfBirth: Date }) {
  return { id: patient.id, name: `${patient.firstName} ${patient.lastName}`, dateOfBirth: patient.dateOfBirth };
}

patients.get('/patients/:id', requireRole('clinician'), async (req: Request, res: Response) => {
  const patient = await Patient.findById(req.params.id);
  if (!patient) return res.sendStatus(404);
  logger.info({ patientId: patient.id, by: req.user?.id }, 'patient read');
  return res.json(patient);
});

patients.get('/patients/:id/card', requireRole('front-desk'), async (req: Request, res: Response) => {
  const patient = await Patient.findById(req.params.id).select('firstName lastName dateOfBirth');
  if (!patient) return res.sendStatus(404);
  return res.json({ patient });
});

patients.get('/patients', requireRole('front-desk'), async (req: Request, res: Response) => {
  const clinicId = String(req.query.clinicId ?? '');
  const rows = await Patient.find({ clinicId }, 'firstName lastName dateOfBirth').lean();
  return res.json({ data: rows.map((row) => ({ id: String(row._id), name: `${row.firstName} ${row.lastName}` })), total: rows.length });
});

patients.get('/patients/:id/summary', requireRole('front-desk'), async (req: Request, res: Response) => {
  const patient = await Patient.findOne({ _id: req.params.id });
  if (!patient) return res.sendStatus(404);
  return res.json(toPatientCard(patient));
});

patients.post('/patients', requireRole('front-desk'), async (req: Request, res: Response) => {
  const intake = intakeSchema.safeParse(req.body);
  if (!intake.success) return res.status(400).json({ error: 'invalid_intake', issues: intake.error.issues.length });
  try {
    const patient = await Patient.create({ ...intake.data, ssnLast4: intake.data.ssn.slice(-4) });
    return res.status(201).json({ id: patient.id });
  } catch (err) {
    logger.error({ err }, 'patient create failed');
    return res.status(500).json({ error: 'create_failed', detail: (err as Error).message });
  }
});

patients.put('/patients/:id/contact', requireRole('front-desk'), async (req: Request, res: Response) => {
  try {
    await Patient.updateOne({ _id: req.params.id }, { email: String(req.body.email), phoneNumber: String(req.body.phoneNumber) });
    return res.sendStatus(204);
  } catch (err) {
    logger.error({ err }, 'patient update failed');
    return res.status(500).json({ error: 'update_failed', requestId: req.headers['x-request-id'] });
  }
});

patients.put('/patients/:id/insurance', requireRole('front-desk'), async (req: Request, res: Response) => {
  try {
    await Patient.updateOne({ _id: req.params.id }, { insurance: req.body.insurance });
    return res.sendStatus(204);
  } catch (e) {
    return res.status(409).json({ error: 'conflict', fields: (e as { keyValue?: unknown }).keyValue });
  }
});

patients.patch('/patients/:id', requireRole('clinician'), async (req: Request, res: Response) => {
  await Patient.findByIdAndUpdate(req.params.id, req.body, { runValidators: true });
  return res.sendStatus(204);
});
