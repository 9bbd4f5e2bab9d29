import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ts } from '../../src/engine/code/typescript.js';
import {
  DATA_CATEGORIES,
  classifyExpression,
  classifyName,
  createExpressionClassifier,
  describeClassification,
  isOpaqueName,
  isRecordName,
  isRedactionName,
  namedClassification,
  tokenizeName,
  type ClassifierOptions,
  type DataCategory,
  type ExpressionClassifierOptions,
} from '../../src/engine/code/data-classifier.js';

describe('tokenizeName', () => {
  const cases: Array<[string, string]> = [
    ['patientSSN', 'patient ssn'],
    ['date_of_birth', 'date of birth'],
    ['DateOfBirth', 'date of birth'],
    ['PATIENT_SSN', 'patient ssn'],
    ['x-forwarded-for', 'x forwarded for'],
    ['icd10Code', 'icd 10 code'],
    ['npiNumber', 'npi number'],
    ['insuranceMemberId', 'insurance member id'],
    ['SSNNumber', 'ssn number'],
    ['allergies', 'allergy'],
    ['patients', 'patient'],
    ['addresses', 'address'],
    ['diagnosis', 'diagnosis'],
    ['$email', 'email'],
    ['', ''],
  ];
  for (const [name, words] of cases) {
    test(`${JSON.stringify(name)} → ${JSON.stringify(words)}`, () => {
      assert.equal(tokenizeName(name).join(' '), words);
    });
  }
});

