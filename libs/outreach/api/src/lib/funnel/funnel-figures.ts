import type { Language } from '@tsunagu/shared/api-core';
import { median } from '@tsunagu/shared/util';
import { type OutreachFunnel, type OutreachFunnelRow, OutreachStep } from './outreach-funnel.model';

/** One NPO the city was asked to reach: when it reached each step (null: not yet). */
export interface NpoJourney {
  readonly ward: string | null;
  readonly steps: Readonly<Record<OutreachStep, Date | null>>;
}

export const STEP_ORDER: readonly OutreachStep[] = [
  OutreachStep.REQUESTED,
  OutreachStep.LETTER_PRINTED,
  OutreachStep.CODE_USED,
  OutreachStep.CLAIMED,
  OutreachStep.OFFERED,
  OutreachStep.MATCHED,
];

const LABELS: Record<OutreachStep, Record<Language, string>> = {
  REQUESTED: { ja: 'お願いがあった', en: 'Requested' },
  LETTER_PRINTED: { ja: '手紙を印刷した', en: 'Letter printed' },
  CODE_USED: { ja: '番号が使われた', en: 'Number used' },
  CLAIMED: { ja: '登録した', en: 'Claimed' },
  OFFERED: { ja: '申し出た', en: 'Offered' },
  MATCHED: { ja: '決まった', en: 'Matched' },
};

export const stepLabel = (step: OutreachStep, language: Language) => LABELS[step][language];

const DAY_MS = 86_400_000;

/** The middle value (the mean of the two middle ones for an even count), to one decimal. */
function rowOf(ward: string | null, journeys: readonly NpoJourney[], language: Language): OutreachFunnelRow {
  return {
    ward,
    steps: STEP_ORDER.map((step) => {
      const reached = journeys.filter((j) => j.steps[step] !== null);
      // Days since the NPO's first request; a step dated before it (e.g. a code from an earlier letter) counts as day 0.
      const days = reached.map((j) =>
        Math.max(0, ((j.steps[step] as Date).getTime() - (j.steps.REQUESTED as Date).getTime()) / DAY_MS),
      );
      return {
        step,
        label: stepLabel(step, language),
        count: reached.length,
        medianDays: step === OutreachStep.REQUESTED ? null : median(days),
      };
    }),
  };
}

/** Counts and median days per step, for the city and for each ward (every ward listed, empty ones too). */
export function funnelFigures(
  journeys: readonly NpoJourney[],
  wards: readonly string[],
  language: Language,
): OutreachFunnel {
  return {
    city: rowOf(null, journeys, language),
    wards: wards.map((ward) =>
      rowOf(
        ward,
        journeys.filter((j) => j.ward === ward),
        language,
      ),
    ),
  };
}
