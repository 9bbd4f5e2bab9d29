import { Injectable } from '@nestjs/common';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import yaml from 'js-yaml';

const run = promisify(exec);
const runFile = promisify(execFile);
const EXPORT_DIR = '/var/exports';
const letterTemplate = Handlebars.compile(readFileSync('templates/letter.hbs', 'utf8'));

export interface ExportSettings {
  columns: string[];
  delimiter: string;
}

@Injectable()
export class ExportService {
  async exportWard(ward: string, format: 'csv' | 'json'): Promise<string> {
    const file = `${EXPORT_DIR}/${ward}-${Date.now()}.${format}`;
    await run(`psql records -c "\\copy (SELECT * FROM records WHERE ward = '${ward}') TO '${file}' CSV"`);
    return file;
  }

  async archive(file: string): Promise<void> {
    await runFile('gzip', ['--keep', file]);
  }

  loadSettings(text: string): ExportSettings {
    return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }) as ExportSettings;
  }

  loadSettingsSafely(text: string): ExportSettings {
    return yaml.load(text, { schema: yaml.JSON_SCHEMA }) as ExportSettings;
  }

  letter(data: { name: string }): string {
    return letterTemplate(data);
  }
}
