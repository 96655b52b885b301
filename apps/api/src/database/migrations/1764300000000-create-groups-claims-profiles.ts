import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Community groups and their members, NPO claims and members, and what NPOs write on their profile. */
export class CreateGroupsClaimsProfiles1764300000000 implements MigrationInterface {
  name = 'CreateGroupsClaimsProfiles1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE community_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('JICHIKAI', 'MACHIZUKURI', 'SHIMIN_CENTER', 'OTHER')),
        ward text NOT NULL,
        area text,
        representative_name text,
        contact_phone text,
        contact_email text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE TABLE group_member (
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('OWNER', 'MEMBER')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query(`CREATE INDEX group_member_user_idx ON group_member (user_id)`);
    await q.query(`
      CREATE TABLE group_invite (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE npo_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        message text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX npo_claim_one_pending ON npo_claim (npo_id, user_id) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE npo_member (
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        since timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (npo_id, user_id)
      )`);
    await q.query(`CREATE INDEX npo_member_user_idx ON npo_member (user_id)`);
    await q.query(`
      CREATE TABLE npo_profile (
        npo_id uuid PRIMARY KEY REFERENCES npo (id) ON DELETE CASCADE,
        introduction text,
        help_kinds text[] NOT NULL DEFAULT '{}',
        areas text[] NOT NULL DEFAULT '{}',
        contact_for_groups text,
        website text,
        social_links text[] NOT NULL DEFAULT '{}',
        photo_file text,
        print_consent boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES user_account (id) ON DELETE SET NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['npo_profile', 'npo_member', 'npo_claim', 'group_invite', 'group_member', 'community_group']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
