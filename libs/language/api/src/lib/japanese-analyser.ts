import { Injectable } from '@nestjs/common';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { conceptsOfWord, findThesaurusWords, isStopWord, wordKey } from '@tsunagu/shared/util';
import { loadTokenizer } from './kuromoji-tokenizer';

/** A word of a text, as matching and search compare it. */
export interface AnalysedWord {
  /** as written (NFKC) */
  readonly text: string;
  /** dictionary form (見守っ → 見守る), the comparison key with wordKey */
  readonly base: string;
  /** the thesaurus concepts it names */
  readonly concepts: readonly string[];
  /** what the text asks for: the word is followed by a request (演奏してくれる, 草刈りを手伝って) */
  readonly asked: boolean;
  /** a civic compound's own content words, as keys (余剰食品 → 余剰, 食品); empty for other words */
  readonly parts: readonly string[];
  /**
   * said of the askers themselves, in a clause giving why they ask (役員が高齢になり、…): who
   * asks, not who the help is for nor what it is; never true of a word that is asked for
   */
  readonly aboutAskers: boolean;
}

export interface AnalysedText {
  /** content words in order: the civic dictionary's compounds, then nouns, verbs and adjectives */
  readonly words: readonly AnalysedWord[];
  /** concept → the words of the text that name it, as written */
  readonly concepts: ReadonlyMap<string, readonly string[]>;
}

type Token = IpadicFeatures;

// A request right after a word marks what is asked for, as against the occasion (敬老会で演奏して
// くれる方: the playing is wanted, the 敬老会 is when).
const REQUEST =
  /^(?:を|の|に|が)?(?:手伝って|手伝い|教えて|教え)?(?:して|し|て|で)?(?:くれ|もらえ|もらい|ほしい|欲しい|いただけ|いただき|頂け|ください|下さい|くださ|お願い|頼め|頼み|できる(?:人|方|団体))/;
// A title often ends in the bare request (枝はらいと草刈りを手伝って, 見守りをお願い).
const BARE_REQUEST = /^(?:を|の)?(?:手伝って|教えて|お願い)(?:$|[。!?！？\n])/;
const asksFor = (text: string, end: number) => {
  const after = text.slice(end, end + 16);
  return REQUEST.test(after) || BARE_REQUEST.test(after);
};

// A clause whose subject is the group's own people (役員が, 会員も, 私たちは) and that ends as a
// reason (…になり、…なので、…が高齢で、) says why they ask: 役員が高齢になり is no wish for
// elderly care. A clause ending as a statement (私たちは見守りをしています。) is not a reason.
const ASKERS =
  '(?:町内会長|自治会長|副会長|会長|役員|会員|班長|組長|区長|世話役|世話人|メンバー|私たち|わたしたち|私ども|我々|われわれ|自治会|町内会)';
const ASKERS_SUBJECT = new RegExp(`${ASKERS}(?:の(?:みんな|皆さん|皆|方々|多く|ほとんど|大半|半数))?(?:が|は|も)`, 'g');
const CLAUSE_END = /[、。,.!?！？\n]|ので|から|ため|なり|なって/;
const REASON_END = /^(?:ので|から|ため|なり|なって)|(?:で|て|くて|し|ず)、$/;

/** Where the text speaks of the askers in a reason clause: [start, end) offsets. */
function askerReasons(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(ASKERS_SUBJECT)) {
    const from = m.index + m[0].length;
    const found = text.slice(from).search(CLAUSE_END);
    if (found < 0) continue;
    const end = from + found;
    const ending = text.slice(end, end + 3);
    const reason = REASON_END.test(ending) || REASON_END.test(text.slice(Math.max(from, end - 2), end + 1));
    if (reason) spans.push([from, end]);
  }
  return spans;
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const isUnknownKana = (t: Token) => t.word_type === 'UNKNOWN' && KANA_ONLY.test(t.surface_form);

// Nouns that are only grammar (こと, ため), numbers, pronouns and suffixes; places (固有名詞・地域)
// say where, which matching weighs separately, never what.
function isContentToken(t: Token): boolean {
  if (t.pos === '名詞') {
    return !['非自立', '代名詞', '数', '接尾', '特殊'].includes(t.pos_detail_1) && t.pos_detail_2 !== '地域';
  }
  return (t.pos === '動詞' || t.pos === '形容詞') && t.pos_detail_1 === '自立';
}

