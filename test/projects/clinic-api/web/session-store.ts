// Front end of the portal: what it keeps in the browser between page loads.

export interface PortalSession {
  accessToken: string;
  userId: string;
  theme: 'light' | 'dark';
}

export function saveSession(session: PortalSession): void {
  localStorage.setItem('accessToken', session.accessToken);
  localStorage.setItem('userId', session.userId);
  sessionStorage.setItem('theme', session.theme);
}

export function rememberLastPatient(patient: { id: string; firstName: string; diagnoses: string[] }): void {
  sessionStorage.setItem('lastPatientId', patient.id);
  sessionStorage.setItem('lastPatient', JSON.stringify(patient));
}

export function openPrintView(patient: { id: string; dateOfBirth: string }): void {
  window.open(`/print/patients/${patient.id}`);
  window.open(`/print/labels?dob=${encodeURIComponent(patient.dateOfBirth)}`);
}
