/**
 * EVD-CODE-003: personal or health data sent to a third-party service.
 *
 * A call is reported when it is a third-party sink of the catalogue
 * (analytics, error tracking, email/SMS, payments, LLM APIs — named by vendor
 * and category), or a plain HTTP call to a known vendor API host
 * (`fetch('https://api.openai.com/…')`), and its data carries personal data.
 *
 * What a service of that category needs to do its job is not reported:
 * - email/SMS: the recipient fields (`to`, `cc`, `bcc`, `from`, `replyTo`,
 *   `personalizations`) are not looked at, and names, contact data and
 *   credentials (one-time codes, reset links) in the message are expected;
 * - payments: names, contact, billing address and financial data are what a
 *   payment processor is for;
 * - HTTP calls to a vendor host: the `headers` of the request (the API key).
 * Health data, government identifiers, genetic and biometric data are never
 * expected by any of them.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import {
  describeClassification,
  mergeClassifications,
  type Classification,
  type DataCategory,
} from '../engine/code/data-classifier.js';
import { THIRD_PARTY_CATEGORY_LABELS, type SinkNode, type ThirdPartyCategory } from '../engine/code/sinks.js';

/** Keys of a message that address it rather than carry its content. */
const RECIPIENT_KEYS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'from', 'replyTo', 'reply_to', 'sender', 'recipient', 'recipients', 'personalizations']);
/** Keys of an HTTP request that authenticate it to the vendor. */
const REQUEST_KEYS: ReadonlySet<string> = new Set(['headers']);

/** Categories a service of that kind needs to do its job: not reported. */
const EXPECTED: Readonly<Partial<Record<ThirdPartyCategory, ReadonlySet<DataCategory>>>> = {
  messaging: new Set<DataCategory>(['contact', 'personal', 'credentials']),
  payments: new Set<DataCategory>(['contact', 'personal', 'financial', 'location']),
};

/** A classification without the expected categories. */
function withoutExpected(classification: Classification, expected: ReadonlySet<DataCategory> | undefined): Classification {
  if (expected === undefined) return classification;
  return {
    categories: classification.categories.filter((c) => !expected.has(c)),
    matches: classification.matches.filter((m) => !expected.has(m.category)),
  };
}

export const sensitiveDataToThirdParty = defineRule({
  meta: {
    id: 'EVD-CODE-003',
    slug: 'sensitive-data-to-third-party',
    title: 'Personal or health data sent to a third-party service',
    description:
      'A call to a third-party SDK or API — analytics (Segment, Mixpanel, Amplitude, PostHog, Google Analytics), error ' +
      'tracking (Sentry, Bugsnag, Rollbar), email/SMS (nodemailer, SendGrid, Twilio, Mailgun), payments (Stripe) or an ' +
      'LLM API (OpenAI, Anthropic, Google Gemini) — receives personal or health data. The vendor becomes a processor ' +
      '(a business associate under HIPAA) of that data, often in another country.',
    severity: 'high',
    remediation:
      'Send an opaque identifier or pseudonymised value instead (`userId`, a hash), strip health data and identifiers ' +
      'before the call (scrub `beforeSend` for error trackers, de-identify LLM prompts), and only use vendors covered by ' +
      'a business associate agreement / data processing agreement for what must be sent.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(1)(ii)(B)', '164.312(a)(1)'],
      gdpr: ['Art.5(1)(c)', 'Art.25(2)', 'Art.44'],
    },
    rationale: {
      hipaa:
        'ePHI sent to a vendor leaves the access controls of the covered system (164.312(a)(1)); each such flow is a risk the security management process must reduce or cover with a business associate agreement (164.308(a)(1)(ii)(B)).',
      gdpr:
        'Sending personal data to analytics, trackers or LLM providers beyond what the purpose needs breaches data minimisation and protection by default (Art.5(1)(c), Art.25(2)), and is usually a transfer to a third country that needs a Chapter V basis (Art.44).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/359.html',
      'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/business-associates/index.html',
      'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/hipaa-online-tracking/index.html',
      'https://owasp.org/www-project-top-10-for-large-language-model-applications/',
    ],
  },
  create(context) {
    const check = (node: SinkNode): void => {
      const sink = context.matchSink(node);
      if (sink === undefined || sink.category === undefined || sink.vendor === undefined) return;
      if (sink.kind !== 'third-party' && sink.kind !== 'http-client') return;
      const ignoreKeys = sink.category === 'messaging' ? RECIPIENT_KEYS : sink.kind === 'http-client' ? REQUEST_KEYS : undefined;
      const classification = withoutExpected(
        mergeClassifications(sink.dataArguments.map((a) => context.classifyExpression(a, ignoreKeys === undefined ? undefined : { ignoreKeys }))),
        EXPECTED[sink.category],
      );
      if (classification.categories.length === 0) return;
      context.report({
        node,
        message: `${describeClassification(classification)} sent to ${sink.vendor} (${THIRD_PARTY_CATEGORY_LABELS[sink.category]}) by ${sink.callee}`,
        dataCategories: classification.categories,
      });
    };
    return {
      [ts.SyntaxKind.CallExpression]: check,
    };
  },
});
