import { Injectable } from '@nestjs/common';
import axios, { type AxiosInstance } from 'axios';
import https from 'node:https';
import crypto from 'node:crypto';

const LEGACY_LAB_URL = 'http://legacy.acme-diagnostics.com/hl7';
const FIELD_KEY = Buffer.from('6d7a1f0c9b2e4a3d8c5f7e6b1a0d9c8e', 'hex');
const FIELD_IV = Buffer.alloc(16);

export interface LabResult {
  id: string;
  code: string;
  value: number;
}

@Injectable()
export class LabResultsClient {
  private readonly http: AxiosInstance = axios.create({
    baseURL: 'https://results.acme-diagnostics.com/api',
    httpsAgent: new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2' }),
    timeout: 10_000,
  });

  async fetchResults(orderId: string): Promise<LabResult[]> {
    const response = await this.http.get<LabResult[]>(`/orders/${encodeURIComponent(orderId)}/results`);
    return response.data;
  }

  async pushLegacy(message: string): Promise<void> {
    await axios.post(`${LEGACY_LAB_URL}/inbound`, message, { headers: { 'Content-Type': 'x-application/hl7-v2+er7' } });
  }

  async otelPing(): Promise<void> {
    await axios.get('http://otel-collector:4318/health');
  }

  sealComment(comment: string): string {
    const cipher = crypto.createCipheriv('aes-256-cbc', FIELD_KEY, FIELD_IV);
    return Buffer.concat([cipher.update(comment, 'utf8'), cipher.final()]).toString('base64');
  }

  sealCommentSafely(key: Buffer, comment: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
    const sealed = Buffer.concat([cipher.update(comment, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }
}
