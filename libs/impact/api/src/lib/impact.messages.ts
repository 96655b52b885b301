import { defineMessages } from '@tsunagu/shared/api-core';

/** What the city's figures say and refuse: period checks, labels of merged and unknown areas, statuses. */
export const impactMessages = defineMessages('impact', {
  dayInvalid: { ja: '日付は 2026-04-01 の形で入れてください。', en: 'Please enter dates as 2026-04-01.' },
  periodReversed: {
    ja: '「いつから」は「いつまで」より前の日にしてください。',
    en: 'The start must be on or before the end.',
  },
  wardUnknown: { ja: '区を選んでください。', en: 'Please choose a ward.' },
  periodTooLong: { ja: '期間は5年までにしてください。', en: 'Please choose a period of five years at most.' },
  mergedAreas: { ja: 'その他（団体が少ない地域をまとめたもの）', en: 'Other areas (small areas merged)' },
  noSchoolDistrict: { ja: '校区の登録なし', en: 'No school district given' },
  district: { ja: '{ward} {name}校区', en: '{name} district, {ward}' },
  statusPUBLISHED: { ja: '募集中', en: 'Open' },
  statusMATCHED: { ja: '相手が決まった', en: 'Matched' },
  statusDONE: { ja: '終わった', en: 'Done' },
  statusCANCELLED: { ja: '取り下げた', en: 'Withdrawn' },
  statusEXPIRED: { ja: '期限が過ぎた', en: 'Expired' },
  statusDRAFT: { ja: '下書きに戻した', en: 'Back to draft' },
});