describe('classifyName', () => {
  const table: Array<[string, DataCategory[]]> = [
    // health
    ['diagnosis', ['health']],
    ['diagnoses', ['health']],
    ['primaryDiagnosisCode', ['health']],
    ['icd10Code', ['health']],
    ['cpt_code', ['health']],
    ['mrn', ['health']],
    ['medicalRecordNumber', ['health']],
    ['medications', ['health']],
    ['rx', ['health']],
    ['allergies', ['health']],
    ['labResults', ['health']],
    ['bloodType', ['health']],
    ['hivStatus', ['health']],
    ['isPregnant', ['health']],
    ['mentalHealthNotes', ['health']],
    ['clinicalNotes', ['health']],
    ['insuranceMemberId', ['health']],
    ['policyNumber', ['health']],
    ['patient', ['health']],
    ['patients', ['health']],
    ['patientRecord', ['health']],
    ['preExistingCondition', ['health']],
    ['patientCondition', ['health']],
    // government identifiers
    ['ssn', ['government-id']],
    ['patientSSN', ['government-id']],
    ['PATIENT_SSN', ['government-id']],
    ['socialSecurityNumber', ['government-id']],
    ['passportNumber', ['government-id']],
    ['driversLicense', ['government-id']],
    ['nationalId', ['government-id']],
    ['taxId', ['government-id']],
    ['nhsNumber', ['government-id']],
    // contact
    ['email', ['contact']],
    ['e-mail', ['contact']],
    ['customerEmail', ['contact']],
    ['phoneNumber', ['contact']],
    ['mobileNumber', ['contact']],
    ['address', ['contact']],
    ['homeAddress', ['contact']],
    ['patientAddress', ['contact']],
    ['addressLine1', ['contact']],
    ['street', ['contact']],
    ['zipCode', ['contact']],
    ['postcode', ['contact']],
    // financial
    ['creditCardNumber', ['financial']],
    ['cardNumber', ['financial']],
    ['cvv', ['financial']],
    ['iban', ['financial']],
    ['accountNumber', ['financial']],
    ['routingNumber', ['financial']],
    ['bankAccount', ['financial']],
    // credentials
    ['password', ['credentials']],
    ['passwd', ['credentials']],
    ['pwd', ['credentials']],
    ['passwordHash', ['credentials']],
    ['clientSecret', ['credentials']],
    ['accessToken', ['credentials']],
    ['passwordResetToken', ['credentials']],
    ['apiKey', ['credentials']],
    ['API_KEY', ['credentials']],
    ['privateKey', ['credentials']],
    ['credentials', ['credentials']],
    ['sessionId', ['credentials']],
    // location
    ['latitude', ['location']],
    ['lng', ['location']],
    ['geolocation', ['location']],
    ['gpsCoordinates', ['location']],
    ['ipAddress', ['location']],
    ['clientIp', ['location']],
    ['remoteAddress', ['location']],
    // biometric, genetic
    ['biometricTemplate', ['biometric']],
    ['faceId', ['biometric']],
    ['retinaScan', ['biometric']],
    ['voiceprint', ['biometric']],
    ['fingerprintImage', ['biometric']],
    ['dna', ['genetic']],
    ['genomeSequence', ['genetic']],
    ['genotype', ['genetic']],
    // personal
    ['firstName', ['personal']],
    ['last_name', ['personal']],
    ['fullName', ['personal']],
    ['patientName', ['personal']],
    ['dob', ['personal']],
    ['dateOfBirth', ['personal']],
    ['birthDate', ['personal']],
    ['age', ['personal']],
    ['patientAge', ['personal']],
    ['gender', ['personal']],
    ['ethnicity', ['personal']],
    ['race', ['personal']],
    ['religion', ['personal']],
    ['sexualOrientation', ['personal']],
    ['user', ['personal']],
    ['userProfile', ['personal']],
    ['customers', ['personal']],
    ['requestBody', ['personal']],
    // several
    ['ssnAndEmail', ['government-id', 'contact']],
  ];
  for (const [name, categories] of table) {
    test(`${name} → ${categories.join(', ')}`, () => {
      assert.deepEqual(classifyName(name), categories);
    });
  }

  const negatives: Array<[string, string]> = [
    ['name', 'name alone says nothing about whose name'],
    ['fileName', 'a file name'],
    ['bucketName', 'a bucket name'],
    ['displayName', 'a product display name'],
    ['secretName', 'the name of a secret, not the secret'],
    ['userName', 'an account handle, like username'],
    ['username', 'an account handle'],
    ['patientId', 'an opaque surrogate key'],
    ['patient_ids', 'opaque surrogate keys'],
    ['userId', 'an opaque surrogate key'],
    ['memberId', 'a generic membership id (insuranceMemberId is health)'],
    ['tokenizer', 'a different word, not "token"'],
    ['nextPageToken', 'pagination'],
    ['maxTokens', 'an LLM token count'],
    ['tokenCount', 'a count'],
    ['passwordPolicyUrl', 'a URL'],
    ['IDENTITY_TOKEN_SCOPE', 'what a token may do, not the token'],
    ['tokenAudience', 'who a token is for'],
    ['tokenIssuer', 'who issued a token'],
    ['tokenAlgorithm', 'how a token is signed'],
    ['tokenEndpoint', 'where tokens are requested'],
    ['email_confirmation_redirection', 'where to send the browser after an e-mail is confirmed (a URL)'],
    ['passwordResetRedirect', 'a URL'],
    ['passwordMinLength', 'a length'],
    ['emailRegex', 'a pattern'],
    ['emailTemplate', 'a template'],
    ['ssnMasked', 'masked'],
    ['emailHash', 'hashed'],
    ['hasPassword', 'a boolean about a credential'],
    ['isEmailVerified', 'a boolean about contact data'],
    ['maxAge', 'a cookie lifetime'],
    ['serverAddress', 'a network address'],
    ['macAddress', 'a hardware address'],
    ['raceCondition', 'concurrency'],
    ['userAgent', '"user" alone is a weak word'],
    ['healthCheck', '"health" alone is server health'],
    ['procedure', 'tRPC procedures, stored procedures'],
    ['testResult', 'test runners'],
    ['fingerprint', 'certificate and finding fingerprints'],
    ['zip', 'archives'],
    ['ip', 'too common in infrastructure code'],
    ['npiNumber', 'a public provider identifier (NPPES)'],
    ['config', 'nothing sensitive'],
    ['', 'empty'],
  ];
  for (const [name, why] of negatives) {
    test(`${JSON.stringify(name)} → none (${why})`, () => {
      assert.deepEqual(classifyName(name), []);
    });
  }

  test('extraNames and ignoreNames', () => {
    const options: ClassifierOptions = {
      extraNames: { health: ['visitReason', 'member number'], financial: ['walletAddress'] },
      ignoreNames: ['mrn', 'patient_name'],
    };
    assert.deepEqual(classifyName('visit_reason', options), ['health']);
    assert.deepEqual(classifyName('memberNumber', options), ['health']);
    assert.deepEqual(classifyName('walletAddress', options), ['financial']);
    assert.deepEqual(classifyName('mrn', options), []);
    assert.deepEqual(classifyName('patientName', options), []);
    assert.deepEqual(classifyName('PATIENT_NAME', options), []);
    // the defaults are untouched
    assert.deepEqual(classifyName('mrn'), ['health']);
    assert.deepEqual(classifyName('visitReason'), []);
  });

  test('categories come in DATA_CATEGORIES order', () => {
    assert.deepEqual(classifyName('emailOrSsnOrDiagnosis'), ['health', 'government-id', 'contact']);
    assert.equal(DATA_CATEGORIES.length, 9);
  });
});

