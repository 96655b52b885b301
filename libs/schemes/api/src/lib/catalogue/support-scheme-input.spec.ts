import { DomainError, translate } from '@tsunagu/shared/api-core';
import { cleanSchemeInput } from './support-scheme-input';
import type { SaveSupportSchemeInput } from './support-scheme.model';

const input = (over: Partial<SaveSupportSchemeInput> = {}): SaveSupportSchemeInput => ({
  name: ' まちづくり専門家派遣 ',
  summary: '専門家を派遣します。',
  eligibility: '自治会・町内会',
  howToApply: '電話で申し込んでください。',
  officeName: '地域振興課',
  officePhone: '０９３－０００－２１５０',
  officeUrl: null,
  keywords: null,
  concepts: ['community-development', 'community-development'],
  fields: [3],
  ...over,
});

function refusal(over: Partial<SaveSupportSchemeInput>): { field?: string; ja: string; en: string } {
  try {
    cleanSchemeInput(input(over));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      field: error.field,
      ja: translate(error.text, error.params, 'ja'),
      en: translate(error.text, error.params, 'en'),
    };
  }
  throw new Error('not refused');
}

describe(cleanSchemeInput.name, () => {
  it('trims the texts, writes the phone in half-width digits and keeps each concept once', () => {
    const clean = cleanSchemeInput(input());
    expect(clean).toMatchObject({
      name: 'まちづくり専門家派遣',
      officePhone: '093-000-2150',
      concepts: ['community-development'],
    });
  });

  it('names the empty field in each language', () => {
    expect(refusal({ eligibility: '  ' })).toEqual({
      field: 'eligibility',
      ja: '「使える人・団体」を書いてください。',
      en: 'Please fill in “Who may use it”.',
    });
  });

  it('refuses a concept the thesaurus does not know, naming it', () => {
    expect(refusal({ concepts: ['websites'] })).toMatchObject({
      field: 'concepts',
      en: expect.stringContaining('“websites”'),
    });
  });

  it('refuses a field outside 1–20, a phone without its area code and a website not on https', () => {
    expect(refusal({ fields: [21] }).field).toBe('fields');
    expect(refusal({ officePhone: '582-2111' }).field).toBe('officePhone');
    expect(refusal({ officeUrl: 'http://example.jp' }).field).toBe('officeUrl');
  });

  it('refuses a scheme with neither a concept nor a field, which could never be suggested', () => {
    expect(refusal({ concepts: [], fields: [] }).field).toBe('concepts');
  });
});
