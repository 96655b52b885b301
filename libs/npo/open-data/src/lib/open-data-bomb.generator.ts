import { constants, createDeflateRaw } from 'node:zlib';
import { OPEN_DATA_COLUMNS } from './open-data-columns.constant';

export interface OpenDataZipBombOptions {
  /** bytes the CSV member inflates to (roughly; rounded to whole MiB) */
  inflatedBytes: number;
  /** `field`: one endless quoted field in the first data row; `rows`: the same short row, endlessly */
  shape: 'field' | 'rows';
  /**
   * true: the local header states the real sizes; false: sizes left out (a data descriptor
   * follows), as a hostile file would do to hide them
   */
  declareSizes?: boolean;
}

const MIB = 1 << 20;

/**
 * A small ZIP whose CSV member inflates to `inflatedBytes` (2 MB of ZIP → 2 GB of CSV): for tests
 * of the reader's limits. Deflating gigabytes would take minutes, so one MiB of the repeated
 * content is deflated once with a sync flush (which ends on a byte boundary) and the same
 * compressed block is repeated: after the first MiB the window holds only that content, so each
 * copy decodes to the same MiB again.
 */
export async function openDataZipBomb(options: OpenDataZipBombOptions): Promise<Buffer> {
  const header = Buffer.from(`${OPEN_DATA_COLUMNS.join(',')}\r\n`, 'utf8');
  const row = `若松こども食堂の会${','.repeat(OPEN_DATA_COLUMNS.length - 1)}\r\n`;
  const unit =
    options.shape === 'field'
      ? Buffer.alloc(MIB, 'a')
      : Buffer.from(row.repeat(Math.floor(MIB / Buffer.byteLength(row))), 'utf8');
  const opening = options.shape === 'field' ? Buffer.from('"', 'utf8') : Buffer.alloc(0);
  const closing =
    options.shape === 'field' ? Buffer.from(`"${','.repeat(OPEN_DATA_COLUMNS.length - 1)}\r\n`) : Buffer.alloc(0);

  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const flush = () =>
    new Promise<Buffer>((resolve) =>
      deflate.flush(constants.Z_SYNC_FLUSH, () => resolve(Buffer.concat(out.splice(0, out.length)))),
    );
  deflate.write(Buffer.concat([header, opening, unit]));
  const first = await flush();
  deflate.write(unit);
  const repeated = await flush();
  deflate.end(closing);
  await new Promise((resolve) => deflate.once('end', resolve));
  const last = Buffer.concat(out);

  const copies = Math.max(1, Math.round(options.inflatedBytes / unit.length) - 1);
  const compressed = Buffer.concat([first, ...Array<Buffer>(copies).fill(repeated), last]);
  const inflated = header.length + opening.length + unit.length * (copies + 1) + closing.length;
  return zipOfOneDeflatedMember(
    '000_AdministrativeInputData_20261031.csv',
    compressed,
    inflated,
    options.declareSizes ?? true,
  );
}

/** A one-member ZIP around already-deflated data (the CRC is left 0: the reader does not check it). */
function zipOfOneDeflatedMember(name: string, compressed: Buffer, inflated: number, declareSizes: boolean): Buffer {
  const fileName = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(declareSizes ? 0x0800 : 0x0808, 6); // UTF-8 name; bit 3: sizes in a data descriptor
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(declareSizes ? compressed.length : 0, 18);
  local.writeUInt32LE(declareSizes ? Math.min(inflated, 0xffffffff) : 0, 22);
  local.writeUInt16LE(fileName.length, 26);
  const descriptor = Buffer.alloc(declareSizes ? 0 : 16);
  if (!declareSizes) {
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(compressed.length, 8);
    descriptor.writeUInt32LE(Math.min(inflated, 0xffffffff), 12);
  }
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  local.copy(central, 8, 6, 30); // flags … name length, as in the local header
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(Math.min(inflated, 0xffffffff), 24);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + compressed.length + descriptor.length, 16);
  return Buffer.concat([local, fileName, compressed, descriptor, central, fileName, end]);
}
