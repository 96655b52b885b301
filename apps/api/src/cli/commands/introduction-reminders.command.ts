import { OfferReminders } from '@tsunagu/needs/api';
import { IntroductionReminders } from '@tsunagu/outreach/api';
import type { CliContext } from '../cli-context';

/**
 * `introduction-reminders`: the hourly passes over replies that do not come, now (after a long
 * outage, or to see their effect at once): introduction requests and offers with no answer are
 * reminded at INTRODUCTION_REMINDER_DAYS and closed at INTRODUCTION_CLOSE_DAYS; those of closed
 * needs are closed.
 */
export async function introductionRemindersCommand(context: CliContext): Promise<Record<string, unknown>> {
  const introductions = await context.app.get(IntroductionReminders).run();
  const offers = await context.app.get(OfferReminders).run();
  process.stderr.write(
    `お返事の催促と締め切りを確認しました / checked replies that do not come: ${JSON.stringify({ introductions, offers })}\n`,
  );
  return { introductions: { ...introductions }, offers: { ...offers } };
}
