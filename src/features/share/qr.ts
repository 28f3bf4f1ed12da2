/** The QR code of a text as an SVG path, from the `qrcode` library's module matrix (pure; no DOM, no network). */
import { create } from 'qrcode';

/** The SVG path of the dark modules and the symbol's size in modules (null when the text does not fit). */
export function qrPath(text: string): { d: string; size: number } | null {
  try {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const size = modules.size;
    let d = '';
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    return { d, size };
  } catch {
    return null; // longer than a QR code holds
  }
}
