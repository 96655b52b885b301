import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import '../../../i18n/i18n';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { AuditLogTable } from './AuditLogTable';

const entry = {
  __typename: 'AuditEntry' as const,
  at: '2026-12-03T05:05:00.000Z',
  summary: '黒崎市民センター（山田）が 黒崎四丁目町内会 の募集を代理で書きました',
  actorName: '山田',
  action: 'proxy.need.published',
  targetType: 'need',
  targetId: 'need-1',
  detail: JSON.stringify({ groupId: 'g-1', actingAs: 'CENTRE' }),
};

describe(AuditLogTable.name, () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('ja'));
  });

  it('says what happened in a sentence, with the day as people write it, and folds the raw record', () => {
    renderWithMocks(<AuditLogTable entries={[entry]} />, []);
    expect(screen.getByText(entry.summary)).toBeTruthy();
    expect(screen.getByText('2026年12月3日（木）14:05')).toBeTruthy();
    const raw = screen.getByText('記録のくわしい中身').closest('details');
    expect(raw?.open).toBe(false);
    expect(raw?.textContent).toContain('proxy.need.published');
    expect(raw?.textContent).toContain('actingAs: CENTRE');
  });

  it('writes the day in English for the English reader', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderWithMocks(<AuditLogTable entries={[{ ...entry, summary: '黒崎市民センター (山田) wrote a need' }]} />, []);
    expect(screen.getByText('Thu 3 Dec 2026, 14:05')).toBeTruthy();
    expect(screen.getByText('The record in detail')).toBeTruthy();
  });
});
