import type { Argv } from 'yargs';
import { FRAMEWORKS } from '../../checks/metadata.js';
import { loadFramework } from '../../controls/catalog.js';
import { explain } from '../../explain.js';
import { loadCheckCatalog } from '../../index.js';
import { writeOutput } from '../output.js';

interface ExplainArgs {
  subject: string;
}

export const explainCommand = {
  command: 'explain <subject>',
  describe: 'Explain a check (what it looks for, why it maps to its controls, how to fix it) or a control (framework:id)',
  builder: (yargs: Argv) =>
    yargs
      .positional('subject', { describe: 'a check id such as EVD-TF-001, or a control such as hipaa:164.312(a)(2)(iv)', type: 'string', demandOption: true })
      .example('$0 explain EVD-TF-002', 'what the check finds and how to fix it')
      .example("$0 explain 'hipaa:164.312(a)(2)(iv)'", 'what the control requires and which checks evidence it'),
  handler: async (argv: ExplainArgs): Promise<number> => {
    const catalog = await loadCheckCatalog();
    const frameworks = FRAMEWORKS.map((id) => loadFramework(id));
    writeOutput(explain(argv.subject, catalog, frameworks), undefined);
    return 0;
  },
};
