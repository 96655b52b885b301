import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * The audit log in words: who did what to what, one sentence per action code, in the reader's
 * language. Names (people, groups, NPOs, titles) go in as written.
 */
export const auditTexts = defineMessages('audit', {
  // who
  system: { ja: '自動の処理', en: 'The system' },
  formerUser: { ja: '退会した人', en: 'A former user' },
  proxyActor: { ja: '{place}（{person}）', en: '{place} ({person})' },
  unknownGroup: { ja: '（名前のない団体）', en: '(a group without a name)' },
  unknownNpo: { ja: '（名前のないNPO）', en: '(an NPO without a name)' },
  unknownPerson: { ja: '（退会した人）', en: '(a former user)' },
  // what
  'proxy.need.drafted': {
    ja: '{actor}が {group} の募集を代理で書きました（下書き）',
    en: '{actor} wrote a draft need for {group} on their behalf',
  },
  'proxy.need.published': {
    ja: '{actor}が {group} の募集を代理で書きました',
    en: '{actor} wrote and published a need for {group} on their behalf',
  },
  'proxy.need.edited': {
    ja: '{actor}が {group} の募集を代理で直しました',
    en: '{actor} edited a need of {group} on their behalf',
  },
  'proxy.need.closed': {
    ja: '{actor}が {group} の募集を代理で終わりにしました',
    en: '{actor} closed a need of {group} on their behalf',
  },
  'proxy.offer.accepted': {
    ja: '{actor}が {group} に代わって申し出を受けました',
    en: '{actor} accepted an offer on behalf of {group}',
  },
  'proxy.offer.declined': {
    ja: '{actor}が {group} に代わって申し出を見送りました',
    en: '{actor} declined an offer on behalf of {group}',
  },
  'proxy.message.sent': {
    ja: '{actor}が {group} に代わってメッセージを送りました',
    en: '{actor} sent a message on behalf of {group}',
  },
  'need.hidden': { ja: '{actor}が 募集「{title}」を見えないようにしました', en: '{actor} hid the need “{title}”' },
  'need.shown': {
    ja: '{actor}が 募集「{title}」をまた見えるようにしました',
    en: '{actor} showed the need “{title}” again',
  },
  'group.verified': { ja: '{actor}が {group} を確認しました', en: '{actor} verified {group}' },
  'group.rejected': {
    ja: '{actor}が {group} の登録を認めませんでした',
    en: '{actor} turned down the registration of {group}',
  },
  'npo-claim.approved': {
    ja: '{actor}が {person} を {npo} のメンバーと認めました',
    en: '{actor} accepted {person} as a member of {npo}',
  },
  'npo-claim.refused': {
    ja: '{actor}が {person} を {npo} のメンバーと認めませんでした',
    en: '{actor} did not accept {person} as a member of {npo}',
  },
  'group.delegate.added': {
    ja: '{actor}が {person} を {group} の代理の人にしました',
    en: '{actor} made {person} a delegate of {group}',
  },
  'group.delegate.removed': {
    ja: '{actor}が {person} を {group} の代理の人から外しました',
    en: '{actor} removed {person} as a delegate of {group}',
  },
  'centre.staff.assigned': {
    ja: '{actor}が {person} を {group} の職員にしました',
    en: '{actor} added {person} to the staff of {group}',
  },
  'centre.staff.removed': {
    ja: '{actor}が {person} を {group} の職員から外しました',
    en: '{actor} removed {person} from the staff of {group}',
  },
  'user.deleted': { ja: 'ひとりの人が、自分のアカウントを消しました', en: 'A person deleted their own account' },
  'assisted.group.created': {
    ja: '{actor}が {group} を代理で登録しました（本人の同意あり）',
    en: '{actor} registered {group} on its behalf, with its consent',
  },
  'assisted.paper.printed': { ja: '{actor}が {paper}を印刷しました', en: '{actor} printed {paper}' },
  paperNotice: { ja: 'お知らせの紙', en: 'a notice on paper' },
  paperContactSlip: { ja: '連絡先の紙', en: 'a contact slip' },
  paperWeeklyDigest: { ja: '週のまとめ', en: 'the weekly digest' },
  paperOther: { ja: '紙', en: 'a paper' },
  'assisted.takeover.issued': {
    ja: '{actor}が {group} の引き継ぎ番号を出しました',
    en: '{actor} issued a takeover number for {group}',
  },
  'assisted.takeover.used': {
    ja: '{actor}が 引き継ぎ番号で {group} を引き継ぎました',
    en: '{actor} took over {group} with a takeover number',
  },
  'databook.requested': { ja: '{actor}が データブックを作りました', en: '{actor} made a data book' },
  'letters.requested': {
    ja: '{actor}が NPOへの案内の手紙を作りました（{count}通）',
    en: '{actor} made invitation letters to NPOs ({count})',
  },
  'letters.downloaded': {
    ja: '{actor}が 案内の手紙をダウンロードしました（{count}通）',
    en: '{actor} downloaded invitation letters ({count})',
  },
  'npo-contact.viewed': { ja: '{actor}が {npo} の連絡先を見ました', en: '{actor} looked at the contacts of {npo}' },
  'npo-contact.recorded': { ja: '{actor}が {npo} の連絡先を書きとめました', en: '{actor} recorded a contact of {npo}' },
  'npo-contact.removed': { ja: '{actor}が {npo} の連絡先を消しました', en: '{actor} removed contacts of {npo}' },
  'introduction.requested': {
    ja: '{actor}が {npo} の紹介をお願いしました',
    en: '{actor} asked to be introduced to {npo}',
  },
  'introduction.forwarded': {
    ja: '{actor}が 紹介のお願いを {npo} に伝えました',
    en: '{actor} passed introduction requests on to {npo}',
  },
  'introduction.closed': {
    ja: '{actor}が 紹介のお願いを終わりにしました',
    en: '{actor} closed an introduction request',
  },
  'npo-claim-code.used': {
    ja: '{actor}が 手紙の番号で {npo} のメンバーになりました',
    en: "{actor} became a member of {npo} with a letter's code",
  },
  'npo-claim-code.refused': {
    ja: '{actor}が 手紙の番号を使おうとしましたが、使えませんでした',
    en: "{actor} tried a letter's code that could not be used",
  },
  'npo-entry.confirmed': { ja: '{actor}が {npo} の情報を確かめました', en: '{actor} confirmed the details of {npo}' },
  'npo-import.started': {
    ja: '{actor}が NPOのデータの取り込みを始めました（{file}）',
    en: '{actor} started importing NPO data ({file})',
  },
  'npo-profile.edited-by-staff': { ja: '{actor}が {npo} のページを直しました', en: '{actor} edited the page of {npo}' },
  'scheme.created': {
    ja: '{actor}が 市の制度「{title}」を登録しました',
    en: '{actor} added the city scheme “{title}”',
  },
  'scheme.updated': { ja: '{actor}が 市の制度「{title}」を直しました', en: '{actor} edited the city scheme “{title}”' },
  'scheme.retired': {
    ja: '{actor}が 市の制度「{title}」の掲載をやめました',
    en: '{actor} retired the city scheme “{title}”',
  },
  'scheme.restored': {
    ja: '{actor}が 市の制度「{title}」の掲載を再開しました',
    en: '{actor} restored the city scheme “{title}”',
  },
  'marche.event-created': {
    ja: '{actor}が マルシェ「{event}」を作りました',
    en: '{actor} created the marché “{event}”',
  },
  'marche.accepted': { ja: '{actor}が マルシェへの申し込みを受けました', en: '{actor} accepted a marché application' },
  'marche.rejected': {
    ja: '{actor}が マルシェへの申し込みを断りました',
    en: '{actor} turned down a marché application',
  },
  'marche.message': { ja: '{actor}が マルシェの申し込み者に連絡しました', en: '{actor} wrote to a marché applicant' },
  unknownAction: {
    ja: '{actor}が 操作をしました（記録の種類: {action}）',
    en: '{actor} did something recorded as “{action}”',
  },
});
