import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { RequirePolicy } from '@tsunagu/accounts/api';
import { notFound } from '@tsunagu/shared/api-core';
import type { NpoImportRunEntity } from '../entities/npo-import-run.entity';
import { NpoImportService } from '../import/npo-import.service';
import { ImportDataset, ImportRunStatus, ImportSource, NpoImportRun } from './npo-import-run.model';
import { npoMessages } from '../npo.messages';

function toModel(run: NpoImportRunEntity): NpoImportRun {
  return Object.assign(new NpoImportRun(), {
    ...run,
    status: run.status as ImportRunStatus,
    source: run.source as ImportSource,
    dataset: run.dataset as ImportDataset,
  });
}

@Resolver(() => NpoImportRun)
export class NpoImportRunResolver {
  constructor(private readonly imports: NpoImportService) {}

  @RequirePolicy('canManageOpenData')
  @Query(() => [NpoImportRun], {
    description: 'Recent imports of one dataset (the open data unless asked), newest first (staff)',
  })
  async npoImportRuns(
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('dataset', { type: () => ImportDataset, defaultValue: ImportDataset.NPO_OPEN_DATA }) dataset: ImportDataset,
  ): Promise<NpoImportRun[]> {
    return (await this.imports.listRuns(limit, dataset)).map(toModel);
  }

  @RequirePolicy('canManageOpenData')
  @Query(() => NpoImportRun, { description: 'One import with its progress and rejected rows (staff)' })
  async npoImportRun(@Args('id', { type: () => ID }) id: string): Promise<NpoImportRun> {
    const run = await this.imports.findRun(id);
    if (!run) throw notFound(npoMessages.importRunNotFound);
    return toModel(run);
  }
}
