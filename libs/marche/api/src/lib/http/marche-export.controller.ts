import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { addSheetRows, notFound, toCsv } from '@tsunagu/shared/api-core';
import ExcelJS from 'exceljs';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { MarcheApplicationTableService } from '../applications/marche-application-table.service';
import { MarcheEventService } from '../events/marche-event.service';
import { renderMarchePdf } from '../layout/marche-layout-pdf';
import { MarcheLayoutService } from '../layout/marche-layout.service';
import { marcheMessages } from '../marche.messages';

/** Staff: an event's applications as CSV (UTF-8 with BOM, for Excel) and as an Excel workbook. */
@Controller('api/marche')
export class MarcheExportController {
  constructor(
    private readonly events: MarcheEventService,
    private readonly tables: MarcheApplicationTableService,
    private readonly layouts: MarcheLayoutService,
  ) {}

  @Get(':eventId/applications.csv')
  @RequirePolicy('canManageMarche')
  async csv(
    @Param('eventId') eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const { header, rows } = await this.tables.applicationTable(requireUser(user), eventId);
    // Titles, texts and answers are typed by NPOs: toCsv neutralises formulas.
    return new StreamableFile(toCsv(rows, header), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="marche-applications.csv"; filename*=UTF-8''${encodeURIComponent('マルシェ申込一覧.csv')}`,
    });
  }

  @Get(':eventId/applications.xlsx')
  @RequirePolicy('canManageMarche')
  async xlsx(
    @Param('eventId') eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const { header, rows } = await this.tables.applicationTable(requireUser(user), eventId);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('申込一覧', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(header).font = { bold: true };
    addSheetRows(sheet, rows);
    sheet.columns.forEach((column) => (column.width = 16));
    return new StreamableFile(Buffer.from(await workbook.xlsx.writeBuffer()), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="marche-applications.xlsx"; filename*=UTF-8''${encodeURIComponent('マルシェ申込一覧.xlsx')}`,
    });
  }

  @Get(':eventId/layout.pdf')
  @RequirePolicy('canManageMarche')
  async layoutPdf(
    @Param('eventId') eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const staff = requireUser(user);
    const event = await this.events.event(eventId);
    const layout = await this.layouts.layout(eventId, staff);
    if (!layout) throw notFound(marcheMessages.noLayout);
    const pdf = await renderMarchePdf(event, layout, await this.layouts.exhibitors(eventId));
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="marche-layout.pdf"; filename*=UTF-8''${encodeURIComponent(`${event.name}会場図.pdf`)}`,
    });
  }
}
