import { type AuditNames, type AuditRecord, auditInWords, idsNamedBy } from './audit-words';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff「」、（）]/;
// 「NPO」 is how Japanese writes it too
const LATIN = /[A-Za-z]/;

const names: AuditNames = {
  people: new Map([
    ['u-yamada', '山田'],
    ['u-staff', '市の職員 佐藤'],
    ['u-claimant', '田中'],
  ]),
  groups: new Map([['g-kurosaki', '黒崎四丁目町内会']]),
  npos: new Map([['n-midori', 'みどりの手']]),
};
const properNames = ['山田', '市の職員 佐藤', '田中', '黒崎四丁目町内会', 'みどりの手', '黒崎市民センター', '夏祭り'];
const withoutNames = (text: string) => properNames.reduce((t, n) => t.split(n).join(''), text);

const entry = (e: Partial<AuditRecord> & Pick<AuditRecord, 'action'>): AuditRecord => ({
  actorUserId: 'u-staff',
  targetType: null,
  targetId: null,
  detail: {},
  ...e,
});

const proxyNeed = entry({
  actorUserId: 'u-yamada',
  action: 'proxy.need.published',
  targetType: 'need',
  targetId: 'need-1',
  detail: { groupId: 'g-kurosaki', actingAs: 'CENTRE', name: '黒崎市民センター', why: "the officer's consent" },
});

const entries: AuditRecord[] = [
  proxyNeed,
  entry({
    action: 'group.verified',
    targetType: 'community_group',
    targetId: 'g-kurosaki',
    detail: { name: '黒崎四丁目町内会' },
  }),
  entry({ action: 'npo-claim.approved', targetType: 'npo', targetId: 'n-midori', detail: { claimant: 'u-claimant' } }),
  entry({ action: 'need.hidden', targetType: 'need', targetId: 'need-2', detail: { title: '夏祭り', reason: null } }),
  entry({ action: 'letters.requested', detail: { npos: 12, skipped: 0 } }),
  entry({
    actorUserId: null,
    action: 'npo-contact.removed',
    targetType: 'npo',
    targetId: 'n-midori',
    detail: { count: 2 },
  }),
  entry({ action: 'assisted.paper.printed', targetType: 'offer', targetId: 'o-1', detail: { kind: 'contact-slip' } }),
  entry({ action: 'someone.did-something-new', detail: { x: 1 } }),
];

describe(auditInWords.name, () => {
  it('says who did what to what, as the centre and its staff member, for whom', () => {
    expect(auditInWords(proxyNeed, names, 'ja')).toBe(
      '黒崎市民センター（山田）が 黒崎四丁目町内会 の募集を代理で書きました',
    );
    expect(auditInWords(proxyNeed, names, 'en')).toBe(
      '黒崎市民センター (山田) wrote and published a need for 黒崎四丁目町内会 on their behalf',
    );
  });

  it.each(entries.map((e) => [e.action, e] as const))('reads %s with no Japanese in English but names', (_, e) => {
    expect(withoutNames(auditInWords(e, names, 'en'))).not.toMatch(JAPANESE);
  });

  it.each(entries.filter((e) => !e.action.startsWith('someone')).map((e) => [e.action, e] as const))(
    'reads %s with no English in Japanese',
    (_, e) => {
      expect(auditInWords(e, names, 'ja').replace(/NPO/g, '')).not.toMatch(LATIN);
    },
  );

  it('names the centre once when the staff member is called by it', () => {
    const people = new Map([['u-desk', '黒崎市民センター 窓口']]);
    const desk = { ...proxyNeed, actorUserId: 'u-desk' };
    expect(auditInWords(desk, { ...names, people }, 'ja')).toBe(
      '黒崎市民センター 窓口が 黒崎四丁目町内会 の募集を代理で書きました',
    );
  });

  it('names people and NPOs, the system and the counts', () => {
    expect(auditInWords(entries[2] as AuditRecord, names, 'ja')).toBe(
      '市の職員 佐藤が 田中 を みどりの手 のメンバーと認めました',
    );
    expect(auditInWords(entries[4] as AuditRecord, names, 'en')).toBe(
      '市の職員 佐藤 made invitation letters to NPOs (12)',
    );
    expect(auditInWords(entries[5] as AuditRecord, names, 'en')).toBe('The system removed contacts of みどりの手');
    expect(auditInWords(entries[6] as AuditRecord, names, 'en')).toBe('市の職員 佐藤 printed a contact slip');
  });

  it('still makes a sentence of an action code it has no words for, and of a person who left', () => {
    const unknown = entry({ actorUserId: 'u-gone', action: 'someone.did-something-new' });
    expect(auditInWords(unknown, names, 'ja')).toBe(
      '退会した人が 操作をしました（記録の種類: someone.did-something-new）',
    );
    expect(auditInWords(unknown, names, 'en')).toBe(
      'A former user did something recorded as “someone.did-something-new”',
    );
  });

  it('asks for the names an entry speaks of', () => {
    expect(idsNamedBy(proxyNeed)).toEqual({ people: ['u-yamada'], groups: ['g-kurosaki'], npos: [] });
    expect(idsNamedBy(entries[2] as AuditRecord)).toEqual({
      people: ['u-staff', 'u-claimant'],
      groups: [],
      npos: ['n-midori'],
    });
  });
});
