export * from './lib/outreach.module';
export * from './lib/letters/invitation-letter-jobs';
