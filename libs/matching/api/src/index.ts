export * from './lib/matching.module';
export * from './lib/engine/matching.service';
export * from './lib/engine/match-scorer';
export * from './lib/engine/topic-profile';
export { type Reason, inLanguage } from './lib/engine/match-reasons';
export * from './lib/eval/ranking-metrics';
export * from './lib/eval/matching-evaluation';
export * from './lib/engine/text-relevance';
export * from './lib/eval/scratch-database.repository';
