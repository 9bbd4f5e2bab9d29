import axios from 'axios';

const lab = axios.create({ baseURL: process.env.LAB_API_URL, timeout: 10_000 });

export interface LabPatient {
  id: string;
  mrn: string;
  ssn: string;
}

export async function orderPanel(patient: LabPatient, panel: string): Promise<string> {
  const response = await lab.post('/orders', { panel, patientRef: patient.id, ssn: patient.ssn });
  return String(response.data.orderId);
}

export async function findResults(patient: LabPatient): Promise<unknown[]> {
  const response = await lab.get('/results', { params: { mrn: patient.mrn, limit: 50 } });
  return response.data.results as unknown[];
}

export async function resultStatus(orderId: string): Promise<string> {
  const response = await lab.get(`/orders/${encodeURIComponent(orderId)}/status`);
  return String(response.data.status);
}
