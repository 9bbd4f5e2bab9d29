import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { kubernetesFile, terraformFile } from '../../bench/corpus.js';
import { PolicyEngine } from '../../src/engine/rego.js';
import { scan } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import { tempProject } from '../helpers/temp-project.js';

/**
 * In the wasm bundle, `sprintf` is not compiled to wasm: each call goes out to
 * the JS host, which serializes its arguments to JSON and back (≈ 9 µs). A
 * message passed as a function argument, or an `object.get` default, is
 * formatted for every resource a check looks at, not only for the findings it
 * makes: on the bench corpora that was 6× the findings for Kubernetes and
 * 2.5× for Terraform, and half of the evaluation time. These tests count the
 * host's sprintf calls over whole scans and hold them near the number of
 * findings made (a message may format a part with a helper, e.g. a port list).
 *
 * Checks build messages with finding.format (policies/lib/finding.rego), which
 * makes the text in wasm code when every verb is a %s with a string or a %d
 * with an integer, and leaves the rest to sprintf. These tests set data.settings.format_on_host so that every
 * message still goes through the host and can be counted, and check that both
 * ways give the same messages.
 */

interface SprintfHost {
  sprintf: (format: string, args: unknown) => string;
}

// The SDK's JS built-ins (opa-wasm src/builtins/index.js), the object its
// dispatcher looks sprintf up in at every call.
const host = createRequire(import.meta.resolve('@open-policy-agent/opa-wasm'))('./builtins/index.js') as SprintfHost;
const original = host.sprintf;
let calls = 0;
let findings = 0;
let messages: string[] = [];
let onHost = true;
const evaluate = PolicyEngine.prototype.evaluate;
const configure = PolicyEngine.prototype.configure;

before(() => {
  host.sprintf = (format, args) => {
    calls++;
    return original(format, args);
  };
  PolicyEngine.prototype.evaluate = function (this: PolicyEngine, document) {
    const result = evaluate.call(this, document);
    findings += result.length;
    messages.push(...result.map((f) => `${f.check} ${f.resource} ${f.msg}`));
    return result;
  };
  PolicyEngine.prototype.configure = function (this: PolicyEngine, settings) {
    configure.call(this, { ...settings, format_on_host: onHost });
  };
});

after(() => {
  host.sprintf = original;
  PolicyEngine.prototype.evaluate = evaluate;
  PolicyEngine.prototype.configure = configure;
});

async function measure(dir: string, host = true): Promise<{ calls: number; findings: number; messages: string[] }> {
  calls = 0;
  findings = 0;
  messages = [];
  onHost = host;
  await scan({ paths: [dir] });
  return { calls, findings, messages: messages.sort() };
}

describe('checks format messages only for the findings they make', () => {
  const corpora: Array<[string, number, (i: number) => [string, string]]> = [
    ['Kubernetes (containers without names included)', 60, (i) => [`team-${i % 3}/service-${i}.yaml`, kubernetesFile(i)]],
    ['Terraform (off()/block_off() messages included)', 40, (i) => [`module-${Math.floor(i / 4)}/file-${i % 4}.tf`, terraformFile(Math.floor(i / 4), i % 4)]],
  ];
  for (const [label, count, file] of corpora) {
    it(`${label}: one sprintf per finding on the bench corpus`, async () => {
      const { dir, cleanup } = tempProject(Object.fromEntries(Array.from({ length: count }, (_, i) => file(i))));
      try {
        const measured = await measure(dir);
        assert.ok(measured.findings >= count, `the corpus must make findings (made ${measured.findings})`);
        assert.equal(measured.calls, measured.findings);
        // In wasm (the default), the same messages with fewer host calls.
        const inWasm = await measure(dir, false);
        assert.deepEqual(inWasm.messages, measured.messages);
        assert.ok(inWasm.calls < measured.calls / 2, `${inWasm.calls} host calls in wasm mode, ${measured.calls} on the host`);
      } finally {
        cleanup();
      }
    });
  }

  for (const project of ['tf-aws-modern', 'tf-aws-legacy', 'cfn-stacks', 'openapi-specs', 'k8s-kustomize']) {
    it(`${project}: at most 1.5 sprintf per finding`, async () => {
      const measured = await measure(join(packageRoot, 'test', 'projects', project));
      assert.ok(measured.findings > 0 && measured.calls > 0, 'the project must make findings, and the host must see the calls');
      assert.ok(measured.calls <= 1.5 * measured.findings, `${measured.calls} sprintf calls for ${measured.findings} findings`);
      assert.deepEqual((await measure(join(packageRoot, 'test', 'projects', project), false)).messages, measured.messages);
    });
  }
});
