import { Body, Controller, Get, Header, Param, Post, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { RecordsService, type RecordQuery } from './records.service';
import { ExportService } from '../export/export.service';
import { AuditLogService } from '../audit/audit-log.service';
import Handlebars from 'handlebars';

class AuditQuery {
  actor!: string;
}

class ExportRequest {
  ward!: string;
  format!: 'csv' | 'json';
}

@Controller('records')
@UseGuards(AuthGuard('jwt'))
export class RecordsController {
  constructor(
    private readonly records: RecordsService,
    private readonly exports: ExportService,
    private readonly audit: AuditLogService,
  ) {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const record = await this.records.findOne(id);
    return { id: record.id, ward: record.ward, visitCount: record.visitCount };
  }

  @Get()
  search(@Query() query: RecordQuery) {
    return this.records.search(query);
  }

  @Get('lookup/:mrn')
  lookup(@Param('mrn') mrn: string) {
    return this.records.byMrn(mrn);
  }

  @Get('help/search')
  searchHelp(@Query('q') q: string) {
    return `<p>No records match <b>${q}</b>. Check the spelling or search by MRN.</p>`;
  }

  @Get('help/text')
  @Header('Content-Type', 'text/plain')
  searchHelpText(@Query('q') q: string) {
    return `No records match ${q}.`;
  }

  @Post('export')
  export(@Body() request: ExportRequest) {
    return this.exports.exportWard(request.ward, request.format);
  }

  @Post('audit/search')
  auditSearch(@Body() filter: Record<string, unknown>) {
    return this.audit.events.find(filter).sort({ at: -1 }).limit(50).lean();
  }

  @Post('audit/by-actor')
  auditByActor(@Body() body: AuditQuery) {
    return this.audit.events.find({ actor: body.actor }).limit(50).lean();
  }

  @Post('letters/preview')
  preview(@Body('template') template: string, @Body('name') name: string) {
    return { html: Handlebars.compile(template)({ name }) };
  }

  @Post('letters/render')
  render(@Body('name') name: string) {
    return { html: this.exports.letter({ name }) };
  }
}
