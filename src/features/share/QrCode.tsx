/**
 * The QR code of the view's link, drawn here as SVG from the `qrcode` library's module matrix (no network, no
 * canvas, no HTML strings): one path of 1×1 squares with a four-module quiet zone, black on white, so a phone
 * reads it from a screen or a projected slide.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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

export function QrCode({ text }: { text: string }) {
  const { t } = useTranslation();
  const qr = useMemo(() => qrPath(text), [text]);
  return (
    <figure className="share-qr">
      {qr ? (
        <svg
          viewBox={`0 0 ${qr.size + 8} ${qr.size + 8}`}
          role="img"
          aria-label={t('share.qrAlt')}
          data-modules={qr.size}
          shapeRendering="crispEdges"
        >
          <rect width={qr.size + 8} height={qr.size + 8} fill="#ffffff" />
          <path d={qr.d} fill="#000000" />
        </svg>
      ) : (
        <p className="share-status">{t('share.qrTooLong')}</p>
      )}
      <figcaption>{t('share.qrHint')}</figcaption>
    </figure>
  );
}
