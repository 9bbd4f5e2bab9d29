import { unencryptedSensitiveField } from '../../src/rules/unencrypted-sensitive-field.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(unencryptedSensitiveField, {
  valid: [
    { name: 'names and contact data are not expected to be encrypted', code: 'const S = new Schema({ firstName: String, email: String, address: String });' },
    { name: 'a protected form by name', code: 'const S = new Schema({ ssnLast4: String, passwordHash: String, encryptedSsn: String });' },
    { name: 'a setter that encrypts', code: 'const S = new Schema({ ssn: { type: String, set: encryptField, get: decryptField } });' },
    { name: 'a reference and a boolean', code: "const S = new Schema({ diagnosis: { type: Schema.Types.ObjectId, ref: 'Diagnosis' }, isPregnant: Boolean });" },
    { name: 'a sub-schema variable', code: 'const S = new Schema({ insurance: InsuranceSchema });' },
    { name: 'an encryption plugin without a field list covers every field', code: 'const S = new Schema({ ssn: String });\nS.plugin(encrypt, { encryptionKey, signingKey });' },
    { name: 'a listed field of an encryption plugin', code: "const S = new Schema({ ssn: String });\nS.plugin(fieldEncryption, { fields: ['ssn'], secret });" },
    { name: 'a hashing pre-save hook', code: "const S = new Schema({ password: String });\nS.pre('save', async function () {\n  this.password = await bcrypt.hash(this.password, 12);\n});" },
    { name: 'credentials hidden from reads', code: 'const S = new Schema({ password: { type: String, select: false } });' },
    { name: 'a Sequelize VIRTUAL attribute', code: "sequelize.define('Member', { ssn: { type: DataTypes.VIRTUAL } });" },
    { name: 'a TypeORM transformer', code: '@Entity()\nclass Lab {\n  @Column({ transformer: new EncryptionTransformer(opts) }) diagnosis: string;\n}' },
    { name: 'a zod validation schema is not a model', code: 'const intakeForm = z.object({ ssn: z.string() });' },
    { name: 'not a schema: a plain object', code: 'const defaults = { ssn: String };' },
  ],
  invalid: [
    {
      name: 'Mongoose: a plain identifier and a nested sub-document field',
      code: 'const PatientSchema = new Schema({\n  ssn: { type: String, required: true },\n  insurance: { memberId: String },\n});',
      findings: [
        {
          message: 'Field ssn of Mongoose schema PatientSchema (government identifier) is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 40,
          snippet: 'ssn: { type: String, required: true }',
          dataCategories: ['government-id'],
        },
        {
          message: 'Field insurance.memberId of Mongoose schema PatientSchema (health data) is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 32,
          snippet: 'memberId: String',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Mongoose: a hook that hashes another field does not cover this one',
      code: "const UserSchema = new mongoose.Schema({ password: String, mfaSecret: String });\nUserSchema.pre('save', async function () {\n  this.password = await bcrypt.hash(this.password, 12);\n});",
      filename: 'src/user.js',
      findings: [
        {
          message: 'Field mfaSecret of Mongoose schema UserSchema (credentials) is stored without hashing: no hashing hook, setter or transformer in this file',
          line: 1,
          column: 60,
          endLine: 1,
          endColumn: 77,
          snippet: 'mfaSecret: String',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'Sequelize define with a sized type',
      code: "const Claim = sequelize.define('Claim', { diagnosisCode: DataTypes.STRING(16), amount: DataTypes.DECIMAL });",
      filename: 'src/claim.cjs',
      findings: [
        {
          message: 'Field diagnosisCode of Sequelize model Claim (health data) is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 78,
          snippet: 'diagnosisCode: DataTypes.STRING(16)',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'TypeORM entity column',
      code: "@Entity('members')\nexport class Member {\n  @Column() taxId: string;\n}",
      findings: [
        {
          message: 'Field taxId of TypeORM entity Member (government identifier) is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 18,
          snippet: 'taxId',
          dataCategories: ['government-id'],
        },
      ],
    },
    {
      name: 'a zod schema of a stored model',
      code: 'export const PatientRecord = z.object({ id: z.string().uuid(), ssn: z.string().length(9) });',
      findings: [
        {
          message: 'Field ssn of zod schema PatientRecord (government identifier) is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file',
          line: 1,
          column: 64,
          endLine: 1,
          endColumn: 89,
          snippet: 'ssn: z.string().length(9)',
          dataCategories: ['government-id'],
        },
      ],
    },
  ],
});
