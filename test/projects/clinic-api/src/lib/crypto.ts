import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const KEY = Buffer.from(process.env.FIELD_KEY ?? '', 'base64');

/** AES-256-GCM with a random IV; the key comes from the environment (KMS in production). */
export function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join('.');
}

export function decrypt(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', KEY, iv as Buffer);
  decipher.setAuthTag(tag as Buffer);
  return Buffer.concat([decipher.update(body as Buffer), decipher.final()]).toString('utf8');
}

/** Removes names, identifiers and dates from free text before it leaves the system. */
export function deidentify(text: string): string {
  return text.replace(/\b\d{3}-\d{2}-\d{4}\b/g, '[ssn]').replace(/\b\d{4}-\d{2}-\d{2}\b/g, '[date]');
}
