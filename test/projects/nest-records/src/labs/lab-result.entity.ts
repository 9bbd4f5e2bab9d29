import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('lab_results')
export class LabResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @Column({ length: 16 })
  loincCode!: string;

  @Column({ type: 'numeric' })
  value!: number;

  @CreateDateColumn()
  receivedAt!: Date;
}
