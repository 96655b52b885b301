import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  /** the file is not the open-data format at all: nothing was written */
  REFUSED = 'REFUSED',
  /** an error or an interruption: rolled back, nothing was written */
  FAILED = 'FAILED',
}
registerEnumType(ImportRunStatus, { name: 'ImportRunStatus' });

export enum ImportSource {
  CLI = 'CLI',
  UPLOAD = 'UPLOAD',
  DEMO = 'DEMO',
}
registerEnumType(ImportSource, { name: 'ImportSource' });

export enum ImportDataset {
  NPO_OPEN_DATA = 'NPO_OPEN_DATA',
  HELPER_LIST = 'HELPER_LIST',
}
registerEnumType(ImportDataset, {
  name: 'ImportDataset',
  description: 'the national NPO open-data file, or a list of other helpers (companies, university groups)',
});

@ObjectType({ description: 'A row of the file that could not be read; the run went on without it' })
export class ImportRejection {
  @Field(() => Int, { description: 'row number as a spreadsheet shows it (the header is row 1)' })
  rowNumber!: number;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType({ description: 'One import of an open-data file, as staff see it' })
export class NpoImportRun {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportRunStatus)
  status!: ImportRunStatus;

  @Field(() => ImportSource)
  source!: ImportSource;

  @Field(() => ImportDataset)
  dataset!: ImportDataset;

  @Field({ description: 'who started it (a person, or "cli" / "demo")' })
  startedBy!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field()
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file as received' })
  fileSha256!: string | null;

  @Field(() => Int)
  fileBytes!: number;

  @Field(() => Int, { description: 'rows read so far (progress)' })
  processedRows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'NPOs of the same authority the file no longer lists' })
  markedNotInLatest!: number;

  @Field(() => String, { nullable: true, description: 'why it was refused or failed, in plain words' })
  message!: string | null;

  @Field(() => [ImportRejection])
  rejections!: ImportRejection[];
}
