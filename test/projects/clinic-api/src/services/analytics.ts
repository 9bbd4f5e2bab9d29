import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export function identifyUser(user: { id: string; email: string; role: string }): void {
  analytics.identify({ userId: user.id, traits: { role: user.role, email: user.email } });
}

export function trackBooking(userId: string, appointment: { id: string; specialty?: string | null }): void {
  analytics.track({ userId, event: 'Appointment Booked', properties: { appointmentId: appointment.id, specialty: appointment.specialty } });
}

export function trackDischarge(userId: string, visit: { id: string; diagnosis?: string | null }): void {
  analytics.track({ userId, event: 'Patient Discharged', properties: { visitId: visit.id, diagnosis: visit.diagnosis } });
}
