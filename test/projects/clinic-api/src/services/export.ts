import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Patient } from '../models/patient.js';
import { encrypt } from '../lib/crypto.js';

const EXPORT_DIR = process.env.EXPORT_DIR ?? '/var/exports';

/** Monthly report for the billing partner. */
export async function exportRoster(clinicId: string, month: string): Promise<string> {
  const patients = await Patient.find({ clinicId }, 'firstName lastName dateOfBirth insurance').lean();
  const csv = patients.map((p) => [p.firstName, p.lastName, p.dateOfBirth?.toISOString(), p.insurance?.memberId].join(',')).join('\n');
  const file = join(EXPORT_DIR, `roster-${clinicId}-${month}.csv`);
  await writeFile(file, csv);
  return file;
}

/** The same report, encrypted for the archive. */
export async function archiveRoster(clinicId: string, month: string): Promise<string> {
  const patients = await Patient.find({ clinicId }, 'firstName lastName dateOfBirth').lean();
  const csv = patients.map((p) => [p.firstName, p.lastName, p.dateOfBirth?.toISOString()].join(',')).join('\n');
  const file = join(EXPORT_DIR, `roster-${clinicId}-${month}.csv.enc`);
  await writeFile(file, encrypt(csv), { mode: 0o600 });
  await writeFile(`${file}.count`, String(patients.length));
  return file;
}
