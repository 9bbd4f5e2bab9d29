import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { requireRole } from './middleware/auth.js';
import { Patient } from './models/patient.js';

/** Read-only server for the ward's lab-report printer, started next to the API on the internal network. */
export const reportsApp = express();

reportsApp.use(helmet());

reportsApp.get('/lab-reports/:patientId', requireRole('clinician'), async (req: Request, res: Response) => {
  const patient = await Patient.findById(req.params.patientId).select('labResults');
  if (!patient) return res.sendStatus(404);
  return res.json({ labResults: patient.labResults });
});
