import '../../i18n/i18n';
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { type ContactFormValues, contactInput, contactProblems } from './contact-form-checks';

const t = i18n.getFixedT('ja');
const values = (patch: Partial<ContactFormValues>): ContactFormValues => ({
  phone: '',
  email: '',
  contactPerson: '',
  source: 'FILING',
  sourceNote: '',
  notedOn: '2026-11-20',
  ...patch,
});

describe(contactProblems.name, () => {
  it('accepts one way to reach the NPO with a source and a past date', () => {
    expect(contactProblems(t, values({ contactPerson: '山田さん' }), '2026-12-01')).toEqual({});
    expect(contactProblems(t, values({ phone: '０９３－５８２－００００' }), '2026-12-01')).toEqual({});
  });

  it('refuses a form with no phone, email or person, a wrong phone, a wrong email, no source, a future date', () => {
    expect(Object.keys(contactProblems(t, values({}), '2026-12-01'))).toEqual(['phone']);
    expect(contactProblems(t, values({ phone: '093-ABC' }), '2026-12-01').phone).toBe(
      '電話番号は数字とハイフンで書いてください（例：093-582-0000）',
    );
    expect(Object.keys(contactProblems(t, values({ email: 'a@b' }), '2026-12-01'))).toEqual(['email']);
    expect(Object.keys(contactProblems(t, values({ phone: '0935820000', source: null }), '2026-12-01'))).toEqual([
      'source',
    ]);
    expect(contactProblems(t, values({ phone: '0935820000', notedOn: '2026-12-02' }), '2026-12-01').notedOn).toBe(
      '今日より後の日は選べません',
    );
  });
});

describe(contactInput.name, () => {
  it('trims what was typed and sends blanks as null', () => {
    expect(contactInput(values({ phone: ' 093-582-0000 ', sourceNote: '  ' }))).toEqual({
      phone: '093-582-0000',
      email: null,
      contactPerson: null,
      source: 'FILING',
      sourceNote: null,
      notedOn: '2026-11-20',
    });
  });
});
