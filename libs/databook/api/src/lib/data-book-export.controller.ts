import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { RequirePolicy } from '@tsunagu/accounts/api';
import { addSheetRows, toCsv } from '@tsunagu/shared/api-core';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import type { DataBookOptions } from './databook-options';
import { DataBookService } from './databook.service';
import { TABLE_HEADER, tableRows } from './databook-table';

type SelectionQuery = Partial<
  Record<'ward' | 'field' | 'certifiedOnly' | 'claimedOnly' | 'withContacts' | 'includeOtherHelpers', string | string[]>
>;

const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The query string of the staff page → the book's options (unknown wards and fields are dropped). */
export function selectionFrom(query: SelectionQuery): DataBookOptions {
  return {
    groupBy: 'field',
    editionYear: new Date().getFullYear(),
    wards: list(query.ward).filter((w) => (KITAKYUSHU_WARDS as readonly string[]).includes(w)),
    fields: list(query.field)
      .map(Number)
      .filter((f) => Number.isInteger(f) && f >= 1 && f <= 20),
    certifiedOnly: query.certifiedOnly === 'true',
    claimedOnly: query.claimedOnly === 'true',
    withContacts: query.withContacts === 'true',
    includeOtherHelpers: query.includeOtherHelpers === 'true',
  };
}

/**
 * The data book's selection as a spreadsheet, for staff who edit by hand:
 * `GET /api/databook-selection.csv` (UTF-8 with BOM for Excel) and `.xlsx`. NPO names and purposes
 * come from open data and NPOs themselves: cells are neutralised against formulas (see toCsv).
 */
@Controller('api')
export class DataBookExportController {
  constructor(private readonly books: DataBookService) {}

  private async rows(query: SelectionQuery): Promise<string[][]> {
    return tableRows(await this.books.entries(selectionFrom(query)));
  }

  @Get('databook-selection.csv')
  @RequirePolicy('canMakeDataBooks')
  async csv(@Query() query: SelectionQuery): Promise<StreamableFile> {
    return new StreamableFile(toCsv(await this.rows(query), TABLE_HEADER), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="npo-databook.csv"; filename*=UTF-8''${encodeURIComponent('NPOデータブック一覧.csv')}`,
    });
  }

  @Get('databook-selection.xlsx')
  @RequirePolicy('canMakeDataBooks')
  async xlsx(@Query() query: SelectionQuery): Promise<StreamableFile> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'tsunagu';
    const sheet = workbook.addWorksheet('NPO一覧', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...TABLE_HEADER]).font = { bold: true };
    addSheetRows(sheet, await this.rows(query));
    sheet.columns.forEach((column, i) => {
      column.width = [28, 28, 10, 30, 14, 8, 30, 60, 14, 30, 30, 6, 40][i] ?? 16;
    });
    sheet.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
    sheet.autoFilter = { from: 'A1', to: 'M1' };
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return new StreamableFile(buffer, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="npo-databook.xlsx"; filename*=UTF-8''${encodeURIComponent('NPOデータブック一覧.xlsx')}`,
    });
  }
}
