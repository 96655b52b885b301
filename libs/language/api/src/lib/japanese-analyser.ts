import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import {
  CIVIC_CONCEPTS,
  conceptsOfWord,
  findThesaurusWords,
  isStopWord,
  wordKey,
  wordsOfConcept,
} from '@tsunagu/shared/util';
import { loadTokenizer } from './kuromoji-tokenizer';

/** A word of a text, as matching and search compare it. */
export interface AnalysedWord {
  /** as written (NFKC) */
  readonly text: string;
  /** dictionary form (見守っ → 見守る), the comparison key with wordKey */
  readonly base: string;
  /** the thesaurus concepts it names */
  readonly concepts: readonly string[];
}

export interface AnalysedText {
  /** content words in order: the civic dictionary's compounds, then nouns, verbs and adjectives */
  readonly words: readonly AnalysedWord[];
  /** concept → the words of the text that name it, as written */
  readonly concepts: ReadonlyMap<string, readonly string[]>;
}

type Token = IpadicFeatures;

// Enough context around a verb stem for the tokenizer to cut it as it would in the whole text.
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 10;

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
export class JapaneseAnalyser implements OnModuleInit {
  private tokenizer: Tokenizer<Token> | undefined;
  // Stems of the thesaurus's verbs (見守る → 見守, 逃げる → 逃げ): only a text holding one of them
  // can name a concept by an inflected form (見守っています) that the dictionary pass cannot see.
  // followed by kana, as an inflection is (学んで, not 学習)
  private inflectedVerb: RegExp | undefined;

  async onModuleInit(): Promise<void> {
    const tokenizer = await loadTokenizer();
    this.tokenizer = tokenizer;
    const words = new Set(CIVIC_CONCEPTS.flatMap((c) => wordsOfConcept(c)).map((w) => w.normalize('NFKC')));
    const stems = [...words].flatMap((word) => {
      const tokens = tokenizer.tokenize(word);
      const last = tokens[tokens.length - 1];
      return last?.pos === '動詞' && last.basic_form === last.surface_form && word.length >= 2
        ? [word.slice(0, -1)]
        : [];
    });
    const escaped = stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.inflectedVerb = stems.length ? new RegExp(`(?:${escaped.join('|')})\\p{Script=Hiragana}`, 'u') : undefined;
  }

  analyse(text: string): AnalysedText {
    const tokenizer = this.tokenizer;
    if (!tokenizer) throw new Error('JapaneseAnalyser used before its dictionary was loaded');
    const normalized = text.normalize('NFKC');
    const words: AnalysedWord[] = [];
    let at = 0;
    const cut = (gap: string) => {
      for (const token of gap.trim() ? tokenizer.tokenize(gap) : []) {
        if (!isContentToken(token)) continue;
        const base = token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
        if (isStopWord(base) || isStopWord(token.surface_form)) continue;
        const concepts = [...new Set([...conceptsOfWord(token.surface_form), ...conceptsOfWord(base)])];
        // One character says nothing unless the thesaurus knows it (人, 先, 会); a run of kana the
        // dictionary does not know is a piece of a word cut wrongly (らい of 枝はらい), not a word.
        if (concepts.length === 0 && ([...base].length < 2 || isUnknownKana(token))) continue;
        words.push({ text: token.surface_form, base, concepts });
      }
    };
    for (const hit of findThesaurusWords(normalized)) {
      cut(normalized.slice(at, hit.start));
      if (!isStopWord(hit.text)) words.push({ text: hit.text, base: hit.text, concepts: hit.concepts });
      at = hit.end;
    }
    cut(normalized.slice(at));
    return { words, concepts: conceptsNamed(words) };
  }

  /**
   * The concepts of a text only, for a search document: the same as `analyse(text).concepts`,
   * but the morphological pass runs only around a thesaurus verb that may stand inflected
   * (見守って), so indexing tens of thousands of NPOs does not pay for every word of every purpose.
   */
  conceptsOf(text: string): AnalysedText {
    const normalized = text.normalize('NFKC');
    const words: AnalysedWord[] = findThesaurusWords(normalized)
      .filter((hit) => !isStopWord(hit.text))
      .map((hit) => ({ text: hit.text, base: hit.text, concepts: hit.concepts }));
    if (this.tokenizer && this.inflectedVerb) {
      // Only a few characters around each possible inflection are cut, and only a verb that
      // starts exactly there counts: the rest of the text is what the dictionary pass saw.
      const verbs = new RegExp(this.inflectedVerb.source, 'gu');
      for (const match of normalized.matchAll(verbs)) {
        const from = Math.max(0, match.index - WINDOW_BEFORE);
        const window = normalized.slice(from, match.index + WINDOW_AFTER);
        for (const token of this.tokenizer.tokenize(window)) {
          if (token.word_position - 1 !== match.index - from || token.pos !== '動詞') continue;
          const concepts = conceptsOfWord(token.basic_form);
          if (concepts.length) words.push({ text: token.surface_form, base: token.basic_form, concepts });
        }
      }
    }
    return { words, concepts: conceptsNamed(words) };
  }
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
