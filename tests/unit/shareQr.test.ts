import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/features/share/qr';

describe('share QR code (issue 18)', () => {
  it('draws every dark module of the link’s symbol, with a quiet zone', () => {
    const url = 'http://127.0.0.1:5173/?v=1&map=11/27.85/113.13&layers=railway,hub&lang=zh';
    const qr = qrPath(url)!;
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    expect(qr.size).toBe(modules.size);
    const dark = Array.from(modules.data).filter(Boolean).length;
    expect(qr.d.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern's corner module, shifted by the 4-module quiet zone.
    expect(qr.d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });

  it('says so instead of drawing when the link is too long for a QR code', () => {
    expect(qrPath('x'.repeat(5000))).toBeNull();
  });
});
