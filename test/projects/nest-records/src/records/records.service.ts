import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { RecordEntity } from './record.entity';

const RECORDS_TABLE = 'records';
const SORTABLE = new Set(['createdAt', 'ward', 'visitCount']);

export interface RecordQuery {
  ward?: string;
  name?: string;
  sort?: string;
  limit: number;
}

@Injectable()
export class RecordsService {
  constructor(
    @InjectRepository(RecordEntity) private readonly records: Repository<RecordEntity>,
    private readonly dataSource: DataSource,
  ) {}

  async findOne(id: string): Promise<RecordEntity> {
    const record = await this.records.findOne({ where: { id } });
    if (!record) throw new NotFoundException();
    return record;
  }

  async byMrn(mrn: string): Promise<RecordEntity[]> {
    return this.dataSource.query(`SELECT * FROM ${RECORDS_TABLE} WHERE mrn = '${mrn}'`);
  }

  async byMrnSafe(mrn: string): Promise<RecordEntity[]> {
    return this.dataSource.query(`SELECT * FROM ${RECORDS_TABLE} WHERE mrn = $1`, [mrn]);
  }

  async search(query: RecordQuery): Promise<RecordEntity[]> {
    const qb = this.records.createQueryBuilder('r').where('r.ward = :ward', { ward: query.ward });
    if (query.name) {
      qb.andWhere(`r.lastName ILIKE '%${query.name}%'`);
    }
    if (query.sort && SORTABLE.has(query.sort)) {
      qb.orderBy(`r.${query.sort}`, 'DESC');
    }
    return qb.limit(query.limit).getMany();
  }

  async countByWard(wards: string[]): Promise<Array<{ ward: string; count: number }>> {
    const placeholders = wards.map((_, i) => `$${i + 1}`).join(', ');
    return this.dataSource.query(`SELECT ward, count(*) AS count FROM records WHERE ward IN (${placeholders}) GROUP BY ward`, wards);
  }

  async page(limit: number, offset: number): Promise<RecordEntity[]> {
    return this.dataSource.query(`SELECT * FROM records ORDER BY created_at DESC LIMIT ${limit} OFFSET ${offset}`);
  }
}
