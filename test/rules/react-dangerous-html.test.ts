import { reactDangerousHtml } from '../../src/rules/react-dangerous-html.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(reactDangerousHtml, {
  valid: [
    { name: 'sanitised', filename: 'src/A.jsx', code: 'const A = ({ html }) => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;' },
    { name: 'a constant', filename: 'src/B.tsx', code: 'const B = () => <div dangerouslySetInnerHTML={{ __html: \'<b>hi</b>\' }} />;' },
    { name: 'a local initialised with a sanitised value', filename: 'src/C.tsx', code: 'function C({ html }: { html: string }) {\n  const clean = sanitizeHtml(html);\n  return <div dangerouslySetInnerHTML={{ __html: clean }} />;\n}' },
    { name: 'text rendering', filename: 'src/D.jsx', code: 'const D = ({ html }) => <div>{html}</div>;' },
  ],
  invalid: [
    {
      name: 'a prop',
      filename: 'src/Note.tsx',
      code: 'export const Note = ({ note }: { note: { html: string } }) => <article dangerouslySetInnerHTML={{ __html: note.html }} />;',
      findings: [
        {
          message: 'dangerouslySetInnerHTML renders an unsanitised value (note.html): sanitise it with DOMPurify.sanitize() or render text',
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 119,
          snippet: 'dangerouslySetInnerHTML={{ __html: note.html }}',
        },
      ],
    },
    {
      name: 'a markup object in a local',
      filename: 'src/Message.tsx',
      code: 'export function Message({ body }: { body: string }) {\n  const markup = { __html: body };\n  return <p dangerouslySetInnerHTML={markup} />;\n}',
      findings: [
        {
          message: 'dangerouslySetInnerHTML renders an unsanitised value (body): sanitise it with DOMPurify.sanitize() or render text',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 45,
          snippet: 'dangerouslySetInnerHTML={markup}',
        },
      ],
    },
    {
      name: 'createElement props',
      filename: 'src/banner.js',
      code: 'React.createElement(\'div\', { dangerouslySetInnerHTML: { __html: location.hash } });',
      findings: [
        {
          message: 'dangerouslySetInnerHTML renders the URL (location.hash): sanitise it with DOMPurify.sanitize() or render text',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 80,
          snippet: 'dangerouslySetInnerHTML: { __html: location.hash }',
        },
      ],
    },
  ],
});
