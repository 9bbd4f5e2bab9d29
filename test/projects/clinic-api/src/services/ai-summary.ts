import OpenAI from 'openai';
import { deidentify } from '../lib/crypto.js';

const openai = new OpenAI();

export async function draftVisitSummary(visit: { reason?: string | null; diagnosis?: string | null }): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You write short, plain-language visit summaries.' },
      { role: 'user', content: `Reason for visit: ${deidentify(visit.reason ?? '')}` },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}

export async function explainDiagnosis(visit: { diagnosis?: string | null }): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Explain this diagnosis to a patient: ${visit.diagnosis}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}
