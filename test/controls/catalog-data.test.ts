// The control catalogs are data: this test pins their shape (JSON Schema), their
// internal joins (group, parent) and their content against the reference catalog
// (shared/reference/controls.md, sections 1.2 and 2).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { Ajv, type ErrorObject } from 'ajv';

type Kind = 'automated' | 'partly' | 'manual';
type Requirement = 'standard' | 'required' | 'addressable';

interface Control {
  id: string;
  group: string;
  parent?: string;
  title: string;
  requirement?: Requirement;
  kind: Kind;
  description: string;
  guidance: string;
}

interface Catalog {
  framework: string;
  title: string;
  version: string;
  source: string;
  description: string;
  groups: { id: string; title: string }[];
  controls: Control[];
}

const frameworks = fileURLToPath(new URL('../../policies/frameworks/', import.meta.url));
const readYaml = (name: string): unknown => load(readFileSync(frameworks + name, 'utf8'));
const schema = JSON.parse(readFileSync(frameworks + 'framework.schema.json', 'utf8')) as object;

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

function errorsOf(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

// Loaded once; schema validity is its own test below so that a schema error
// is reported as a failing test, not as a crash of the whole file.
const hipaa = readYaml('hipaa-security.yaml') as Catalog;
const gdpr = readYaml('gdpr.yaml') as Catalog;

// Every row of controls.md section 1.2, sorted: [requirement, kind].
// "R (standard without specs)" and the unlabelled 164.308(b)(2) count as required;
// kind follows the "Automatable" column (yes/partly/no).
const HIPAA: Record<string, [Requirement, Kind]> = {
  '164.308(a)(1)(i)': ['standard', 'partly'],
  '164.308(a)(1)(ii)(A)': ['required', 'manual'],
  '164.308(a)(1)(ii)(B)': ['required', 'partly'],
  '164.308(a)(1)(ii)(C)': ['required', 'manual'],
  '164.308(a)(1)(ii)(D)': ['required', 'partly'],
  '164.308(a)(2)': ['required', 'manual'],
  '164.308(a)(3)(i)': ['standard', 'partly'],
  '164.308(a)(3)(ii)(A)': ['addressable', 'partly'],
  '164.308(a)(3)(ii)(B)': ['addressable', 'manual'],
  '164.308(a)(3)(ii)(C)': ['addressable', 'partly'],
  '164.308(a)(4)(i)': ['standard', 'partly'],
  '164.308(a)(4)(ii)(A)': ['required', 'manual'],
  '164.308(a)(4)(ii)(B)': ['addressable', 'partly'],
  '164.308(a)(4)(ii)(C)': ['addressable', 'partly'],
  '164.308(a)(5)(i)': ['standard', 'manual'],
  '164.308(a)(5)(ii)(A)': ['addressable', 'manual'],
  '164.308(a)(5)(ii)(B)': ['addressable', 'partly'],
  '164.308(a)(5)(ii)(C)': ['addressable', 'partly'],
  '164.308(a)(5)(ii)(D)': ['addressable', 'partly'],
  '164.308(a)(6)(i)': ['standard', 'partly'],
  '164.308(a)(6)(ii)': ['required', 'partly'],
  '164.308(a)(7)(i)': ['standard', 'partly'],
  '164.308(a)(7)(ii)(A)': ['required', 'automated'],
  '164.308(a)(7)(ii)(B)': ['required', 'partly'],
  '164.308(a)(7)(ii)(C)': ['required', 'partly'],
  '164.308(a)(7)(ii)(D)': ['addressable', 'manual'],
  '164.308(a)(7)(ii)(E)': ['addressable', 'manual'],
  '164.308(a)(8)': ['required', 'manual'],
  '164.308(b)(1)': ['standard', 'manual'],
  '164.308(b)(2)': ['required', 'manual'],
  '164.308(b)(3)': ['required', 'manual'],
  '164.310(a)(1)': ['standard', 'manual'],
  '164.310(a)(2)(i)': ['addressable', 'manual'],
  '164.310(a)(2)(ii)': ['addressable', 'manual'],
  '164.310(a)(2)(iii)': ['addressable', 'manual'],
  '164.310(a)(2)(iv)': ['addressable', 'manual'],
  '164.310(b)': ['required', 'manual'],
  '164.310(c)': ['required', 'manual'],
  '164.310(d)(1)': ['standard', 'partly'],
  '164.310(d)(2)(i)': ['required', 'manual'],
  '164.310(d)(2)(ii)': ['required', 'manual'],
  '164.310(d)(2)(iii)': ['addressable', 'manual'],
  '164.310(d)(2)(iv)': ['addressable', 'partly'],
  '164.312(a)(1)': ['standard', 'automated'],
  '164.312(a)(2)(i)': ['required', 'partly'],
  '164.312(a)(2)(ii)': ['required', 'partly'],
  '164.312(a)(2)(iii)': ['addressable', 'partly'],
  '164.312(a)(2)(iv)': ['addressable', 'automated'],
  '164.312(b)': ['required', 'automated'],
  '164.312(c)(1)': ['standard', 'partly'],
  '164.312(c)(2)': ['addressable', 'partly'],
  '164.312(d)': ['required', 'partly'],
  '164.312(e)(1)': ['standard', 'automated'],
  '164.312(e)(2)(i)': ['addressable', 'partly'],
  '164.312(e)(2)(ii)': ['addressable', 'automated'],
  '164.314(a)(1)': ['standard', 'manual'],
  '164.314(a)(2)': ['required', 'manual'],
  '164.314(a)(2)(i)(A)': ['required', 'manual'],
  '164.314(a)(2)(i)(B)': ['required', 'manual'],
  '164.314(a)(2)(i)(C)': ['required', 'manual'],
  '164.314(a)(2)(ii)': ['required', 'manual'],
  '164.314(a)(2)(iii)': ['required', 'manual'],
  '164.314(b)(1)': ['standard', 'manual'],
  '164.314(b)(2)': ['required', 'manual'],
  '164.314(b)(2)(i)': ['required', 'manual'],
  '164.314(b)(2)(ii)': ['required', 'manual'],
  '164.314(b)(2)(iii)': ['required', 'manual'],
  '164.314(b)(2)(iv)': ['required', 'manual'],
  '164.316(a)': ['standard', 'manual'],
  '164.316(b)(1)': ['standard', 'manual'],
  '164.316(b)(2)(i)': ['required', 'manual'],
  '164.316(b)(2)(ii)': ['required', 'manual'],
  '164.316(b)(2)(iii)': ['required', 'manual'],
};

// Standards listed "R (standard without specs)" in Appendix A.
const STANDARDS_WITHOUT_SPECS = [
  '164.308(a)(2)',
  '164.308(a)(8)',
  '164.310(b)',
  '164.310(c)',
  '164.312(b)',
  '164.312(d)',
];

// The article-level/paragraph-level ids the catalog must contain, and the
// non-manual ones by the "Automatable" column of controls.md section 2.
const GDPR_REQUIRED = [
  'Art.5(1)(a)', 'Art.5(1)(b)', 'Art.5(1)(c)', 'Art.5(1)(d)', 'Art.5(1)(e)', 'Art.5(1)(f)', 'Art.5(2)',
  'Art.6(1)', 'Art.7', 'Art.9(1)', 'Art.9(2)',
  'Art.12', 'Art.13', 'Art.14', 'Art.15', 'Art.16', 'Art.17', 'Art.18', 'Art.20', 'Art.21', 'Art.22',
  'Art.24', 'Art.25(1)', 'Art.25(2)', 'Art.28(1)', 'Art.28(2)', 'Art.28(3)', 'Art.30(1)', 'Art.30(2)',
  'Art.32(1)(a)', 'Art.32(1)(b)', 'Art.32(1)(c)', 'Art.32(1)(d)', 'Art.32(2)', 'Art.32(4)',
  'Art.33(1)', 'Art.33(2)', 'Art.33(5)', 'Art.34(1)', 'Art.34(3)(a)', 'Art.35(1)', 'Art.35(3)', 'Art.35(7)', 'Art.36',
  'Art.44', 'Art.45', 'Art.46', 'Art.49',
];
const GDPR_AUTOMATED = ['Art.32(1)(a)'];
const GDPR_PARTLY = [
  'Art.5(1)(c)', 'Art.5(1)(e)', 'Art.5(1)(f)', 'Art.5(2)', 'Art.9(1)', 'Art.15', 'Art.17', 'Art.20',
  'Art.25(1)', 'Art.25(2)', 'Art.30(1)', 'Art.30(2)', 'Art.32(1)(b)', 'Art.32(1)(c)', 'Art.32(1)(d)',
  'Art.34(3)(a)', 'Art.44', 'Art.45',
];

const ids = (catalog: Catalog) => catalog.controls.map((c) => c.id);
const idsOfKind = (catalog: Catalog, kind: Kind) =>
  catalog.controls.filter((c) => c.kind === kind).map((c) => c.id).sort();

/** The standard a HIPAA specification belongs to: the standard whose citation, minus a
 *  trailing "(i)" or "(1)", is the longest prefix of the specification's citation. */
function expectedStandard(id: string, standards: string[]): string | undefined {
  let best: { id: string; key: string } | undefined;
  for (const s of standards) {
    const key = s.replace(/\((?:i|1)\)$/, '');
    if (id !== s && id.startsWith(key + '(') && (!best || key.length > best.key.length)) best = { id: s, key };
  }
  return best?.id;
}

for (const catalog of [hipaa, gdpr]) {
  describe(`${catalog.framework} catalog: schema and joins`, () => {
    it('matches framework.schema.json', () => {
      assert.deepEqual(errorsOf(catalog), []);
    });

    it('has unique control ids and unique group ids', () => {
      const seen = new Set<string>();
      for (const id of ids(catalog)) {
        assert.ok(!seen.has(id), `duplicate control id ${id}`);
        seen.add(id);
      }
      const groups = catalog.groups.map((g) => g.id);
      assert.equal(new Set(groups).size, groups.length, 'duplicate group id');
    });

    it('cites only existing groups and parents', () => {
      const groups = new Set(catalog.groups.map((g) => g.id));
      const known = new Set(ids(catalog));
      for (const c of catalog.controls) {
        assert.ok(groups.has(c.group), `${c.id}: unknown group ${c.group}`);
        if (c.parent !== undefined) {
          assert.ok(known.has(c.parent), `${c.id}: unknown parent ${c.parent}`);
          assert.notEqual(c.parent, c.id, `${c.id} is its own parent`);
        }
      }
    });

    it('lists controls group by group, in the order of groups', () => {
      const order = catalog.groups.map((g) => g.id);
      const seen = catalog.controls.map((c) => c.group).filter((g, i, all) => i === 0 || all[i - 1] !== g);
      assert.deepEqual(seen, order);
    });
  });
}

describe('hipaa catalog', () => {
  it('is the framework "hipaa" and mentions 164.306(d)(3)', () => {
    assert.equal(hipaa.framework, 'hipaa');
    assert.match(hipaa.description, /164\.306\(d\)\(3\)/);
    assert.deepEqual(
      hipaa.groups.map((g) => g.id),
      ['164.308', '164.310', '164.312', '164.314', '164.316'],
    );
  });

  it('holds exactly the 73 rows of the reference catalog, in regulation order', () => {
    const expected = Object.keys(HIPAA);
    assert.equal(expected.length, 73);
    assert.deepEqual([...expected].sort(), expected, 'the expected list is written sorted');
    assert.deepEqual([...ids(hipaa)].sort(), expected);
    // For these citations plain string order is regulation order.
    assert.deepEqual(ids(hipaa), expected);
  });

  it('writes ids as citations and files each under its section', () => {
    for (const c of hipaa.controls) {
      assert.match(c.id, /^164\.3(?:08|10|12|14|16)(?:\((?:[a-z]|[0-9]+|[ivx]+|[A-Z])\))+$/, c.id);
      assert.equal(c.group, c.id.slice(0, 7), `${c.id}: group`);
    }
  });

  it('gives each control the requirement and kind of the reference catalog', () => {
    for (const c of hipaa.controls) {
      assert.deepEqual([c.requirement, c.kind], HIPAA[c.id], c.id);
    }
    const count = (k: Kind) => idsOfKind(hipaa, k).length;
    assert.deepEqual([count('automated'), count('partly'), count('manual')], [6, 26, 41]);
  });

  it('has no parent on standards and the standard as parent of each specification', () => {
    const standards = hipaa.controls
      .filter((c) => c.requirement === 'standard' || STANDARDS_WITHOUT_SPECS.includes(c.id))
      .map((c) => c.id);
    assert.equal(standards.length, 22);
    for (const c of hipaa.controls) {
      if (standards.includes(c.id)) {
        assert.equal(c.parent, undefined, `standard ${c.id} must have no parent`);
      } else {
        assert.notEqual(c.requirement, 'standard', c.id);
        const standard = expectedStandard(c.id, standards);
        assert.ok(standard, `${c.id}: no standard found`);
        assert.equal(c.parent, standard, `${c.id}: parent`);
      }
    }
  });
});

describe('gdpr catalog', () => {
  it('is the framework "gdpr" grouped by chapter', () => {
    assert.equal(gdpr.framework, 'gdpr');
    assert.deepEqual(
      gdpr.groups.map((g) => g.id),
      ['chapter-2', 'chapter-3', 'chapter-4', 'chapter-5'],
    );
  });

  it('contains every required article and paragraph', () => {
    const present = new Set(ids(gdpr));
    const missing = GDPR_REQUIRED.filter((id) => !present.has(id));
    assert.deepEqual(missing, []);
  });

  it('writes ids as Art.N(p)(x) and files each under its chapter', () => {
    const chapter = (article: number) =>
      article <= 4 ? 'chapter-1' : article <= 11 ? 'chapter-2' : article <= 23 ? 'chapter-3' : article <= 43 ? 'chapter-4' : article <= 50 ? 'chapter-5' : 'later';
    for (const c of gdpr.controls) {
      const m = /^Art\.([0-9]+)(?:\([0-9]+\))?(?:\([a-z]\))?$/.exec(c.id);
      assert.ok(m, `${c.id}: id format`);
      assert.equal(c.group, chapter(Number(m[1])), `${c.id}: group`);
    }
  });

  it('has no HIPAA requirement field and kinds from the reference catalog', () => {
    for (const c of gdpr.controls) assert.equal(c.requirement, undefined, c.id);
    assert.deepEqual(idsOfKind(gdpr, 'automated'), [...GDPR_AUTOMATED].sort());
    assert.deepEqual(idsOfKind(gdpr, 'partly'), [...GDPR_PARTLY].sort());
  });
});

describe('framework.schema.json', () => {
  const broken = (): Catalog => structuredClone(hipaa);

  it('rejects an unknown key and points at the object that holds it', () => {
    const data = broken() as unknown as { controls: Record<string, unknown>[] } & Record<string, unknown>;
    data.controls[3]!.severity = 'high';
    data.owner = 'someone';
    const errors = errorsOf(data);
    assert.ok(
      errors.some(
        (e) => e.keyword === 'additionalProperties' && e.instancePath === '/controls/3' && e.params.additionalProperty === 'severity',
      ),
      JSON.stringify(errors),
    );
    assert.ok(
      errors.some((e) => e.keyword === 'additionalProperties' && e.instancePath === '' && e.params.additionalProperty === 'owner'),
      JSON.stringify(errors),
    );
  });

  it('rejects a bad kind and a bad requirement at the field itself', () => {
    const data = broken();
    (data.controls[5] as unknown as Record<string, unknown>).kind = 'sometimes';
    (data.controls[6] as unknown as Record<string, unknown>).requirement = 'optional';
    const errors = errorsOf(data);
    assert.ok(errors.some((e) => e.keyword === 'enum' && e.instancePath === '/controls/5/kind'), JSON.stringify(errors));
    assert.ok(errors.some((e) => e.keyword === 'enum' && e.instancePath === '/controls/6/requirement'), JSON.stringify(errors));
  });

  it('rejects a missing required field and a malformed framework id', () => {
    const data = broken() as unknown as { controls: Record<string, unknown>[] } & Record<string, unknown>;
    delete data.controls[0]!.guidance;
    data.framework = 'HIPAA Security';
    const errors = errorsOf(data);
    assert.ok(
      errors.some((e) => e.keyword === 'required' && e.instancePath === '/controls/0' && e.params.missingProperty === 'guidance'),
      JSON.stringify(errors),
    );
    assert.ok(errors.some((e) => e.keyword === 'pattern' && e.instancePath === '/framework'), JSON.stringify(errors));
  });
});
