export { LanguageModule } from './lib/language.module';
export { type AnalysedText, type AnalysedWord, JapaneseAnalyser, keyOf } from './lib/japanese-analyser';
export { type ConceptIndexFields, conceptIndexFields } from './lib/concept-index-fields';
export { type ConceptQuery, conceptQuery } from './lib/concept-query';
