import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the city's support-scheme catalogue. */
export const schemesMessages = defineMessages('schemes', {
  notAllowed: {
    ja: '市の制度を登録・変更できるのは、市の担当者だけです。',
    en: 'Only the city’s staff may change the schemes.',
  },
  retiredNotAllowed: {
    ja: '掲載をやめた制度を見られるのは、市の担当者だけです。',
    en: 'Only the city’s staff may see retired schemes.',
  },
  schemeNotFound: { ja: 'その制度は見つかりません。', en: 'Scheme not found.' },
  nameTaken: {
    ja: '同じ名前の制度がもうあります。名前を変えるか、その制度を直してください。',
    en: 'A scheme with this name already exists. Please choose another name or edit that scheme.',
  },
  textMissing: { ja: '「{label}」を書いてください。', en: 'Please fill in “{label}”.' },
  textTooLong: {
    ja: '「{label}」は{max}文字までにしてください。',
    en: 'Please keep “{label}” to {max} characters.',
  },
  phoneDigits: {
    ja: '電話番号は、市外局番から数字とハイフンで書いてください（例：093-582-2111）。',
    en: 'Please write the phone number with its area code, in digits and hyphens (e.g. 093-582-2111).',
  },
  urlInvalid: {
    ja: 'ホームページのアドレスは https:// から書いてください。',
    en: 'Please write the website address starting with https://.',
  },
  conceptUnknown: {
    ja: '選べない分類が含まれています（{concept}）。一覧から選んでください。',
    en: 'An unknown topic was given (“{concept}”). Please choose from the list.',
  },
  fieldUnknown: {
    ja: '活動分野は1から20の中から選んでください。',
    en: 'Please choose activity fields from 1 to 20.',
  },
  nothingToMatch: {
    ja: '分類か活動分野を、一つ以上選んでください。選ばないと、募集に合う制度として出せません。',
    en: 'Please choose at least one topic or activity field, or the scheme can never be suggested for a need.',
  },
  needNotFound: { ja: 'その募集は見つかりません。', en: 'Need not found.' },
});

/** The form's labels, as the refusals name them. */
export const schemeFieldLabels = defineMessages('schemes.field', {
  name: { ja: '制度の名前', en: 'Name of the scheme' },
  summary: { ja: 'どんな制度か', en: 'What it offers' },
  eligibility: { ja: '使える人・団体', en: 'Who may use it' },
  howToApply: { ja: '申し込み方法', en: 'How to apply' },
  officeName: { ja: '問い合わせ先', en: 'Office' },
  officePhone: { ja: '電話番号', en: 'Phone' },
  officeUrl: { ja: 'ホームページ', en: 'Website' },
  keywords: { ja: '探すための言葉', en: 'Extra search words' },
});

/** Why a scheme fits a need: concept labels from the thesaurus, field names from the short labels. */
export const schemeReasonTexts = defineMessages('schemes.reason', {
  concept: { ja: '『{concept}』に使える制度です', en: 'A scheme for “{concept}”' },
  conceptWithWord: {
    ja: '『{concept}』に使える制度です（募集の「{word}」）',
    en: 'A scheme for “{concept}” (the need says “{word}”)',
  },
  field: { ja: '活動分野『{field}』の制度です', en: 'A scheme in the field “{field}”' },
});
