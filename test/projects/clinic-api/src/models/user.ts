import mongoose, { Schema } from 'mongoose';
import bcrypt from 'bcrypt';

const UserSchema = new Schema({
  email: { type: String, required: true, unique: true },
  displayName: String,
  role: { type: String, enum: ['admin', 'clinician', 'front-desk'], default: 'front-desk' },
  password: { type: String, required: true },
  mfaSecret: String,
  lastLoginAt: Date,
});

UserSchema.pre('save', async function hashPassword() {
  if (this.isModified('password')) this.password = await bcrypt.hash(this.password, 12);
});

export const User = mongoose.model('User', UserSchema);
