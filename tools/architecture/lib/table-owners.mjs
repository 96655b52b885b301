// Which domain owns which table. Tables come from the migrations; owners from the map below.
import { listFiles, readText } from './source-files.mjs';

export const MIGRATIONS_DIR = 'apps/api/src/database/migrations';

/** Owner by exact name, then by prefix. Every table the migrations leave behind must resolve. */
const OWNER_BY_TABLE = {
  npo: 'npo',
  npo_import_run: 'npo',
  npo_profile: 'npo',
  // How a helper of another kind came in and the staff's decision on it (issue #17).
  helper_record: 'npo',
  need: 'needs',
  offer: 'needs',
  offer_message: 'needs',
  offer_read: 'needs',
  need_invitation: 'needs',
  notification: 'notifications',
  user_account: 'accounts',
  user_session: 'accounts',
  password_reset: 'accounts',
  pending_sign_up: 'accounts',
  auth_throttle: 'accounts',
  auth_attempt: 'accounts',
  audit_log: 'accounts',
  community_group: 'accounts',
  school_district: 'accounts',
  group_member: 'accounts',
  group_invite: 'accounts',
  npo_claim: 'accounts',
  npo_member: 'accounts',
  // Who may act for a group besides its members (issue #15).
  centre_staff: 'accounts',
  group_delegate: 'accounts',
  assisted_consent: 'assisted',
  group_takeover_code: 'assisted',
  mail_outbox: 'mail',
  search_outbox: 'search',
  data_book: 'databook',
  introduction_request: 'outreach',
  npo_contact: 'outreach',
  invitation_letter_job: 'outreach',
  npo_claim_code: 'outreach',
  npo_entry_confirmation: 'outreach',
  support_scheme: 'schemes',
  story: 'stories',
  // Book-keeping of the demo seeder (apps/api/src/seeds); no lib may read it.
  demo_seed: 'app',
};
const OWNER_BY_PREFIX = [['marche_', 'marche']];

export function ownerOf(table) {
  if (OWNER_BY_TABLE[table]) return OWNER_BY_TABLE[table];
  const hit = OWNER_BY_PREFIX.find(([prefix]) => table.startsWith(prefix));
  return hit ? hit[1] : undefined;
}

/** Tables that exist after every migration's `up` ran: created minus dropped (the `down` halves ignored). */
export function tablesFromMigrations(repoRoot) {
  const tables = new Set();
  const files = listFiles(repoRoot, [MIGRATIONS_DIR]).filter((f) => f.endsWith('.ts') && !f.endsWith('index.ts'));
  for (const file of files) {
    const text = readText(repoRoot, file);
    const downAt = text.search(/\basync\s+down\s*\(/);
    const up = downAt >= 0 ? text.slice(0, downAt) : text;
    const statements =
      /\b(CREATE|DROP)\s+TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?|\bALTER\s+TABLE\s+"?([a-z_][a-z0-9_]*)"?\s+RENAME\s+TO\s+"?([a-z_][a-z0-9_]*)"?/gi;
    for (const m of up.matchAll(statements)) {
      if (m[3]) {
        tables.delete(m[3]);
        tables.add(m[4]);
      } else if (m[1].toUpperCase() === 'CREATE') tables.add(m[2]);
      else tables.delete(m[2]);
    }
  }
  return [...tables].sort();
}
