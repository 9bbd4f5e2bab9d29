import nodemailer from 'nodemailer';
import twilio from 'twilio';

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, secure: false, requireTLS: true });
const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_AUTH);

interface Contact {
  firstName: string;
  email?: string | null;
  phoneNumber?: string | null;
}

export async function sendReminder(patient: Contact, appointment: { startsAt: Date; checkInCode?: string | null }): Promise<void> {
  if (patient.email) {
    await transporter.sendMail({
      to: patient.email,
      from: 'reminders@clinic.example',
      subject: 'Your appointment',
      text: `Hello ${patient.firstName}, see you on ${appointment.startsAt.toDateString()}.`,
    });
  }
  if (patient.phoneNumber) {
    await sms.messages.create({ to: patient.phoneNumber, from: process.env.TWILIO_FROM, body: `Check-in code: ${appointment.checkInCode}` });
  }
}

export async function sendResults(patient: Contact, appointment: { diagnosis?: string | null }): Promise<void> {
  if (!patient.email) return;
  await transporter.sendMail({
    to: patient.email,
    from: 'results@clinic.example',
    subject: 'Your visit results',
    text: `Dear ${patient.firstName}, your diagnosis: ${appointment.diagnosis}. Log in to the portal for details.`,
  });
}
