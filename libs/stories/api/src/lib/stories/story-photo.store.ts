import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';

/** The stories' photos on disk, under DATA_DIR beside the NPOs' own (one JPEG per story side). */
@Injectable()
export class StoryPhotoStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private dir(): string {
    return join(this.config.dataDir, 'uploads', 'story-photos');
  }

  /** Keeps a cleaned JPEG; its file name, kept on the story row. */
  async save(storyId: string, side: 'group' | 'helper', jpeg: Buffer): Promise<string> {
    await mkdir(this.dir(), { recursive: true });
    const file = `${storyId}-${side}.jpg`;
    await writeFile(join(this.dir(), file), jpeg);
    return file;
  }

  open(file: string): Readable {
    return createReadStream(join(this.dir(), file));
  }
}
