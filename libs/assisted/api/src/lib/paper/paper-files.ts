import { StreamableFile } from '@nestjs/common';
import type { Doc } from './paper-document';

/**
 * The document as the response body: pdfkit is a readable stream, so each page goes out as it
 * is finished. `ascii` is the fallback name for old clients, `name` the Japanese one.
 */
export function pdfResponse(doc: Doc, ascii: string, name: string): StreamableFile {
  doc.end();
  return new StreamableFile(doc, {
    type: 'application/pdf',
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

/** A name typed by people, safe inside a file name on every system. */
export const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
