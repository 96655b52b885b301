import { describe, expect, it } from 'vitest';
import { csvHref, filterOf, formatShare, inputOf } from './dashboard-format';

describe('dashboard formats', () => {
  it('shows shares as whole percents and nothing to divide as a dash', () => {
    expect(formatShare(0.571)).toBe('57%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(null)).toBe('—');
  });

  it('keeps the filter in the address and sends the CSV the same one', () => {
    const filter = filterOf(new URLSearchParams('from=2026-04-01&ward=%E9%96%80%E5%8F%B8%E5%8C%BA'));
    expect(filter).toEqual({ from: '2026-04-01', to: '', ward: '門司区' });
    expect(inputOf(filter)).toEqual({ from: '2026-04-01', to: null, ward: '門司区' });
    expect(csvHref(filter)).toBe('/api/impact/dashboard.csv?from=2026-04-01&ward=%E9%96%80%E5%8F%B8%E5%8C%BA');
    expect(csvHref({ from: '', to: '', ward: '' })).toBe('/api/impact/dashboard.csv');
  });
});
