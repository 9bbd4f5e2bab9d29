import { UsageError } from '../errors.js';

/**
 * "Today" for the scan (expiry of attestations and other dated exceptions):
 * `EVIDENT_TODAY=YYYY-MM-DD` fixes it, for tests and reproducible reports;
 * unset or empty means the current time. The CLI reads the variable only to
 * set ScanOptions.now.
 */
export function nowFromEnv(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.EVIDENT_TODAY;
  if (value === undefined || value === '') return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : undefined;
  if (date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`EVIDENT_TODAY must be a date YYYY-MM-DD, got ${value}`, 'unset it to use the current date');
  }
  return date;
}
