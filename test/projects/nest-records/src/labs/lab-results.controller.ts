import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNumber, IsString, IsUUID, Length } from 'class-validator';
import { Repository } from 'typeorm';
import { LabResultEntity } from './lab-result.entity';

class CreateLabResultDto {
  @IsUUID()
  patientId!: string;

  @IsString()
  @Length(1, 16)
  loincCode!: string;

  @IsNumber()
  value!: number;
}

/** Lab results as the ward display and the lab interface see them. */
@Controller('lab-results')
export class LabResultsController {
  constructor(@InjectRepository(LabResultEntity) private readonly labResults: Repository<LabResultEntity>) {}

  @Get('ward-display/:patientId')
  forWardDisplay(@Param('patientId') patientId: string) {
    return this.labResults.find({ where: { patientId }, select: { loincCode: true, value: true, receivedAt: true } });
  }

  @Get(':patientId')
  @UseGuards(AuthGuard('jwt'))
  forPatient(@Param('patientId') patientId: string) {
    return this.labResults.find({ where: { patientId }, select: { id: true, loincCode: true, value: true } });
  }

  @Post()
  @UseGuards(AuthGuard('jwt'))
  create(@Body() dto: CreateLabResultDto) {
    return this.labResults.save(this.labResults.create({ patientId: dto.patientId, loincCode: dto.loincCode, value: dto.value }));
  }

  @Post('import')
  @UseGuards(AuthGuard('jwt'))
  importFromAnalyzer(@Body() result: Record<string, unknown>) {
    return this.labResults.save(result);
  }
}
