import { Inject, Injectable } from '@nestjs/common';
import { ClaimedNposRepository } from '@tsunagu/accounts/api';
import { NpoDataBookRepository } from '@tsunagu/npo/api';
import { PublishedStories } from '@tsunagu/stories/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { BookEntry, BookStory, DataBookOptions } from './databook-options';
import { planFor, renderDataBook } from './databook-renderer';
import { selectBookEntries } from './databook-selection';

export interface DataBookResult {
  readonly npos: number;
  readonly pages: number;
  readonly bytes: number;
}

/** A printed book keeps to the newest good examples; the site has them all. */
const STORIES_IN_BOOK = 20;

/** Makes the data book from the current data: select, plan, draw into a file. */
@Injectable()
export class DataBookService {
  constructor(
    private readonly npos: NpoDataBookRepository,
    private readonly claimed: ClaimedNposRepository,
    private readonly published: PublishedStories,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The NPOs these options select, as the book prints them. */
  entries(options: DataBookOptions): Promise<BookEntry[]> {
    return selectBookEntries({ npos: this.npos, claimed: this.claimed }, options, {
      name: this.config.cityName,
      publicUrl: this.config.publicUrl,
    });
  }

  /**
   * These NPOs' entries exactly as the book would print them (an invitation letter asks the NPO
   * to check its own). NPOs the book leaves out (inactive, main office elsewhere) have none.
   */
  async entriesOf(npoIds: readonly string[]): Promise<Map<string, BookEntry>> {
    if (npoIds.length === 0) return new Map();
    const entries = await selectBookEntries(
      { npos: this.npos, claimed: this.claimed },
      { groupBy: 'field', editionYear: 0 },
      {
        name: this.config.cityName,
        publicUrl: this.config.publicUrl,
      },
      npoIds,
    );
    return new Map(entries.map((e) => [e.id, e]));
  }

  /**
   * The published good examples of the wards the book is for (all, for a book of the whole
   * city), newest first: a section after the helpers.
   */
  async stories(options: DataBookOptions): Promise<BookStory[]> {
    const wards = options.wards?.length ? new Set(options.wards) : null;
    return (await this.published.newest(STORIES_IN_BOOK))
      .filter((s) => !wards || wards.has(s.ward))
      .map((s) => ({
        id: s.id,
        title: s.title,
        byline: `${s.groupName}（${s.ward}）と ${s.helperName}`,
        groupText: s.groupText,
        helperText: s.helperText,
        pageUrl: `${this.config.publicUrl}/stories/${s.id}`,
      }));
  }

  /** How many NPOs and exactly how many pages, without drawing. */
  async preview(options: DataBookOptions): Promise<{ npos: number; pages: number }> {
    const entries = await this.entries(options);
    const stories = await this.stories(options);
    return { npos: entries.length, pages: planFor(entries, options, stories.length).totalPages };
  }

  async generate(
    options: DataBookOptions,
    outFile: string,
    onProgress?: (share: number) => void,
  ): Promise<DataBookResult> {
    const entries = await this.entries(options);
    const stories = await this.stories(options);
    const { pages, bytes } = await renderDataBook(entries, options, outFile, onProgress, stories);
    return { npos: entries.length, pages, bytes };
  }
}
