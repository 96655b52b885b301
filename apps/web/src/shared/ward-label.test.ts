import { describe, expect, it } from 'vitest';
import { wardLabel } from './ward-label';

describe('a ward as the reader reads it', () => {
  it('is named in English on English pages and as written on Japanese ones', () => {
    expect(wardLabel('八幡西区', 'en')).toBe('Yahatanishi Ward');
    expect(wardLabel('八幡西区', 'ja')).toBe('八幡西区');
  });

  it('leaves a place outside the city as written rather than inventing a name', () => {
    expect(wardLabel('福岡市中央区', 'en')).toBe('福岡市中央区');
  });
});
