/**
 * Entry of a source-code analysis worker thread (see pool.ts): loads the
 * rules once, then analyses each batch of paths it is sent and posts back the
 * plain results. A failure outside the per-file guard is reported for the
 * batch, which the pool then analyses in its own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, loadEngine, type AnalyzeSettings, type FromWorker, type ToWorker } from './pool.js';

const port = parentPort;
if (port === null) throw new Error('pool-worker.ts must run as a worker thread');
const settings = workerData as AnalyzeSettings;
const engine = loadEngine(settings.ruleIds);

port.on('message', (message: ToWorker) => {
  engine.then(
    ({ rules, analyzeSource }) => {
      let reply: FromWorker;
      try {
        reply = { batch: message.batch, results: message.files.map((file) => analyzeFile(file, rules, settings, analyzeSource)) };
      } catch (error) {
        reply = { batch: message.batch, failure: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    },
    (error: unknown) => port.postMessage({ batch: message.batch, failure: `cannot load the rules: ${error instanceof Error ? error.message : String(error)}` } satisfies FromWorker),
  );
});
