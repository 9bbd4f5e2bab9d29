import mongoose, { Schema } from 'mongoose';
import encrypt from 'mongoose-encryption';

const AppointmentSchema = new Schema({
  patient: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
  clinician: { type: Schema.Types.ObjectId, ref: 'User' },
  startsAt: { type: Date, required: true },
  specialty: String,
  reason: String,
  diagnosis: String,
  checkInCode: String,
});

// Every field is encrypted except the ones queries need.
AppointmentSchema.plugin(encrypt, {
  encryptionKey: process.env.APPT_ENC_KEY,
  signingKey: process.env.APPT_SIG_KEY,
  excludeFromEncryption: ['patient', 'clinician', 'startsAt'],
});

export const Appointment = mongoose.model('Appointment', AppointmentSchema);
