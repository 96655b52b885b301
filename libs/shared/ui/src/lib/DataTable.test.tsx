import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

const rows = [
  { id: '1', name: 'つなぐ会', ward: '小倉北区' },
  { id: '2', name: 'みどりの会', ward: '門司区' },
];

describe('DataTable', () => {
  it('has a caption, column headers with scope and a row header, inside a named scrolling region', () => {
    render(
      <DataTable
        caption="団体"
        rows={rows}
        rowKey={(r) => r.id}
        testId="groups"
        columns={[
          { key: 'name', header: '名前', cell: (r) => r.name, rowHeader: true },
          { key: 'ward', header: '区', cell: (r) => r.ward },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: '団体' });
    expect(table.dataset['testid']).toBe('groups');
    expect(screen.getAllByRole('columnheader').map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['名前', 'col'],
      ['区', 'col'],
    ]);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['つなぐ会', 'みどりの会']);
    const region = screen.getByRole('region', { name: '団体' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(
      within(region)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['小倉北区', '門司区']);
  });
});
