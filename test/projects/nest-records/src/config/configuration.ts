export interface AppConfig {
  database: { url: string };
  jwt: { secret: string; expiresIn: string };
  labs: { baseUrl: string; apiKey: string };
  pharmacy: { baseUrl: string };
}

export default (): AppConfig => ({
  database: {
    url: process.env.DATABASE_URL ?? 'postgres://records@records-db.mercy-health.internal:5432/records?sslmode=disable',
  },
  jwt: {
    secret: process.env.JWT_SECRET as string,
    expiresIn: '15m',
  },
  labs: {
    baseUrl: 'https://results.acme-diagnostics.com/api',
    apiKey: process.env.LAB_API_KEY ?? 'c2VydmljZS1sYWItc3luYy0yMDI0LXByb2Q6N2Y5YQ',
  },
  pharmacy: {
    baseUrl: 'https://rx.northwind-pharmacy.net/v2',
  },
});
