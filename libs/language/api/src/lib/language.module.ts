import { Global, Module } from '@nestjs/common';
import { JapaneseAnalyser } from './japanese-analyser';

/** One analyser (and one loaded dictionary) for every domain that reads Japanese text. */
@Global()
@Module({ providers: [JapaneseAnalyser], exports: [JapaneseAnalyser] })
export class LanguageModule {}
