import { Injectable } from '@nestjs/common';

/** What one domain holds about one person, for the personal-data export (「わたしのデータ」). */
export interface PersonalDataSection {
  /** the key of the section in the export, e.g. `needs`, `marcheApplications` */
  readonly name: string;
  /** everything this domain keeps about the person, as plain JSON-ready values */
  collect(userId: string): Promise<unknown>;
}

/**
 * Each domain contributes the section of the export that its own tables hold (registered while
 * its module starts), so the export never reads another domain's tables and no domain is left out.
 */
@Injectable()
export class PersonalDataRegistry {
  private readonly sections = new Map<string, PersonalDataSection>();

  register(section: PersonalDataSection): void {
    if (this.sections.has(section.name)) throw new Error(`personal-data section defined twice: ${section.name}`);
    this.sections.set(section.name, section);
  }

  /** Every section, in the order the domains registered them. */
  async collect(userId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const section of this.sections.values()) out[section.name] = await section.collect(userId);
    return out;
  }

  names(): string[] {
    return [...this.sections.keys()];
  }
}
