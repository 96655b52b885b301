import { IntroductionReminders } from '@tsunagu/outreach/api';
import type { CliContext } from '../cli-context';

/**
 * `introduction-reminders`: the hourly pass over introduction requests, now (after a long
 * outage, or to see its effect at once): reminders at INTRODUCTION_REMINDER_DAYS, closing as
 * 「返事がありません」 at INTRODUCTION_CLOSE_DAYS, requests of closed needs closed.
 */
export async function introductionRemindersCommand(context: CliContext): Promise<Record<string, unknown>> {
  const run = await context.app.get(IntroductionReminders).run();
  process.stderr.write(`おつなぎのお願いを確認しました / checked the introduction requests: ${JSON.stringify(run)}\n`);
  return { ...run };
}
