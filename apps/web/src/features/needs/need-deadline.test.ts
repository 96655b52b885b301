import { describe, expect, it } from 'vitest';
import { choiceOfDeadline, deadlineOfChoice, deadlineToStore } from './need-deadline';

describe('「いつまでに」 → the deadline stored', () => {
  it('今月中 / 来月中 are the last day of this / next month, across the year and in a leap February', () => {
    expect(deadlineOfChoice('THIS_MONTH', '2026-12-03')).toBe('2026-12-31');
    expect(deadlineOfChoice('NEXT_MONTH', '2026-12-03')).toBe('2027-01-31');
    expect(deadlineOfChoice('NEXT_MONTH', '2028-01-31')).toBe('2028-02-29');
    expect(deadlineOfChoice('THIS_MONTH', '2026-04-30')).toBe('2026-04-30');
  });

  it('3か月以内 is the same day three months on, or that month’s last day when it has none', () => {
    expect(deadlineOfChoice('THREE_MONTHS', '2026-12-03')).toBe('2027-03-03');
    expect(deadlineOfChoice('THREE_MONTHS', '2026-11-30')).toBe('2027-02-28');
    expect(deadlineOfChoice('THREE_MONTHS', '2027-05-31')).toBe('2027-08-31');
  });

  it('決めていない stores no deadline', () => {
    expect(deadlineOfChoice('NONE', '2026-12-03')).toBeNull();
    expect(deadlineToStore('NONE', '', '', '2026-12-03')).toBeNull();
  });

  it('never stores a deadline after the activity’s day', () => {
    expect(deadlineToStore('THREE_MONTHS', '', '2026-12-20', '2026-12-03')).toBe('2026-12-20');
    expect(deadlineToStore('THIS_MONTH', '', '2027-01-10', '2026-12-03')).toBe('2026-12-31');
  });
});

describe('a saved deadline read back as a choice', () => {
  it('is the choice that gives that very day', () => {
    expect(choiceOfDeadline('2027-01-31', '2026-12-03')).toBe('NEXT_MONTH');
    expect(choiceOfDeadline(null, '2026-12-03')).toBe('NONE');
  });

  it('is its own day (KEEP) otherwise, and is stored unchanged', () => {
    expect(choiceOfDeadline('2027-01-10', '2026-12-03')).toBe('KEEP');
    expect(deadlineToStore('KEEP', '2027-01-10', '', '2026-12-03')).toBe('2027-01-10');
  });
});
