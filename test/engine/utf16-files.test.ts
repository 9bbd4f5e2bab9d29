// Files saved as UTF-16 with a byte-order mark (Windows PowerShell 5.1's `>` and Out-File write
// them; act's test data has such .env files) are read as text, not skipped as binary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../../src/discover/read.js';
import { scan } from '../../src/index.js';
import { tempProject } from '../helpers/temp-project.js';

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('UTF-16 files', () => {
  it('are decoded by their byte-order mark, in both byte orders', () => {
    const project = tempProject({ 'le.env': utf16le('A=1\nB=é\n'), 'be.env': utf16be('A=1\nB=é\n') });
    try {
      for (const name of ['le.env', 'be.env']) {
        const read = readText(`${project.dir}/${name}`, { digest: true });
        assert.equal(read.kind, 'text', name);
        assert.deepEqual(read.kind === 'text' ? [read.text, read.lines] : undefined, ['A=1\nB=é\n', 2]);
        assert.equal(read.digest?.bytes, 18);
      }
    } finally {
      project.cleanup();
    }
  });

  it('are scanned: a secret in a UTF-16 .env file is found on its line, and a UTF-16 Dockerfile is read', async () => {
    const project = tempProject({
      'app/.env': utf16le('LOG_LEVEL=info\r\nSTRIPE_API_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\r\n'),
      'app/Dockerfile': utf16be('FROM node:20.11-alpine\nUSER node\nCMD ["node", "server.js"]\n'),
    });
    try {
      const result = await scan({ paths: [project.dir] });
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.coverage.skipped, []);
      assert.deepEqual(result.coverage.byType, { dockerfile: 1, dotenv: 1 });
      const secret = result.findings.find((f) => f.location.file === 'app/.env');
      assert.deepEqual([secret?.location.startLine, secret?.snippet?.includes('sk_live') ?? true], [2, false]);
    } finally {
      project.cleanup();
    }
  });
});
