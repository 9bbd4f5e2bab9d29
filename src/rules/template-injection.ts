/**
 * EVD-CODE-039: a template compiled from request input (server-side
 * template injection).
 *
 * Reported when the template *source* (not the data) is request input, or a
 * template/concatenation with request input in it:
 * `Handlebars.compile(src)`, `Handlebars.precompile(src)`, `ejs.render(src)`,
 * `ejs.compile(src)`, `pug.render(src)`, `pug.compile(src)`,
 * `nunjucks.renderString(src)` (any receiver: the method is nunjucks'),
 * `new nunjucks.Template(src)`, `Mustache.render(src)`, `_.template(src)`
 * (lodash), `doT.template(src)`, `Hogan.compile(src)`, `eta.renderString(src)`,
 * liquidjs `parseAndRender(src)`/`parse(src)` on a `Liquid` engine.
 * Receivers are recognised by name (`Handlebars`, `hbs`, `ejs`, `pug`, `jade`,
 * `nunjucks`, `Mustache`, `_`, `lodash`, `doT`, `Hogan`, `eta`, `liquid`,
 * `engine`) or by import of the package. Rendering a template *file* with
 * request data (`res.render('view', { q: req.query.q })`) is normal and not
 * reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { requestInputOf, type RequestInput } from '../engine/code/request-input.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, callReportNode, hasAnyIdentifier, lastName, receiverOf, stringParts } from '../engine/code/values.js';

/** Template engines: receiver names / modules and the methods that take a template source first. */
const ENGINES: ReadonlyArray<{ readonly names: readonly string[]; readonly modules: readonly string[]; readonly methods: ReadonlySet<string> }> = [
  { names: ['Handlebars', 'handlebars', 'hbs'], modules: ['handlebars'], methods: new Set(['compile', 'precompile']) },
  { names: ['ejs'], modules: ['ejs'], methods: new Set(['render', 'compile']) },
  { names: ['pug', 'jade'], modules: ['pug', 'jade'], methods: new Set(['render', 'compile']) },
  { names: ['nunjucks', 'env', 'environment'], modules: ['nunjucks'], methods: new Set(['renderString', 'compile']) },
  { names: ['Mustache', 'mustache'], modules: ['mustache'], methods: new Set(['render', 'parse']) },
  { names: ['_', 'lodash'], modules: ['lodash', 'underscore'], methods: new Set(['template']) },
  { names: ['doT', 'dot'], modules: ['dot'], methods: new Set(['template', 'compile']) },
  { names: ['Hogan', 'hogan'], modules: ['hogan.js'], methods: new Set(['compile']) },
  { names: ['eta', 'Eta'], modules: ['eta'], methods: new Set(['renderString', 'compile']) },
  { names: ['liquid', 'engine'], modules: ['liquidjs'], methods: new Set(['parseAndRender', 'parseAndRenderSync']) },
];
const ALL_METHODS = new Set(ENGINES.flatMap((e) => [...e.methods]));
const HINTS = [...ALL_METHODS, 'Template'];

function inputIn(source: ts.Expression): RequestInput | undefined {
  const direct = requestInputOf(source);
  if (direct !== undefined) return direct;
  for (const part of stringParts(source)) {
    if (part.node === undefined) continue;
    const input = requestInputOf(part.node);
    if (input !== undefined) return input;
  }
  return undefined;
}

export const templateInjection = defineRule({
  meta: {
    id: 'EVD-CODE-039',
    slug: 'template-injection',
    title: 'Template compiled from request input (template injection)',
    description:
      'A template engine compiles a template whose source comes from the request (`Handlebars.compile(req.body.template)`, ' +
      '`ejs.render(req.query.page)`, `pug.render(`h1 ${req.query.title}`)`). Template languages reach JavaScript: the ' +
      'client can read server data or run code.',
    severity: 'high',
    remediation:
      'Compile only templates that ship with the application and pass request values as data ' +
      '(`Handlebars.compile(source)({ name: req.body.name })`). If users must author templates, use a logic-less ' +
      'engine in a sandboxed process and allow-list the variables.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)', '164.308(a)(1)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Template injection can expose server-side data including ePHI (164.312(a)(1)) and lead to code execution that alters it (164.312(c)(1)); it is a risk to reduce (164.308(a)(1)(ii)(B)).',
      gdpr: 'It undermines the confidentiality and integrity of processing systems (Art.32(1)(b)); keeping templates out of user control is a design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/1336.html',
      'https://cwe.mitre.org/data/definitions/94.html',
      'https://portswigger.net/web-security/server-side-template-injection',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    const visit = (node: ts.CallExpression | ts.NewExpression): void => {
      if (!relevant) return;
      const name = calleeName(node);
      const source = node.arguments?.[0];
      if (name === undefined || source === undefined) return;
      if (ts.isNewExpression(node)) {
        if (name !== 'Template') return;
      } else if (!ALL_METHODS.has(name)) {
        return;
      }
      const receiver = receiverOf(node);
      let engine: string | undefined;
      let where = `${name}()`;
      if (ts.isNewExpression(node)) {
        engine = receiver === undefined ? imports.name('Template')?.module : lastName(receiver);
        if (engine !== 'nunjucks') return;
        where = 'new nunjucks.Template()';
      } else {
        const value = receiver === undefined ? undefined : skipOuterExpressions(receiver);
        const origin = value === undefined ? imports.name(name) : imports.resolve(value);
        const receiverName = value === undefined ? undefined : lastName(value);
        const match = ENGINES.find(
          (e) => e.methods.has(name) && ((origin !== undefined && e.modules.includes(origin.module)) || (receiverName !== undefined && e.names.includes(receiverName))),
        );
        if (match === undefined) return;
        engine = match.modules[0];
        if (receiverName !== undefined) where = `${receiverName}.${name}()`;
      }
      const input = inputIn(source);
      if (input === undefined) return;
      context.report({
        node: ts.isCallExpression(node) ? callReportNode(node) : node,
        message: `Template source taken from request input (${input.label}) compiled by ${where} (${engine ?? 'template engine'}): pass request values as data to a fixed template`,
      });
    };
    return {
      [ts.SyntaxKind.CallExpression]: visit,
      [ts.SyntaxKind.NewExpression]: visit,
    };
  },
});
