// Portal header: shows when the session ends (display only).
import { jwtDecode } from 'jwt-decode';

export function SessionTimer({ token }: { token: string }) {
  const claims = jwtDecode<{ exp: number; sub: string }>(token);
  return <small data-member={claims.sub}>Session ends at {new Date(claims.exp * 1000).toLocaleTimeString()}</small>;
}
