import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Schema, type Model } from 'mongoose';
import crypto from 'node:crypto';

export interface AuditEvent {
  actor: string;
  action: string;
  recordId: string;
  at: Date;
  checksum: string;
}

export const AuditSchema = new Schema<AuditEvent>({
  actor: { type: String, required: true },
  action: { type: String, required: true },
  recordId: { type: String, required: true },
  at: { type: Date, default: Date.now },
  checksum: { type: String, required: true },
});

@Injectable()
export class AuditLogService {
  constructor(@InjectModel('Audit') readonly events: Model<AuditEvent>) {}

  async record(actor: string, action: string, recordId: string): Promise<void> {
    const at = new Date();
    const checksum = crypto.createHash('sha1').update(`${actor}|${action}|${recordId}|${at.toISOString()}`).digest('hex');
    await this.events.create({ actor, action, recordId, at, checksum });
  }

  async verify(event: AuditEvent): Promise<boolean> {
    const expected = crypto.createHash('sha256').update(`${event.actor}|${event.action}|${event.recordId}|${event.at.toISOString()}`).digest('hex');
    return expected === event.checksum;
  }

  async recentForRecord(recordId: string): Promise<AuditEvent[]> {
    return this.events.find({ recordId: String(recordId) }).sort({ at: -1 }).limit(20).lean();
  }

  legacyQuery(ward: string): Promise<AuditEvent[]> {
    return this.events.find({ $where: `this.recordId.startsWith('${ward}')` }).lean();
  }
}