/**
 * Japanese morphological analysis for matching and search: the civic thesaurus's words are found
 * first (a user dictionary of compounds such as 子ども食堂, 安否確認, 回覧板, kept whole), the rest is
 * cut by kuromoji (IPADIC) into nouns, verbs and adjectives in their dictionary forms, each looked
 * up in the thesaurus by the form written and by its dictionary form.
 */
@Injectable()
export class JapaneseAnalyser {
  private tokenizer: Tokenizer<Token> | undefined;
  private loading: Promise<void> | undefined;

  /**
   * Loads the dictionary on first use (about a second and ~300 MB): processes that never read a
   * need or a query — an import, the data book — never pay for it; the server warms it at start.
   */
  ready(): Promise<void> {
    this.loading ??= loadTokenizer().then(
      (tokenizer) => {
        this.tokenizer = tokenizer;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  analyse(text: string): AnalysedText {
    const tokenizer = this.tokenizer;
    if (!tokenizer) throw new Error('JapaneseAnalyser used before ready() resolved');
    const normalized = text.normalize('NFKC');
    const words: AnalysedWord[] = [];
    const reasons = askerReasons(normalized);
    const aboutAskers = (start: number, asked: boolean) =>
      !asked && reasons.some(([from, end]) => start >= from && start < end);
    const spans: Array<readonly [number, number]> = [];
    let at = 0;
    const cut = (start: number, end: number, into: AnalysedWord[]) => {
      const gap = normalized.slice(start, end);
      for (const token of gap.trim() ? tokenizer.tokenize(gap) : []) {
        if (!isContentToken(token)) continue;
        const base = token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
        if (isStopWord(base) || isStopWord(token.surface_form)) continue;
        const concepts = [...new Set([...conceptsOfWord(token.surface_form), ...conceptsOfWord(base)])];
        // One character says nothing unless the thesaurus knows it (人, 先, 会); a run of kana the
        // dictionary does not know is a piece of a word cut wrongly (らい of 枝はらい), not a word.
        if (concepts.length === 0 && ([...base].length < 2 || isUnknownKana(token))) continue;
        const wordStart = start + token.word_position - 1;
        const asked = asksFor(normalized, wordStart + token.surface_form.length);
        if (into === words) spans.push([wordStart, wordStart + token.surface_form.length]);
        into.push({
          text: token.surface_form,
          base,
          concepts,
          asked,
          parts: [],
          aboutAskers: aboutAskers(wordStart, asked),
        });
      }
    };
    for (const hit of findThesaurusWords(normalized)) {
      cut(at, hit.start, words);
      if (!isStopWord(hit.text)) {
        const parts: AnalysedWord[] = [];
        cut(hit.start, hit.end, parts);
        const asked = asksFor(normalized, hit.end);
        spans.push([hit.start, hit.end]);
        words.push({
          text: hit.text,
          base: hit.text,
          concepts: hit.concepts,
          asked,
          parts: parts.filter((p) => p.base !== hit.text).map(keyOf),
          aboutAskers: aboutAskers(hit.start, asked),
        });
      }
      at = hit.end;
    }
    cut(at, normalized.length, words);
    const read = askedTogether(normalized, words, spans);
    return { words: read, concepts: conceptsNamed(read) };
  }
}

// Words joined by と, や or ・ share what follows them: in 枝はらいと草刈りを手伝って both are asked.
const AND = /^(?:と|や|・|、|とか)$/;

function askedTogether(
  text: string,
  words: readonly AnalysedWord[],
  spans: ReadonlyArray<readonly [number, number]>,
): AnalysedWord[] {
  const read = [...words];
  for (let i = read.length - 2; i >= 0; i--) {
    const next = read[i + 1];
    if (read[i].asked || !next.asked || !AND.test(text.slice(spans[i][1], spans[i + 1][0]))) continue;
    read[i] = { ...read[i], asked: true, aboutAskers: false };
  }
  return read;
}

function conceptsNamed(words: readonly AnalysedWord[]): Map<string, string[]> {
  const concepts = new Map<string, string[]>();
  for (const word of words) {
    for (const id of word.concepts) {
      const named = concepts.get(id) ?? [];
      if (!named.includes(word.text)) named.push(word.text);
      concepts.set(id, named);
    }
  }
  return concepts;
}

/** The comparison key of an analysed word. */
export const keyOf = (word: AnalysedWord): string => wordKey(word.base);
