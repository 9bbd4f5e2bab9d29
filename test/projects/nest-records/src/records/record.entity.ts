import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('records')
export class RecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ length: 32 })
  mrn!: string;

  @Column()
  ward!: string;

  @Column({ type: 'int' })
  visitCount!: number;

  @CreateDateColumn()
  createdAt!: Date;
}
