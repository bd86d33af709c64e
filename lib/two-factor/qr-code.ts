import QRCode from 'qrcode';

/**
 * A QR code as one SVG path, drawn on the server: `size` modules square (quiet zone not
 * included) and a path of one 1×1 square per dark module. The page renders it as an <svg>
 * element — no image request, no HTML string, no client code.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x)) parts.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: parts.join('') };
}
