import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { DataBookOptions } from './databook-options';
import { renderDataBook } from './databook-renderer';
import { selectBookEntries } from './databook-selection';

export interface DataBookResult {
  readonly npos: number;
  readonly pages: number;
  readonly bytes: number;
}

/** Makes the data book from the current data: select, plan, draw into a file. */
@Injectable()
export class DataBookService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async generate(
    options: DataBookOptions,
    outFile: string,
    onProgress?: (share: number) => void,
  ): Promise<DataBookResult> {
    const entries = await selectBookEntries(this.dataSource, options, {
      name: this.config.cityName,
      publicUrl: this.config.publicUrl,
    });
    const { pages, bytes } = await renderDataBook(entries, options, outFile, onProgress);
    return { npos: entries.length, pages, bytes };
  }
}
