import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MembershipService } from '@tsunagu/accounts/api';
import { type BookEntry, DataBookService, officialText } from '@tsunagu/databook/api';
import { enqueueMail } from '@tsunagu/mail/api';
import { type NpoEntity, NpoLookup } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { ClaimCodeService } from '../claim-codes/claim-code.service';
import { NpoContactService } from '../contacts/npo-contact.service';
import { IntroductionRequestService } from '../requests/introduction-request.service';
import { type NpoAsks, LetterAsks } from './letter-asks';
import { type LetterContent, letterMail, postalCodeOf } from './letter-content';
import { InvitationLetterJobRepository, type LetterJobRow } from './invitation-letter-job.repository';
import { LetterPdf } from './letter-pdf';
import { cityOfficeName } from '../city-office/city-office-name';

export interface LetterRunResult {
  readonly letters: number;
  readonly mailed: number;
}

/**
 * Draws one print run. It is one transaction: each letter's code is issued as the letter is
 * drawn, its mail queued, the NPOs' requests marked as passed on and the run marked DONE, all
 * committed together. A run that fails or is given up for dead leaves no live code behind.
 */
@Injectable()
export class LetterRun {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: InvitationLetterJobRepository,
    private readonly codes: ClaimCodeService,
    private readonly contacts: NpoContactService,
    private readonly requests: IntroductionRequestService,
    private readonly memberships: MembershipService,
    private readonly npoLookup: NpoLookup,
    private readonly asks: LetterAsks,
    private readonly dataBook: DataBookService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get directory(): string {
    return join(this.config.dataDir, 'letters');
  }

  /** Where a run's PDF is (the row keeps the name only: DATA_DIR may move). */
  pathOf(fileName: string): string {
    return join(this.directory, fileName);
  }

  async make(row: LetterJobRow, onProgress: (percent: number) => void): Promise<LetterRunResult> {
    // An NPO that got members since the run was asked for needs no letter (nor a code) any more.
    const claimed = await this.memberships.npoIdsWithMembers(row.npo_ids);
    const npos = await this.npoLookup.byIds(row.npo_ids);
    const ids = row.npo_ids.filter((id) => npos.has(id) && !claimed.has(id));
    const [asks, entries, contacts] = await Promise.all([
      this.asks.forNpos(ids),
      row.include_entry ? this.dataBook.entriesOf(ids) : Promise.resolve(new Map<string, BookEntry>()),
      row.send_mail ? this.contacts.latestFor(ids) : Promise.resolve(new Map<string, { email: string | null }>()),
    ]);
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const fileName = `${row.id}.pdf`;
    const file = this.pathOf(fileName);
    const sender = cityOfficeName(this.config, 'ja');
    const date = new Date();

    return this.dataSource.transaction(async (manager) => {
      const pdf = new LetterPdf(file, { title: '「つなぐ」へのご案内', author: sender });
      const lettered: string[] = [];
      const mailed: string[] = [];
      try {
        for (const [i, id] of ids.entries()) {
          const npo = npos.get(id) as NpoEntity;
          const issued = await this.codes.issue(id, row.id, row.requested_by, manager);
          const letter = this.compose(npo, asks.get(id), issued, {
            date,
            sender,
            entry: row.include_entry ? (entries.get(id) ?? this.entryFromRecord(npo)) : null,
          });
          pdf.add(letter);
          const email = contacts.get(id)?.email;
          if (email) {
            await enqueueMail(manager, { to: email, ...letterMail(letter) });
            mailed.push(id);
          } else {
            lettered.push(id);
          }
          onProgress(Math.floor(((i + 1) / ids.length) * 95));
          // Drawing is synchronous: let the event loop run, so pages are written out and the heartbeat gets through.
          await nextTurn();
        }
      } catch (error) {
        await pdf.discard();
        throw error;
      }
      const { bytes } = await pdf.close();
      if (lettered.length) await this.requests.forwardedByLetter(lettered, 'LETTER', row.requested_by, manager);
      if (mailed.length) await this.requests.forwardedByLetter(mailed, 'MAIL', row.requested_by, manager);
      const result = { letters: ids.length, mailed: mailed.length };
      const done = await this.rows.finish(manager, row.id, row.attempt, { ...result, filePath: fileName, bytes });
      // Given up for dead meanwhile (another try owns the run now): roll this one back, codes and all.
      if (!done) throw new Error('this try was given up for dead');
      return result;
    });
  }

  private compose(
    npo: NpoEntity,
    asks: NpoAsks | undefined,
    issued: { code: string; expiresAt: Date },
    run: { date: Date; sender: string; entry: BookEntry | null },
  ): LetterContent {
    const publicUrl = this.config.publicUrl;
    return {
      npoId: npo.id,
      postalCode: postalCodeOf(npo.postalCode),
      address: npo.address,
      npoName: npo.name,
      representative: npo.representative,
      date: run.date,
      sender: run.sender,
      cityName: this.config.cityName,
      asks: asks?.asks ?? [],
      moreAsks: asks?.more ?? 0,
      code: issued.code,
      expiresAt: issued.expiresAt,
      claimPageUrl: `${publicUrl}/claim`,
      claimUrl: `${publicUrl}/claim/${issued.code}`,
      officePhone: this.config.cityOffice.phone,
      officeHours: this.config.cityOffice.hours,
      entry: run.entry,
      npoPageUrl: `${publicUrl}/npos/${npo.id}`,
    };
  }

  /** The book leaves out NPOs with their office elsewhere or not active: their register record, drawn the same way. */
  private entryFromRecord(npo: NpoEntity): BookEntry {
    return {
      id: npo.id,
      name: npo.name,
      nameKana: npo.nameKana,
      ward: npo.ward,
      address: npo.address,
      representative: npo.representative,
      establishedOn: npo.establishedOn,
      fields: [...npo.fields].sort((a, b) => a - b),
      description: officialText(npo.purpose, npo.programmes),
      descriptionIsOwn: false,
      helpKinds: [],
      contact: null,
      certified: npo.certificationKind !== null && npo.certificationRevokedOn === null,
      pageUrl: `${this.config.publicUrl}/npos/${npo.id}`,
    };
  }
}
