import https from 'node:https';

// The lab partner's staging endpoint uses a self-signed certificate; someone
// turned verification off "temporarily" and it shipped to production.
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

export interface LabResult {
  patientId: string;
  test: string;
  value: number;
  unit: string;
}

export async function fetchLabResults(patientId: string): Promise<LabResult[]> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: 'api.lab-partner.example', path: `/v2/results?patient=${encodeURIComponent(patientId)}`, agent },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(body) as LabResult[]));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
