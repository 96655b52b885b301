import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig, currentLanguage, notFound } from '@tsunagu/shared/api-core';
import {
  AuditLogService,
  type AuthenticatedUser,
  CurrentUser,
  RequirePolicy,
  requireUser,
} from '@tsunagu/accounts/api';
import { type DataBookRow, DataBookJobs } from './data-book-jobs';
import {
  DataBookGroupBy,
  DataBookJob,
  type DataBookJobStatus,
  DataBookPreview,
  DataBookQrTarget,
  GenerateDataBookInput,
} from './data-book.model';
import type { DataBookOptions } from './databook-options';
import { dataBookMessages } from './databook.messages';
import { DataBookService } from './databook.service';
import { summaryOf } from './databook-summary';

export function toOptions(input: GenerateDataBookInput): DataBookOptions {
  return {
    groupBy: input.groupBy === DataBookGroupBy.WARD ? 'ward' : 'field',
    wards: input.wards,
    fields: input.fields,
    certifiedOnly: input.certifiedOnly,
    claimedOnly: input.claimedOnly,
    withContacts: input.withContacts,
    includeOtherHelpers: input.includeOtherHelpers,
    pageSize: input.pageSize,
    editionYear: input.editionYear,
    title: input.title?.trim() || undefined,
    issuer: input.issuer?.trim() || undefined,
  };
}

function toModel(row: DataBookRow): DataBookJob {
  return {
    id: row.id,
    status: row.status as DataBookJobStatus,
    progress: row.progress,
    downloadUrl: row.status === 'DONE' ? `/api/databooks/${row.id}.pdf` : null,
    npos: row.npo_count,
    pages: row.pages,
    bytes: row.bytes === null ? null : Number(row.bytes),
    error: row.error,
    summary: summaryOf(row.options, currentLanguage()),
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** Staff make the data book: preview its size, start it in the background, follow it, list them. */
@Resolver(() => DataBookJob)
export class DataBookResolver {
  constructor(
    private readonly jobs: DataBookJobs,
    private readonly books: DataBookService,
    private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => DataBookQrTarget, { description: 'Staff: where the printed QR codes will lead' })
  @RequirePolicy('canMakeDataBooks')
  dataBookQrTarget(): DataBookQrTarget {
    return { url: `${this.config.publicUrl}/npos/`, local: this.config.publicUrlIsLocal };
  }

  @Query(() => DataBookPreview, { description: 'How many NPOs and about how many pages these options give' })
  @RequirePolicy('canMakeDataBooks')
  dataBookPreview(@Args('input') input: GenerateDataBookInput): Promise<DataBookPreview> {
    return this.books.preview(toOptions(input));
  }

  @Mutation(() => DataBookJob, { description: 'Staff: make a data book in the background' })
  @RequirePolicy('canMakeDataBooks')
  async generateDataBook(
    @Args('input') input: GenerateDataBookInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<DataBookJob> {
    const me = requireUser(user);
    const id = await this.jobs.request(toOptions(input), me.id);
    await this.audit.record({
      actorUserId: me.id,
      action: 'databook.requested',
      targetType: 'data_book',
      targetId: id,
      detail: { summary: summaryOf(toOptions(input)) },
    });
    return this.dataBookJob(id);
  }

  @Query(() => DataBookJob)
  @RequirePolicy('canMakeDataBooks')
  async dataBookJob(@Args('id', { type: () => ID }) id: string): Promise<DataBookJob> {
    const row = await this.jobs.get(id);
    if (!row) throw notFound(dataBookMessages.notFound);
    return toModel(row);
  }

  @Query(() => [DataBookJob], { description: 'Data books made so far, newest first' })
  @RequirePolicy('canMakeDataBooks')
  async dataBookJobs(): Promise<DataBookJob[]> {
    return (await this.jobs.list()).map(toModel);
  }
}
