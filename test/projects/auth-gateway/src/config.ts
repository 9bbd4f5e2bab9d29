// Gateway configuration: every secret comes from the environment, and the
// process refuses to start without it.
function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 8080),
  sessionSecret: required('SESSION_SECRET'),
  accessTokenSecret: required('ACCESS_TOKEN_SECRET'),
  refreshTokenSecret: required('REFRESH_TOKEN_SECRET'),
  idpPublicKey: required('IDP_PUBLIC_KEY'),
  portalOrigin: process.env.PORTAL_ORIGIN ?? 'https://portal.telehealth.example',
};
