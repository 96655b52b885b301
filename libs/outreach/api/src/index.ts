export * from './lib/outreach.module';
export * from './lib/claim-codes/claim-code.service';
export * from './lib/contacts/npo-contact.service';
export * from './lib/contacts/npo-contact-retention.job';
export * from './lib/requests/introduction-reminders.job';
export * from './lib/requests/introduction-request.service';
export * from './lib/contacts/npo-contact.model';
export * from './lib/letters/invitation-letter-jobs';
export { formatCode, newCode, normaliseCode } from './lib/claim-codes/claim-code-format';
