import { resolve } from 'node:path';
import { DataBookService } from '@tsunagu/databook/api';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { ProgressLine } from '../progress-line';

const USAGE =
  '使い方 / usage: npm run cli -- databook --out FILE.pdf [--group-by field|ward] [--ward 八幡西区 …] [--field 13 …] ' +
  '[--certified-only] [--claimed-only] [--with-contacts] [--size A4|A5] [--year 2026] [--title 題名] [--issuer 発行者]';

/** `databook --out book.pdf …`: the data book from the current data, as a print-ready PDF. */
export async function databookCommand(context: CliContext, args: string[]): Promise<Record<string, unknown>> {
  const values = (flag: string) => args.flatMap((arg, i) => (arg === flag && args[i + 1] ? [args[i + 1]] : []));
  const out = values('--out')[0];
  if (!out) throw new CliError(USAGE);
  const groupBy = values('--group-by')[0] ?? 'field';
  if (groupBy !== 'field' && groupBy !== 'ward') throw new CliError(`--group-by は field か ward です / ${USAGE}`);
  const wards = values('--ward');
  const unknownWard = wards.find((w) => !(KITAKYUSHU_WARDS as readonly string[]).includes(w));
  if (unknownWard) throw new CliError(`「${unknownWard}」は北九州市の区ではありません / not a ward: ${unknownWard}`);
  const fields = values('--field').map(Number);
  if (fields.some((f) => !ACTIVITY_FIELDS.some((a) => a.id === f)))
    throw new CliError('--field は 1〜20 です / fields are 1–20');
  const size = values('--size')[0] ?? 'A4';
  if (size !== 'A4' && size !== 'A5') throw new CliError('--size は A4 か A5 です / size is A4 or A5');
  const year = Number(values('--year')[0] ?? new Date().getFullYear());
  const progress = new ProgressLine('データブック / data book');
  const result = await context.app.get(DataBookService).generate(
    {
      groupBy,
      wards,
      fields,
      certifiedOnly: args.includes('--certified-only'),
      claimedOnly: args.includes('--claimed-only'),
      withContacts: args.includes('--with-contacts'),
      pageSize: size,
      editionYear: year,
      title: values('--title')[0],
      issuer: values('--issuer')[0],
    },
    resolve(out),
    (share) => progress.update(share, ''),
  );
  progress.done(`完了 / done: ${result.npos} 団体, ${result.pages} ページ`);
  return { ...result };
}
