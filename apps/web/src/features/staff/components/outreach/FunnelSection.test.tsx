import { OutreachFunnelDocument, type OutreachStep } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../outreach-test-utils';
import { FunnelSection } from './FunnelSection';

const LABELS: Record<OutreachStep, string> = {
  REQUESTED: 'お願い',
  LETTER_PRINTED: '手紙',
  CODE_USED: '番号の利用',
  CLAIMED: '登録',
  OFFERED: '申し出',
  MATCHED: 'つながった',
};
const row = (ward: string | null, counts: number[], days: (number | null)[]) => ({
  __typename: 'OutreachFunnelRow' as const,
  ward,
  steps: (Object.keys(LABELS) as OutreachStep[]).map((step, i) => ({
    __typename: 'OutreachFunnelStep' as const,
    step,
    label: LABELS[step],
    count: counts[i],
    medianDays: days[i],
  })),
});

describe('the outreach funnel', () => {
  it('shows the city and each ward with the count and median days of every step, and the CSV', async () => {
    renderWithMocks(<FunnelSection />, [
      {
        request: { query: OutreachFunnelDocument },
        result: {
          data: {
            npoOutreachFunnel: {
              __typename: 'OutreachFunnel',
              city: row(null, [12, 9, 4, 3, 2, 1], [0, 2, 9.25, 10, 12.5, null]),
              wards: [
                row('八幡西区', [5, 4, 2, 2, 1, 1], [0, 1, 8, 8, 11, 15]),
                row('若松区', [7, 5, 2, 1, 1, 0], [0, 3, 10, 12, 14, null]),
              ],
            },
          },
        },
      },
    ]);
    const table = await screen.findByRole('table', { name: '市全体と区ごとの数' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['地域', 'お願い', '手紙', '番号の利用', '登録', '申し出', 'つながった']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['市全体', '八幡西区', '若松区']);
    const city = within(rows[0])
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(city).toEqual([
      '12団体中央値 0日',
      '9団体中央値 2日',
      '4団体中央値 9.3日',
      '3団体中央値 10日',
      '2団体中央値 12.5日',
      '1団体',
    ]);
    expect(within(rows[2]).getAllByRole('cell')[0].textContent).toBe('7団体中央値 0日');
    expect(screen.getByRole('link', { name: 'CSVで保存' }).getAttribute('href')).toBe('/api/staff/outreach-funnel.csv');
  });
});
