/**
 * 「いつまでに」 as plain choices instead of a date picker (officers over 70 on a phone mistype
 * dates): each choice is a stored deadline day counted from today in Japan. A need saved with a
 * day no choice gives (an older need, or one staff entered) keeps that day as its own choice, so
 * editing never moves a deadline the officer did not touch.
 */
export const DEADLINE_CHOICES = ['THIS_MONTH', 'NEXT_MONTH', 'THREE_MONTHS', 'NONE'] as const;

export type DeadlineChoice = (typeof DEADLINE_CHOICES)[number] | 'KEEP';

/** What a new need starts with: visible and changeable, so the first 確認する is not refused for it. */
export const DEFAULT_DEADLINE_CHOICE: DeadlineChoice = 'NEXT_MONTH';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
/** The last day of month `m` (1-based, may run past 12) of year `y`. */
const endOfMonth = (y: number, m: number) => day(y, m + 1, 0);

/** The deadline day (YYYY-MM-DD) a choice stands for on `today`, or null for 決めていない. */
export function deadlineOfChoice(choice: Exclude<DeadlineChoice, 'KEEP'>, today: string): string | null {
  const [y, m, d] = today.split('-').map(Number);
  switch (choice) {
    case 'THIS_MONTH':
      return endOfMonth(y, m);
    case 'NEXT_MONTH':
      return endOfMonth(y, m + 1);
    case 'THREE_MONTHS': {
      // 3か月後の同じ日; a day the month lacks (11月30日 → 2月30日) becomes that month's last day.
      const last = Number(endOfMonth(y, m + 3).slice(8));
      return day(y, m + 3, Math.min(d, last));
    }
    case 'NONE':
      return null;
  }
}

/** The choice a saved deadline reads as on `today`: the one giving that very day, else KEEP (its own day). */
export function choiceOfDeadline(deadline: string | null | undefined, today: string): DeadlineChoice {
  if (!deadline) return 'NONE';
  const same = DEADLINE_CHOICES.find((c) => c !== 'NONE' && deadlineOfChoice(c, today) === deadline);
  return same ?? 'KEEP';
}

/**
 * The day to store: the choice's day, or the kept day; never after the activity's day (the
 * publish rule refuses a deadline after it, and nobody can offer once the day has passed anyway).
 */
export function deadlineToStore(choice: DeadlineChoice, kept: string, startsOn: string, today: string): string | null {
  const chosen = choice === 'KEEP' ? kept || null : deadlineOfChoice(choice, today);
  if (chosen && startsOn && startsOn >= today && chosen > startsOn) return startsOn;
  return chosen;
}
