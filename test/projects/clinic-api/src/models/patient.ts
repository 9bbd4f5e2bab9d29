import mongoose, { Schema } from 'mongoose';
import encrypt from 'mongoose-encryption';

const PatientSchema = new Schema(
  {
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    dateOfBirth: { type: Date, required: true },
    email: { type: String, lowercase: true, trim: true },
    phoneNumber: String,
    ssn: { type: String, required: true },
    ssnLast4: { type: String, maxlength: 4 },
    diagnoses: [String],
    medications: [String],
    insurance: {
      provider: String,
      memberId: String,
    },
    primaryPhysician: { type: Schema.Types.ObjectId, ref: 'User' },
    clinicId: { type: String, index: true },
  },
  { timestamps: true },
);

PatientSchema.plugin(encrypt, {
  encryptionKey: process.env.PATIENT_ENC_KEY,
  signingKey: process.env.PATIENT_SIG_KEY,
  encryptedFields: ['diagnoses', 'medications'],
});

export const Patient = mongoose.model('Patient', PatientSchema);
