import { useEffect, useState } from 'react';

const FEED_URL = 'ws://vitals.mercy-health.org/stream';

export interface Vital {
  kind: 'hr' | 'spo2' | 'bp';
  value: number;
  at: string;
}

export function useVitalsFeed(patientId: string): Vital[] {
  const [vitals, setVitals] = useState<Vital[]>([]);
  useEffect(() => {
    const socket = new WebSocket(`${FEED_URL}?patient=${encodeURIComponent(patientId)}`);
    socket.onmessage = (event) => setVitals((current) => [...current.slice(-99), JSON.parse(event.data) as Vital]);
    return () => socket.close();
  }, [patientId]);
  return vitals;
}

export function useSecureFeed(patientId: string): WebSocket {
  return new WebSocket(`wss://vitals.mercy-health.org/stream?patient=${encodeURIComponent(patientId)}`);
}
