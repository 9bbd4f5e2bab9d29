import type { Reporter } from './types.js';

/** The scan result itself, pretty-printed (evidence/schemas/scan-result.schema.json). */
export const renderJson: Reporter = (result) => `${JSON.stringify(result, null, 2)}\n`;
