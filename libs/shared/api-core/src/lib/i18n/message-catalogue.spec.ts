import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allMessages, defineMessages, placeholdersOf, translate } from './message-catalogue';
import { languageOfHeader } from './request-language';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the ja/en message catalogue', () => {
  beforeAll(async () => {
    // Every domain's catalogue file, so the check covers all messages the service can send.
    const libs = resolve(__dirname, '../../../../..');
    const files = readdirSync(libs, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.messages.ts') && !file.includes('node_modules'),
    );
    for (const file of files) await import(join(libs, file));
  });

  it('has every message in both languages, with the same placeholders, and never both in one text', () => {
    const problems = allMessages().flatMap((m) => {
      const out: string[] = [];
      if (!m.ja.trim() || !m.en.trim()) out.push(`${m.key}: a language is empty`);
      if (placeholdersOf(m.ja).join() !== placeholdersOf(m.en).join()) out.push(`${m.key}: placeholders differ`);
      if (JAPANESE.test(m.en.replace(/\{\w+\}/g, ''))) out.push(`${m.key}: the English text holds Japanese`);
      if (/ \/ [A-Za-z]/.test(m.ja)) out.push(`${m.key}: the Japanese text holds English`);
      return out;
    });
    expect(problems).toEqual([]);
    expect(allMessages().length).toBeGreaterThan(0);
  });

  it('fills placeholders in the language asked for', () => {
    const m = defineMessages('test', { tooLong: { ja: '{max}文字までです。', en: 'At most {max} characters.' } });
    expect(translate(m.tooLong, { max: 80 }, 'ja')).toBe('80文字までです。');
    expect(translate(m.tooLong, { max: 80 }, 'en')).toBe('At most 80 characters.');
  });
});

describe(languageOfHeader.name, () => {
  it.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,en;q=0.8,ja;q=0.9', 'ja'],
    ['de', 'ja'],
    ['ja;q=0, en', 'en'],
  ])('reads %p as %p', (header, language) => {
    expect(languageOfHeader(header)).toBe(language);
  });
});
