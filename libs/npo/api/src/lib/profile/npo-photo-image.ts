import sharp from 'sharp';
import { badUserInput } from '@tsunagu/shared/api-core';
import { npoMessages } from '../npo.messages';

export type PhotoFormat = 'jpeg' | 'png' | 'webp';

const NOT_A_PHOTO = npoMessages.notAPhoto;

/**
 * The format from the file's first bytes (its magic number), never from the name or the type the
 * browser claims: an SVG (which can carry a script) sent as image/png must not get through.
 */
export function photoFormatOf(bytes: Uint8Array): PhotoFormat | null {
  const starts = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (starts(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  // "RIFF" <size> "WEBP"
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/**
 * A photo or logo as it is kept: a JPEG of at most 1200 px, re-encoded, which drops EXIF, GPS and
 * every other piece of metadata. The magic number is checked BEFORE sharp sees the bytes (sharp
 * would happily render an SVG, a GIF or a PDF), and sharp's own reading must agree with it.
 */
export async function cleanPhoto(bytes: Buffer): Promise<Buffer> {
  const format = photoFormatOf(bytes);
  if (!format) throw badUserInput(NOT_A_PHOTO, 'file');
  try {
    // failOn 'warning' (the strictest): a truncated or damaged file is refused, not half-drawn.
    const image = sharp(bytes, { limitInputPixels: 40_000_000, failOn: 'warning' });
    if ((await image.metadata()).format !== format) throw badUserInput(NOT_A_PHOTO, 'file');
    return await image
      .rotate()
      .resize({ width: 1200, height: 1200, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
  } catch (error) {
    if ((error as { extensions?: unknown }).extensions) throw error;
    throw badUserInput(npoMessages.unreadablePhoto, 'file');
  }
}
