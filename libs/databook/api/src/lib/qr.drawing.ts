import QRCode from 'qrcode';

/**
 * A QR code drawn as vector squares: sharp at any printer's resolution and tiny in the file. Every
 * printed paper (data book, letters, 回覧板) draws its codes here.
 */
export function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / n;
  doc.save().fillColor('#000000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell + 0.05, cell + 0.05);
  }
  doc.fill().restore();
}
