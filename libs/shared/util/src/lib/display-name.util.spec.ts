import { displayNameProblem } from './display-name.util';
import { normalizeEmail } from './email.util';

describe('displayNameProblem', () => {
  it.each([
    '北九州市役所',
    '市の職員 山田',
    '区役所職員',
    'サイト管理者',
    'つなぐ運営',
    '事務局',
    'ツナグ',
    'Tsunagu',
    'ＳＴＡＦＦ',
    's t a f f',
    'Admin',
    'official-account',
  ])('refuses %s, which reads like the city or the service', (name) => {
    expect(displayNameProblem(name)).toBe('IMITATES_STAFF');
  });

  it.each(['山本（若松区○○町自治会）', '田中', 'NPO法人 わかまつ', '佐藤 花子'])('accepts %s', (name) => {
    expect(displayNameProblem(name)).toBeUndefined();
  });
});

describe('normalizeEmail', () => {
  it('turns a full-width look-alike into the address it imitates', () => {
    expect(normalizeEmail('ｓｔａｆｆ@demo.tsunagu.jp')).toBe('staff@demo.tsunagu.jp');
    expect(normalizeEmail(' ＳＴＡＦＦ＠ＤＥＭＯ．tsunagu.jp　')).toBe('staff@demo.tsunagu.jp');
  });
});
