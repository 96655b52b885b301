import { Injectable } from '@nestjs/common';

/** What accounts needs to know of NPOs (whose table belongs to the npo domain): names, existence. */
export interface NpoDirectory {
  /** id → name of the NPOs that exist among these ids (an id that does not exist is left out). */
  namesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** it exists and is not a helper staff have yet to verify (or refused): those are not public */
  isClaimable(id: string): Promise<boolean>;
}

/**
 * The NPO directory as accounts sees it. npo imports accounts (policies, the guard, memberships),
 * so accounts cannot import npo back without a cycle: accounts declares this port and the npo
 * module attaches its implementation to it while it starts (NpoDirectoryAttacher).
 */
@Injectable()
export class NpoDirectoryPort implements NpoDirectory {
  private source: NpoDirectory | undefined;

  attach(source: NpoDirectory): void {
    this.source = source;
  }

  namesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (!this.source) throw new Error('no NPO directory attached: import NpoModule beside AccountsModule');
    return ids.length ? this.source.namesOf([...new Set(ids)]) : Promise.resolve(new Map());
  }

  isClaimable(id: string): Promise<boolean> {
    if (!this.source) throw new Error('no NPO directory attached: import NpoModule beside AccountsModule');
    return this.source.isClaimable(id);
  }

  async nameOf(id: string): Promise<string | undefined> {
    return (await this.namesOf([id])).get(id);
  }
}
