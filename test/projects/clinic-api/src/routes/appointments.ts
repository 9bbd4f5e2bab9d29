import { Router, type Request, type Response } from 'express';
import { Appointment } from '../models/appointment.js';
import { Patient } from '../models/patient.js';
import { sendReminder, sendResults } from '../services/notifications.js';
import { draftVisitSummary } from '../services/ai-summary.js';
import { trackBooking } from '../services/analytics.js';

export const appointments = Router();

appointments.get('/appointments/:id', async (req: Request, res: Response) => {
  const appointment = await Appointment.findById(req.params.id);
  if (!appointment) return res.sendStatus(404);
  return res.json(appointment);
});

appointments.post('/appointments', async (req: Request, res: Response) => {
  const appointment = await Appointment.create({ patient: req.body.patientId, startsAt: new Date(req.body.startsAt), specialty: String(req.body.specialty) });
  const patient = await Patient.findById(req.body.patientId).select('firstName email phoneNumber');
  if (patient) await sendReminder(patient, appointment);
  trackBooking(String(req.user?.id), appointment);
  return res.status(201).json({ id: appointment.id });
});

appointments.post('/appointments/:id/close', async (req: Request, res: Response) => {
  const appointment = await Appointment.findById(req.params.id);
  if (!appointment) return res.sendStatus(404);
  appointment.diagnosis = String(req.body.diagnosis);
  await appointment.save();
  const patient = await Patient.findById(appointment.patient).select('firstName email');
  if (patient) await sendResults(patient, appointment);
  const summary = await draftVisitSummary(appointment);
  return res.json({ id: appointment.id, summary });
});
