import { katakanaToHiragana } from './kana.util';

/**
 * Words that make a self-chosen name read like the city or the service speaking. Compared after
 * NFKC, lower case, katakana folded to hiragana and spaces/punctuation removed, so that
 * ＳＴＡＦＦ, s t a f f or ツナグ are caught too. Staff accounts get their names from the seed
 * or the create-user command, never from sign-up.
 */
const STAFF_LIKE_WORDS = [
  '市役所',
  '市の職員',
  '職員',
  '管理者',
  '運営',
  '事務局',
  'tsunagu',
  'つなぐ',
  'staff',
  'admin',
  'official',
] as const;

const fold = (text: string): string =>
  katakanaToHiragana(text.normalize('NFKC').toLowerCase()).replace(/[\s\p{P}\p{S}]/gu, '');

export const DISPLAY_NAME_IMITATES_STAFF = 'この名前は使えません（市の職員と間違われる名前です）';

/** Why this display name may not be chosen at sign-up, or undefined when it may. */
export function displayNameProblem(name: string): 'IMITATES_STAFF' | undefined {
  const folded = fold(name);
  return STAFF_LIKE_WORDS.some((word) => folded.includes(fold(word))) ? 'IMITATES_STAFF' : undefined;
}
