import { Router, type Request, type Response } from 'express';
import { fetchLabResults } from '../clients/lab-client.js';
import { findPatient } from '../db.js';
import { logger } from '../logger.js';

export const patients = Router();

patients.get('/patients/:id', async (req: Request, res: Response) => {
  const patient = await findPatient(req.params.id);
  if (!patient) {
    logger.warn({ patientId: req.params.id }, 'patient not found');
    res.status(404).json({ error: 'not found' });
    return;
  }
  // Debug line left in from an incident investigation.
  logger.info(`Loaded patient ${patient.lastName}, diagnosis ${patient.diagnosis}`);
  res.json({ id: patient.id, firstName: patient.firstName, lastName: patient.lastName });
});

patients.get('/patients/:id/labs', async (req: Request, res: Response) => {
  const results = await fetchLabResults(req.params.id);
  logger.info({ count: results.length }, 'lab results fetched');
  res.json(results);
});

patients.post('/patients/:id/notes', async (req: Request, res: Response) => {
  const { ssn, note } = req.body as { ssn: string; note: string };
  console.log('note added for', ssn);
  res.status(201).json({ ok: true, length: note.length });
});
