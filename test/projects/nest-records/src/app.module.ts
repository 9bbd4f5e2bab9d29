import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import configuration from './config/configuration';
import { RecordEntity } from './records/record.entity';
import { RecordsController } from './records/records.controller';
import { RecordsService } from './records/records.service';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { LabResultsClient } from './integrations/lab-results.client';
import { ExportService } from './export/export.service';
import { AuditLogService, AuditSchema } from './audit/audit-log.service';

@Module({
  imports: [
    ConfigModule.forRoot({ load: [configuration] }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'records-db.mercy-health.internal',
      port: 5432,
      username: 'records_app',
      password: 'R3c0rds!Pg#2024',
      database: 'records',
      entities: [RecordEntity],
      ssl: false,
    }),
    TypeOrmModule.forFeature([RecordEntity]),
    MongooseModule.forRoot(process.env.AUDIT_MONGO_URL as string, { tls: true }),
    MongooseModule.forFeature([{ name: 'Audit', schema: AuditSchema }]),
    JwtModule.register({
      secret: 'nest-records-signing-secret',
      signOptions: { expiresIn: '15m' },
    }),
  ],
  controllers: [RecordsController],
  providers: [RecordsService, AuthService, JwtStrategy, LabResultsClient, ExportService, AuditLogService],
})
export class AppModule {}
