import { readFileSync } from 'node:fs';
import pg from 'pg';

// TLS to the database with the RDS certificate bundle: verification stays on.
export const pool = new pg.Pool({
  host: process.env.DB_HOST,
  database: 'records',
  user: 'clinic_app',
  password: process.env.DB_PASSWORD,
  ssl: {
    ca: readFileSync('/etc/ssl/rds-global-bundle.pem', 'utf8'),
    rejectUnauthorized: true,
  },
});

export interface Patient {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  ssn: string;
  diagnosis: string;
  medications: string[];
}

export async function findPatient(id: string): Promise<Patient | undefined> {
  const { rows } = await pool.query<Patient>('SELECT * FROM patients WHERE id = $1', [id]);
  return rows[0];
}
