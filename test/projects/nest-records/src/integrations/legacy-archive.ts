import { Injectable } from '@nestjs/common';
import crypto from 'node:crypto';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

/** Reads records exported by the hospital's previous EHR (2009–2016), which used its own encryption. */
@Injectable()
export class LegacyArchiveService {
  private readonly agent = new https.Agent({
    ca: readFileSync('certs/legacy-ehr-ca.pem'),
    minVersion: 'TLSv1',
  });

  private readonly summary = Handlebars.compile(readFileSync('templates/archive-summary.hbs', 'utf8'), { noEscape: true });

  private readonly modernSummary = Handlebars.compile(readFileSync('templates/archive-summary.hbs', 'utf8'));

  decryptBatch(passphrase: string, batch: Buffer): string {
    const decipher = crypto.createDecipher('aes-256-cbc', passphrase);
    return decipher.update(batch, undefined, 'utf8') + decipher.final('utf8');
  }

  decryptRecord(key: Buffer, iv: Buffer, record: Buffer): string {
    const decipher = crypto.createDecipheriv('des-ede3-cbc', key, iv);
    return decipher.update(record, undefined, 'utf8') + decipher.final('utf8');
  }

  reencrypt(key: Buffer, plaintext: string): Buffer {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
    return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  }

  render(records: Array<{ id: string; ward: string }>): { html: string; modern: string } {
    return { html: this.summary({ records }), modern: this.modernSummary({ records }) };
  }

  get httpsAgent(): https.Agent {
    return this.agent;
  }
}
