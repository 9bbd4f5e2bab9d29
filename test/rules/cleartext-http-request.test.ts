import { cleartextHttpRequest } from '../../src/rules/cleartext-http-request.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(cleartextHttpRequest, {
  valid: [
    { name: 'https', code: 'await fetch(\'https://api.acme-labs.com/v1/results\');' },
    { name: 'localhost', code: 'await axios.get(\'http://localhost:3000/health\');' },
    { name: 'a container service name', code: 'await got.post(\'http://billing:8080/invoices\', { json });' },
    { name: 'Kubernetes service DNS', code: 'await fetch(\'http://records.default.svc.cluster.local/api\');' },
    { name: 'the cloud metadata endpoint', code: 'await fetch(\'http://169.254.169.254/latest/meta-data/\');' },
    { name: 'a host chosen at run time', code: 'await fetch(`http://${host}/api`);' },
    { name: 'a documentation domain', code: 'await fetch(\'http://api.example.com/v1\');' },
    { name: 'a URL that is not requested', code: 'const xmlns = \'http://www.w3.org/2000/svg\';\nconst link = new URL(\'http://acme-labs.com/help\');' },
    { name: 'Map#get', code: 'cache.get(\'http://api.acme-labs.com/\');' },
  ],
  invalid: [
    {
      name: 'fetch',
      code: 'const res = await fetch(\'http://api.acme-labs.com/v1/results?patient=\' + id);',
      findings: [
        {
          message: 'Cleartext HTTP request to api.acme-labs.com (fetch()): data in transit is not encrypted; use https://',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 77,
          snippet: 'fetch(\'http://api.acme-labs.com/v1/results?patient=\' + id)',
        },
      ],
    },
    {
      name: 'axios.create baseURL from a constant',
      code: 'const BASE = \'http://api.acme-labs.com\';\nexport const client = axios.create({ baseURL: BASE });',
      findings: [
        {
          message: 'Cleartext HTTP request to api.acme-labs.com (axios.create() baseURL): data in transit is not encrypted; use https://',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 51,
          snippet: 'baseURL: BASE',
        },
      ],
    },
    {
      name: 'a template with the whole host',
      code: 'await this.http.get(`http://api.acme-labs.com/patients/${id}`);',
      findings: [
        {
          message: 'Cleartext HTTP request to api.acme-labs.com (http.get()): data in transit is not encrypted; use https://',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 63,
          snippet: 'this.http.get(`http://api.acme-labs.com/patients/${id}`)',
        },
      ],
    },
    {
      name: 'an instance made by axios.create',
      code: 'const api = axios.create();\nexport const load = () => api.post(\'http://api.acme-labs.com/upload\', form);',
      findings: [
        {
          message: 'Cleartext HTTP request to api.acme-labs.com (api.post()): data in transit is not encrypted; use https://',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 76,
          snippet: 'api.post(\'http://api.acme-labs.com/upload\', form)',
        },
      ],
    },
    {
      name: 'credentials in the URL are masked',
      code: 'await fetch(\'http://svc:Pa55w0rd-x9@api.acme-labs.com/export\');',
      findings: [
        {
          message: 'Cleartext HTTP request to api.acme-labs.com (fetch()): data in transit is not encrypted; use https://',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 63,
          snippet: 'fetch(\'http://svc:****@api.acme-labs.com/export\')',
        },
      ],
    },
  ],
});
