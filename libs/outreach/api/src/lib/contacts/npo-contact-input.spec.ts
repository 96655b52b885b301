import { DomainError } from '@tsunagu/shared/api-core';
import { cleanContactInput, kindsOf, normalisePhone, todayInJapan } from './npo-contact-input';
import { type NpoContactInput, NpoContactSource } from './npo-contact.model';

const input = (fields: Partial<NpoContactInput>): NpoContactInput =>
  ({ source: NpoContactSource.FILING, notedOn: '2026-01-10', ...fields }) as NpoContactInput;

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return undefined;
};

describe('cleaning a contact staff record', () => {
  it.each([
    ['０９３－５８２－２１１１', '093-582-2111'],
    ['（０９３）５８２ー２１１１', '(093)582-2111'],
    ['093 − 582 − 2111', '093-582-2111'],
    [' 090-1234-5678 ', '090-1234-5678'],
  ])('writes the phone %j as %s', (typed, stored) => {
    expect(normalisePhone(typed)).toBe(stored);
  });

  it('trims, leaves empty parts out and lower-cases the email', () => {
    expect(
      cleanContactInput(
        input({ phone: '  ', email: ' Jimu@Example.JP ', contactPerson: '  山田　 花子 ', sourceNote: ' ' }),
        '2026-01-10',
      ),
    ).toEqual({
      phone: null,
      email: 'jimu@example.jp',
      contactPerson: '山田 花子',
      source: 'FILING',
      sourceNote: null,
      notedOn: '2026-01-10',
    });
  });

  it('names the field at fault', () => {
    const today = '2026-01-10';
    expect(fieldOf(() => cleanContactInput(input({ phone: ' ', email: null }), today))).toBe('phone');
    expect(fieldOf(() => cleanContactInput(input({ phone: '582-2111' }), today))).toBe('phone');
    expect(fieldOf(() => cleanContactInput(input({ contactPerson: '山田', notedOn: '2025-02-29' }), today))).toBe(
      'notedOn',
    );
    expect(fieldOf(() => cleanContactInput(input({ contactPerson: '山田', notedOn: '2026-01-11' }), today))).toBe(
      'notedOn',
    );
    expect(fieldOf(() => cleanContactInput(input({ contactPerson: '山田', notedOn: '2024-02-29' }), today))).toBe(
      undefined,
    );
  });

  it('says which kinds a contact holds, for the audit log', () => {
    expect(kindsOf({ phone: '093-582-2111', email: null, contactPerson: '山田' })).toEqual(['phone', 'contactPerson']);
  });

  it('takes today from the Japanese calendar', () => {
    // 2026-01-10 20:00 UTC is already the 11th in Japan
    expect(todayInJapan(new Date('2026-01-10T20:00:00Z'))).toBe('2026-01-11');
  });
});
