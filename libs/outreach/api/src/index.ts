export * from './lib/outreach.module';
export * from './lib/requests/introduction-reminders.job';
export * from './lib/requests/introduction-request.service';
// (the queue shows what these two parts hold; the requests' tests read them through the app)
export { NpoContactService } from './lib/contacts/npo-contact.service';
export { ClaimCodeService } from './lib/claim-codes/claim-code.service';
