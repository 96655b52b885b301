import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted, snippetParts } from './Highlighted';

describe('Highlighted', () => {
  it('shows matched words as <mark> and the open data as text, never as HTML', () => {
    const { container } = render(<Highlighted snippet="地域の<mark>防災</mark>力を<b>高める</b>" />);
    expect(container.querySelector('mark')?.textContent).toBe('防災');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('地域の防災力を<b>高める</b>');
  });

  it('drops a tag the crop cut in two instead of printing 「<ma」', () => {
    expect(snippetParts('地域の<mark>防災</mark>力を高め、もって<ma…').join('|')).toBe('地域の|防災|力を高め、もって…');
    expect(snippetParts('<mark>防災</mark>の訓練、<mark>避難</mark>所の</m…').join('|')).toBe(
      '|防災|の訓練、|避難|所の…',
    );
    expect(snippetParts('<mark>防災</mark>の訓練').join('|')).toBe('|防災|の訓練');
  });
});
