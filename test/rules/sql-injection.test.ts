import { sqlInjection } from '../../src/rules/sql-injection.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sqlInjection, {
  valid: [
    { name: 'bound parameters', code: 'pool.query(\'SELECT * FROM patients WHERE mrn = $1\', [req.params.mrn]);' },
    { name: 'a tagged template', code: 'sql`SELECT * FROM patients WHERE mrn = ${mrn}`;' },
    { name: 'Prisma $queryRaw', code: 'prisma.$queryRaw`SELECT * FROM patients WHERE mrn = ${mrn}`;' },
    { name: 'a constant table name', code: 'const TABLE = \'patients\';\npool.query(`SELECT * FROM ${TABLE} WHERE id = $1`, [id]);' },
    { name: 'numbers', code: 'pool.query(`SELECT * FROM visits LIMIT ${Number(limit)} OFFSET ${page * size}`);' },
    { name: 'a declared number', code: 'function page(limit: number) { return pool.query(`SELECT * FROM visits LIMIT ${limit}`); }' },
    { name: 'a placeholder list', code: 'pool.query(`SELECT * FROM p WHERE id IN (${ids.map(() => \'?\').join(\',\')})`, ids);' },
    { name: 'an escaped value', code: 'connection.query(\'SELECT * FROM p WHERE name = \' + connection.escape(name));' },
    { name: 'a structural identifier (alias, column)', code: 'qb.where(`${alias}.deletedAt IS NULL`);' },
    { name: 'not SQL: a cache key', code: 'cache.get(`patient:${id}`);' },
    { name: 'not SQL: a URL', code: 'http.get(`/api/patients/${id}`);' },
    { name: 'a query passed in as a parameter', filename: 'src/db.js', code: 'function run(db, sql) { return db.query(sql); }' },
    { name: 'String.raw', code: 'const re = String.raw(`a${b}`);' },
    { name: 'not SQL: a request body given to an HTTP body wrapper', code: 'const body = HttpBody.raw(request.body);' },
    { name: 'not SQL: request input given to a local function named execute', code: 'function run(req, execute) { return execute(req.body.at); }' },
    { name: 'not SQL: request input given to a search client', code: 'app.get(\'/s\', (req, res) => searchIndex.query(req.query.q));' },
  ],
  invalid: [
    {
      name: 'request input as the whole statement, on a database handle',
      code: 'app.post(\'/sql\', (req, res) => this.db.execute(req.body.statement));',
      findings: [
        {
          message: 'SQL taken from request input (req.body.statement) passed to db.execute(): use bound parameters ($1, ?) and allow-lists',
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 67,
          snippet: 'this.db.execute(req.body.statement)',
        },
      ],
    },
    {
      name: 'request input as the whole statement, through a local, on a query runner',
      code: 'async function run(req) {\n  const q = req.query.q;\n  return queryRunner.query(q);\n}',
      findings: [
        {
          message: 'SQL taken from request input (req.query.q) passed to queryRunner.query(): use bound parameters ($1, ?) and allow-lists',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 30,
          snippet: 'queryRunner.query(q)',
        },
      ],
    },
    {
      name: 'request input in a template',
      code: 'app.get(\'/p\', (req, res) => pool.query(`SELECT * FROM patients WHERE name = \'${req.query.name}\'`));',
      findings: [
        {
          message: 'SQL built from request input (req.query.name) passed to pool.query(): use bound parameters ($1, ?) or a query builder',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 98,
          snippet: 'pool.query(`SELECT * FROM patients WHERE name = \'${req.query.name}\'`)',
        },
      ],
    },
    {
      name: 'concatenation with a parameter',
      filename: 'src/repo.js',
      code: 'function byMrn(mrn) {\n  return db.query("SELECT * FROM patients WHERE mrn = \'" + mrn + "\'");\n}',
      findings: [
        {
          message: 'SQL built from a dynamic value (mrn) passed to db.query(): use bound parameters ($1, ?) or a query builder',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 70,
          snippet: 'db.query("SELECT * FROM patients WHERE mrn = \'" + mrn + "\'")',
        },
      ],
    },
    {
      name: 'through a local variable',
      code: 'async function find(email: string) {\n  const sql = `SELECT * FROM users WHERE email = \'${email}\'`;\n  return manager.query(sql);\n}',
      findings: [
        {
          message: 'SQL built from a dynamic value (email) passed to manager.query(): use bound parameters ($1, ?) or a query builder',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
          snippet: 'manager.query(sql)',
        },
      ],
    },
    {
      name: 'ORDER BY from the request',
      code: 'pool.query(\'SELECT * FROM visits ORDER BY \' + req.query.sort);',
      findings: [
        {
          message: 'SQL built from request input (req.query.sort) passed to pool.query(): use bound parameters ($1, ?) or a query builder',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 62,
          snippet: 'pool.query(\'SELECT * FROM visits ORDER BY \' + req.query.sort)',
        },
      ],
    },
    {
      name: 'a TypeORM condition on a new line',
      code: 'repo\n  .createQueryBuilder(\'p\')\n  .where(`p.name = \'${name}\'`)\n  .getMany();',
      findings: [
        {
          message: 'SQL built from a dynamic value (name) passed to where(): use bound parameters ($1, ?) or a query builder',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 30,
          snippet: '`p.name = \'${name}\'`',
        },
      ],
    },
    {
      name: '$queryRawUnsafe',
      code: 'prisma.$queryRawUnsafe(`DELETE FROM sessions WHERE user_id = ${userId}`);',
      findings: [
        {
          message: 'SQL built from a dynamic value (userId) passed to prisma.$queryRawUnsafe(): use bound parameters ($1, ?) or a query builder',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 73,
          snippet: 'prisma.$queryRawUnsafe(`DELETE FROM sessions WHERE user_id = ${userId}`)',
        },
      ],
    },
  ],
});
