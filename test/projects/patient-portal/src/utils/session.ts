const STORAGE_KEY = 'portal.session';

export interface PortalSession {
  sessionId: string;
  csrfToken: string;
  startedAt: number;
}

export function newSession(): PortalSession {
  const session: PortalSession = {
    sessionId: crypto.randomUUID(),
    csrfToken: Math.random().toString(36).substring(2, 12),
    startedAt: Date.now(),
  };
  sessionStorage.setItem(STORAGE_KEY, session.sessionId);
  return session;
}

export function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function backoff(attempt: number): number {
  const jitter = Math.random() * 200;
  return Math.min(30_000, 2 ** attempt * 250 + jitter);
}
