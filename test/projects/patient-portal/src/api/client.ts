const API_BASE = 'https://api.mercy-health.org/portal/v1';
const LEGACY_SCHEDULING = 'http://scheduling.mercy-health.org/api';
export const MAPS_API_KEY = 'AIzaSyD4kP9xQ2mV7rT1wZ8bN3cL6hJ0fG5eS2u';

export interface Appointment {
  id: string;
  startsAt: string;
  clinician: string;
}

export async function getJson<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${API_BASE}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`request failed: ${response.status}`);
  return (await response.json()) as T;
}

export async function listAppointments(token: string): Promise<Appointment[]> {
  const response = await fetch(`${LEGACY_SCHEDULING}/appointments`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as Appointment[];
}

export async function reportError(error: Error): Promise<void> {
  await fetch('http://localhost:4318/v1/logs', { method: 'POST', body: JSON.stringify({ message: error.message }) });
}