/** Parses `code` and classifies the first argument of the first call to `sink(...)`. */
function classifyArgument(code: string, options?: ExpressionClassifierOptions) {
  const sourceFile = ts.createSourceFile('a.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'sink') {
      found = node.arguments[0];
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  assert.ok(found, 'no sink(...) call in the snippet');
  return classifyExpression(found, options);
}

describe('classifyExpression', () => {
  const table: Array<[string, DataCategory[], string[]]> = [
    // [code, categories, terms]
    ['sink(patient.ssn)', ['government-id'], ['ssn']],
    ['sink(patient?.ssn)', ['government-id'], ['ssn']],
    ["sink(patient['ssn'])", ['government-id'], ['ssn']],
    ['sink(patient.id)', [], []],
    ['sink(patient.ssn.length)', [], []],
    ['sink(patient.name)', ['personal'], ['patient.name']],
    ['sink(card.number)', ['financial'], ['card.number']],
    ['sink(file.name)', [], []],
    ['sink(pull.data.head.repo.full_name)', [], []],
    ['sink(repository.fullName)', [], []],
    ['sink(org.full_name)', [], []],
    ['sink(user.full_name)', ['personal'], ['full_name']],
    ['sink(author.fullName)', ['personal'], ['fullName']],
    ['sink(patient.details)', ['health'], ['patient.details']],
    ['sink(patient.createdAt)', [], []],
    ['sink(patients[0])', ['health'], ['patients']],
    ['sink(req.body)', ['personal'], ['request body']],
    ['sink(request.body)', ['personal'], ['request body']],
    ['sink(ctx.request.body)', ['personal'], ['request body']],
    ['sink(req.body.page)', [], []],
    ['sink(req.body.data)', ['personal'], ['request body']],
    ['sink(req.headers)', ['credentials'], ['request headers']],
    ["sink(req.header('Origin'))", [], []],
    ["sink(req.header('Authorization'))", ['credentials'], ['Authorization']],
    ["sink(req.get('authorization'))", ['credentials'], ['authorization']],
    ["sink(request.headers.get('x-forwarded-for'))", ['location'], ['x-forwarded-for']],
    ["sink(ctx.get('User-Agent'))", [], []],
    ["sink(cache.get('token'))", [], []],
    ['sink(server.address())', [], []],
    ['sink(server.address().address)', [], []],
    ['sink(patient.address)', ['contact'], ['patient.address']],
    ["sink('patient ssn diagnosis')", [], []],
    ['sink(`patient ssn`)', [], []],
    ['sink(`ssn: ${p.ssn}, dx: ${p.diagnosis}`)', ['health', 'government-id'], ['diagnosis', 'ssn']],
    ["sink('email: ' + user.email)", ['contact'], ['email']],
    ['sink({ email: user.email, id: user.id })', ['contact'], ['email']],
    ['sink({ ssn: value })', ['government-id'], ['ssn']],
    ['sink({ user: user.id, patient: patientId, customer: c.id })', [], []],
    ['sink({ patient: p })', [], []],
    ['sink({ patient })', ['health'], ['patient']],
    ['sink({ data: patient })', ['health'], ['patient']],
    ["sink({ ssn: 'n/a', email: null })", [], []],
    ['sink({ ssn: redact(p.ssn) })', [], []],
    ['sink({ hasSsn: !!p.ssn, dxKnown: p.diagnosis !== undefined })', [], []],
    ['sink({ email })', ['contact'], ['email']],
    ['sink({ ...patient })', ['health'], ['patient']],
    ['sink([user.email, user.phone])', ['contact'], ['email', 'phone']],
    ['sink(JSON.stringify(patient))', ['health'], ['patient']],
    ["sink(util.format('%s', user.email))", ['contact'], ['email']],
    ['sink(user.email.toLowerCase().trim())', ['contact'], ['email']],
    ['sink(patients.filter((p) => p.active))', ['health'], ['patients']],
    ['sink(patients.map((p) => p.mrn))', ['health'], ['mrn']],
    ['sink(patients.map((p) => p.id))', [], []],
    ['sink(getPatientSsn())', ['government-id'], ['getPatientSsn()']],
    ['sink(patient.getDiagnosis())', ['health'], ['getDiagnosis()']],
    ['sink(validateEmail(x))', [], []],
    ['sink(isValidEmail(x))', [], []],
    ['sink(mask(user.email))', [], []],
    ['sink(hash(user.password))', [], []],
    ["sink(crypto.createHash('sha256').update(user.email).digest('hex'))", [], []],
    ['sink(await loadPatient(id))', ['health'], ['loadPatient()']],
    ['sink(flag ? user.email : user.phone)', ['contact'], ['email', 'phone']],
    ['sink(user.email ?? fallback)', ['contact'], ['email']],
    ['sink(typeof user.email)', [], []],
    ['sink(new Error(`bad ssn ${ssn}`))', ['government-id'], ['ssn']],
    ['sink(() => user.email)', [], []],
    ['sink(user.email as string)', ['contact'], ['email']],
  ];
  for (const [code, categories, terms] of table) {
    test(`${code} → ${categories.join(', ') || 'none'}`, () => {
      const result = classifyArgument(code);
      assert.deepEqual(result.categories, categories);
      assert.deepEqual(
        result.matches.map((m) => m.term),
        terms,
      );
    });
  }
});

describe('classifyExpression: light data flow inside one function', () => {
  const table: Array<[string, string, DataCategory[]]> = [
    ['destructuring', 'function f(patient) {\n  const { ssn } = patient;\n  sink(ssn);\n}', ['government-id']],
    ['renamed destructuring', 'function f(patient) {\n  const { ssn: s } = patient;\n  sink(s);\n}', ['government-id']],
    ['nested destructuring', 'function f(req) {\n  const { body: { patient: p } } = req;\n  sink(p);\n}', ['health']],
    ['rest element keeps the whole', 'function f(patient) {\n  const { id, ...rest } = patient;\n  sink(rest);\n}', ['health']],
    ['template literal into a local', 'function f(p) {\n  const msg = `Patient ${p.diagnosis}`;\n  sink(msg);\n}', ['health']],
    ['chain of locals', 'function f(req) {\n  const a = req.body;\n  const b = a;\n  const c = { b };\n  sink(c);\n}', ['personal']],
    ['for…of variable', 'function f(patients) {\n  for (const p of patients) sink(p);\n}', ['health']],
    ['array destructuring', 'function f(patients) {\n  const [first] = patients;\n  sink(first);\n}', ['health']],
    ['nearest declaration wins (block scope)', 'function f(patient) {\n  const x = patient.ssn;\n  {\n    const x = patient.id;\n    sink(x);\n  }\n}', []],
    ['redaction in the initializer clears a sensitive name', 'function f(p) {\n  const ssn = mask(p.ssn);\n  sink(ssn);\n}', []],
    ['a listener\'s network address is not contact data', 'function f(server) {\n  const { address, port } = server.address();\n  sink(`listening on ${address}:${port}`);\n}', []],
    ['…also through a local holding server.address()', 'function f(server) {\n  const info = server.address();\n  sink(`${info.address}:${info.port}`);\n}', []],
    ['a postal address through a local still is', 'function f(patient) {\n  const address = patient.address;\n  sink(address);\n}', ['contact']],
    ['top-level code', 'const email = getUser().email;\nconst line = `to ${email}`;\nsink(line);', ['contact']],
  ];
  for (const [name, code, categories] of table) {
    test(name, () => {
      assert.deepEqual(classifyArgument(code).categories, categories);
    });
  }

  const limits: Array<[string, string]> = [
    ['a declaration after the use is not followed', 'function f(p) {\n  sink(msg);\n  var msg = p.ssn;\n}'],
    ['assignments after the declaration are not followed', 'function f(p) {\n  let msg = "";\n  msg = p.ssn;\n  sink(msg);\n}'],
    ['closures: a variable of the enclosing function is not followed', 'function f(p) {\n  const msg = p.ssn;\n  return () => sink(msg);\n}'],
    ['module-level variables are not followed into functions', 'const msg = patient.ssn;\nfunction f() {\n  sink(msg);\n}'],
    ['parameters are judged by their name only', 'function f(value) {\n  sink(value);\n}\nf(patient.ssn);'],
    ['function results are not followed', 'function g(p) { return p.ssn; }\nfunction f(p) {\n  sink(g(p));\n}'],
    ['dataFlow: false', 'function f(patient) {\n  const x = patient.ssn;\n  sink(x);\n}'],
  ];
  for (const [name, code] of limits) {
    test(`documented limit: ${name}`, () => {
      const options = name.startsWith('dataFlow') ? { dataFlow: false } : undefined;
      assert.deepEqual(classifyArgument(code, options).categories, []);
    });
  }
});

describe('describeClassification', () => {
  test('one, two and more categories; at most three names each', () => {
    assert.equal(describeClassification(classifyArgument('sink(p.ssn)')), 'Government identifier (ssn)');
    assert.equal(
      describeClassification(classifyArgument('sink([p.diagnosis, p.ssn])')),
      'Health data (diagnosis) and government identifier (ssn)',
    );
    assert.equal(
      describeClassification(classifyArgument('sink([p.email, p.diagnosis, p.ssn])')),
      'Health data (diagnosis), government identifier (ssn) and contact data (email)',
    );
    assert.equal(
      describeClassification(classifyArgument('sink([p.firstName, p.lastName, p.dob, p.gender])')),
      'Personal data (firstName, lastName, dob, …)',
    );
    assert.equal(describeClassification({ categories: [], matches: [] }), '');
  });
});

describe('isOpaqueName', () => {
  for (const [name, expected] of [
    ['patientUuid', true],
    ['userId', true],
    ['visitCount', true],
    ['avatarUrl', true],
    ['patient', false],
    ['ssn', false],
    ['patientName', false],
    ['value', false],
  ] as const) {
    test(`isOpaqueName(${name}) → ${expected}`, () => assert.equal(isOpaqueName(name), expected));
  }
});

describe('isRecordName, namedClassification and per-call ignoreKeys (issue #4)', () => {
  const records: Array<[string, boolean]> = [
    ['patient', true],
    ['patients', true],
    ['userProfile', true],
    ['patientRecord', true],
    ['healthData', true],
    ['customer2', true],
    ['diagnosis', false],
    ['email', false],
    ['patientId', false],
    ['appointment', false], // neither a person noun nor a container word
  ];
  for (const [name, expected] of records) {
    test(`isRecordName(${name}) → ${expected}`, () => {
      assert.equal(isRecordName(name), expected);
    });
  }

  test('namedClassification gives each category the name as term', () => {
    assert.deepEqual(namedClassification('insuranceId', ['health']), { categories: ['health'], matches: [{ category: 'health', term: 'insuranceId' }] });
    assert.deepEqual(namedClassification('theme', []), { categories: [], matches: [] });
  });

  test('ignoreKeys skips properties of a top-level object literal, also through one local', () => {
    const sourceFile = ts.createSourceFile(
      'a.ts',
      "send({ to: p.email, text: `Dear ${p.firstName}: ${p.diagnosis}` });\nconst msg = { to: p.email, text: 'hi' };\nsend(msg);\nsend({ nested: { to: p.email } });",
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TS,
    );
    const classify = createExpressionClassifier();
    const calls = sourceFile.statements.flatMap((s) =>
      ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) ? [s.expression.arguments[0] as ts.Expression] : [],
    );
    const ignoreKeys = new Set(['to']);
    assert.deepEqual(
      calls.map((node) => classify(node, { ignoreKeys }).categories),
      [['health', 'personal'], [], ['contact']],
    );
    assert.deepEqual(classify(calls[1] as ts.Expression).categories, ['contact']);
  });

  test('de-identification is a redaction', () => {
    assert.equal(isRedactionName('deidentify'), true);
    assert.deepEqual(classifyArgument('sink(deidentify(visit.diagnosis))').categories, []);
  });
});
