import { describe, expect, it } from 'vitest';
import { normaliseTakeoverCode } from './takeover-code';

describe('normaliseTakeoverCode: the number typed from paper', () => {
  it.each([
    ['AB12-CD34', 'AB12-CD34'],
    ['ab12cd34', 'AB12-CD34'],
    [' ab12 cd34 ', 'AB12-CD34'],
    ['ＡＢ１２－ＣＤ３４', 'AB12-CD34'],
    ['ａｂ１２　ｃｄ３４', 'AB12-CD34'],
    ['AB12ーCD34', 'AB12-CD34'],
  ])('reads %s as %s', (typed, printed) => {
    expect(normaliseTakeoverCode(typed)).toBe(printed);
  });

  it.each(['', 'AB12-CD3', 'AB12-CD345', 'AB12-CD3?'])('refuses %s', (typed) => {
    expect(normaliseTakeoverCode(typed)).toBeNull();
  });
});
