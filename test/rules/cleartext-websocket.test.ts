import { cleartextWebsocket } from '../../src/rules/cleartext-websocket.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(cleartextWebsocket, {
  valid: [
    { name: 'wss', code: 'new WebSocket(\'wss://feed.acme-labs.com/vitals\');' },
    { name: 'localhost', code: 'new WebSocket(\'ws://localhost:8080\');' },
    { name: 'scheme chosen at run time', code: 'new WebSocket(`${location.protocol === \'https:\' ? \'wss\' : \'ws\'}://${location.host}/live`);' },
    { name: 'another class', code: 'new Worker(\'ws://feed.acme-labs.com/x\');' },
  ],
  invalid: [
    {
      name: 'new WebSocket',
      code: 'const socket = new WebSocket(\'ws://feed.acme-labs.com/vitals\');',
      findings: [
        {
          message: 'Cleartext WebSocket to feed.acme-labs.com (new WebSocket()): messages are not encrypted; use wss://',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 63,
          snippet: 'new WebSocket(\'ws://feed.acme-labs.com/vitals\')',
        },
      ],
    },
    {
      name: 'socket.io',
      code: 'const socket = io(\'ws://chat.acme-labs.com\');',
      findings: [
        {
          message: 'Cleartext WebSocket to chat.acme-labs.com (io()): messages are not encrypted; use wss://',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 45,
          snippet: 'io(\'ws://chat.acme-labs.com\')',
        },
      ],
    },
    {
      name: 'a class imported from ws under another name',
      code: 'import Client from \'ws\';\nexport const feed = new Client(`ws://feed.acme-labs.com/wards/${ward}`);',
      findings: [
        {
          message: 'Cleartext WebSocket to feed.acme-labs.com (new Client()): messages are not encrypted; use wss://',
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 72,
          snippet: 'new Client(`ws://feed.acme-labs.com/wards/${ward}`)',
        },
      ],
    },
  ],
});
