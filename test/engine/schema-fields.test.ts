// ORM and validation schemas: which fields a model stores (schema-fields.ts),
// and which expressions read whole records (queries.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ts } from '../../src/engine/code/typescript.js';
import { databaseQueryOf, schemaOf } from '../../src/engine/code/index.js';

function parse(code: string): ts.SourceFile {
  return ts.createSourceFile('a.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Every schema in `code`: library, name, binding and `path: definition` of each field. */
function schemas(code: string): Array<{ library: string; name?: string; binding?: string; fields: string[] }> {
  const sourceFile = parse(code);
  const out: Array<{ library: string; name?: string; binding?: string; fields: string[] }> = [];
  const visit = (node: ts.Node): void => {
    const schema = schemaOf(node);
    if (schema !== undefined) {
      out.push({
        library: schema.library,
        ...(schema.name !== undefined ? { name: schema.name } : {}),
        ...(schema.binding !== undefined ? { binding: schema.binding } : {}),
        fields: schema.fields.map((f) => `${f.path}${f.options !== undefined ? ' (options)' : ''}: ${f.type?.getText(sourceFile) ?? '?'}`),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

describe('schemaOf', () => {
  test('Mongoose: plain, options, arrays, sub-documents, arrays of sub-documents; model names', () => {
    const code = [
      'const PatientSchema = new mongoose.Schema({',
      '  ssn: { type: String, select: false },',
      '  allergies: [String],',
      '  insurance: { memberId: String, provider: { name: String } },',
      '  visits: [{ reason: String, codes: { type: [String] } }],',
      '  physician: { type: Schema.Types.ObjectId, ref: "User" },',
      '});',
      "export const Visit = model('Visit', new Schema({ diagnosis: String }));",
    ].join('\n');
    assert.deepEqual(schemas(code), [
      {
        library: 'mongoose',
        name: 'PatientSchema',
        binding: 'PatientSchema',
        fields: [
          'ssn (options): String',
          'allergies: String',
          'insurance.memberId: String',
          'insurance.provider.name: String',
          'visits.reason: String',
          'visits.codes (options): String',
          'physician (options): Schema.Types.ObjectId',
        ],
      },
      { library: 'mongoose', name: 'Visit', fields: ['diagnosis: String'] },
    ]);
  });

  test('Sequelize define and init, TypeORM entities, zod objects', () => {
    const code = [
      "const Claim = sequelize.define('Claim', { code: DataTypes.STRING, amount: { type: DataTypes.DECIMAL, allowNull: false } });",
      'Member.init({ taxId: DataTypes.STRING }, { sequelize, modelName: "member" });',
      'Member.init({ notAModel: 1 });',
      "@Entity('labs')",
      'class Lab {',
      '  @PrimaryGeneratedColumn() id: number;',
      "  @Column({ type: 'text', nullable: true }) diagnosis?: string;",
      '  helper: string;',
      '}',
      'const PatientRecord = z.object({ ssn: z.string().length(9), address: z.object({ zip: z.string() }) });',
      'const stats = { ssn: String };',
    ].join('\n');
    assert.deepEqual(schemas(code), [
      { library: 'sequelize', name: 'Claim', binding: 'Claim', fields: ['code: DataTypes.STRING', 'amount (options): DataTypes.DECIMAL'] },
      { library: 'sequelize', name: 'Member', binding: 'Member', fields: ['taxId: DataTypes.STRING'] },
      { library: 'typeorm', name: 'Lab', binding: 'Lab', fields: ['id: number', 'diagnosis (options): string'] },
      {
        library: 'zod',
        name: 'PatientRecord',
        binding: 'PatientRecord',
        fields: ['ssn: z.string().length(9)', 'address: z.object({ zip: z.string() })'],
      },
      { library: 'zod', name: 'address', fields: ['zip: z.string()'] },
    ]);
  });
});

describe('databaseQueryOf', () => {
  const cases: Array<[string, string | undefined]> = [
    ['await Patient.findById(id)', 'findById Patient whole'],
    ["await Patient.findById(id).select('name').lean()", 'findById Patient projected'],
    ['await Patient.findOne({ _id: id }, { ssn: 0 })', 'findOne Patient projected'],
    ['await Patient.findOne({ _id: id }, null, { lean: true })', 'findOne Patient whole'],
    ["await Customer.findByPk(id, { include: ['orders'] })", 'findByPk Customer whole'],
    ["await Customer.findByPk(id, { attributes: ['id'] })", 'findByPk Customer projected'],
    ['await prisma.user.findMany({ where })', 'findMany user whole'],
    ['await prisma.user.findUnique({ where, select: { id: true } })', 'findUnique user projected'],
    ['await this.patientRepository.findOneBy({ id })', 'findOneBy patient whole'],
    ["await db.collection('patients').findOne({ _id })", 'findOne patients whole'],
    ["await pool.query('SELECT * FROM patients WHERE id = $1', [id])", 'query patients whole'],
    ['await pool.query(`SELECT p.* FROM patients p WHERE id = ${id}`)', 'query patients whole'],
    ["await pool.query('SELECT id, name FROM patients')", 'query patients projected'],
    ["await pool.query('UPDATE patients SET seen = true')", undefined],
    ['prisma.$queryRaw`SELECT * FROM users`', '$queryRaw users whole'],
    ['patients.find((p) => p.id === id)', undefined],
    ['getPatient(id)', undefined],
  ];
  for (const [code, expected] of cases) {
    test(`${code} → ${expected ?? 'not a read'}`, () => {
      const statement = parse(code).statements[0];
      assert.ok(statement !== undefined && ts.isExpressionStatement(statement));
      const query = databaseQueryOf(statement.expression);
      const described = query === undefined ? undefined : `${query.method} ${query.model ?? '?'} ${query.projected ? 'projected' : 'whole'}`;
      assert.equal(described, expected);
    });
  }
});
