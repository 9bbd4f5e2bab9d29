import { domXssSink } from '../../src/rules/dom-xss-sink.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(domXssSink, {
  valid: [
    { name: 'textContent', code: 'el.textContent = location.hash;' },
    { name: 'a constant', code: 'el.innerHTML = \'<b>Loading…</b>\';' },
    { name: 'sanitised', code: 'el.innerHTML = DOMPurify.sanitize(html);' },
    { name: 'escaped parts', code: 'el.innerHTML = `<li>${escapeHtml(name)}</li>`;' },
    { name: 'a declared number', code: 'function badge(el: HTMLElement, count: number) { el.innerHTML = `<span>${count}</span>`; }' },
    { name: 'HTML copied from another element', code: 'el.innerHTML = template.innerHTML;' },
    { name: 'a translation', code: 'el.innerHTML = t(\'welcome.banner\');' },
    { name: 'write() of a stream', code: 'stream.write(chunk);' },
    { name: 'jQuery append of an element', code: '$(\'#list\').append(item);' },
  ],
  invalid: [
    {
      name: 'the URL into innerHTML',
      code: 'document.getElementById(\'q\')!.innerHTML = `Results for ${new URLSearchParams(location.search).get(\'q\')}`;',
      findings: [
        {
          message: 'HTML from the URL (new URLSearchParams(…).get()) written by innerHTML: use textContent or sanitise it (DOMPurify.sanitize)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 105,
          snippet: 'document.getElementById(\'q\')!.innerHTML = `Results for ${new URLSearchParams(location.search).get(\'q\')}`',
        },
      ],
    },
    {
      name: 'a property into insertAdjacentHTML',
      code: 'list.insertAdjacentHTML(\'beforeend\', \'<li>\' + message.body + \'</li>\');',
      findings: [
        {
          message: 'HTML from a dynamic value (message.body) written by insertAdjacentHTML(): use textContent or sanitise it (DOMPurify.sanitize)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 70,
          snippet: 'list.insertAdjacentHTML(\'beforeend\', \'<li>\' + message.body + \'</li>\')',
        },
      ],
    },
    {
      name: 'document.write',
      code: 'document.write(location.hash.slice(1));',
      findings: [
        {
          message: 'HTML from the URL (location.hash) written by document.write(): use textContent or sanitise it (DOMPurify.sanitize)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          snippet: 'document.write(location.hash.slice(1))',
        },
      ],
    },
    {
      name: 'jQuery html()',
      filename: 'src/note.js',
      code: '$(\'#note\').html(note.body);',
      findings: [
        {
          message: 'HTML from a dynamic value (note.body) written by jQuery .html(): use textContent or sanitise it (DOMPurify.sanitize)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 27,
          snippet: '$(\'#note\').html(note.body)',
        },
      ],
    },
    {
      name: 'outerHTML through a local',
      code: 'const html = `<div>${comment.text}</div>`;\nnode.outerHTML = html;',
      findings: [
        {
          message: 'HTML from a dynamic value (comment.text) written by outerHTML: use textContent or sanitise it (DOMPurify.sanitize)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 22,
          snippet: 'node.outerHTML = html',
        },
      ],
    },
  ],
});
