/**
 * The QR code of the view's link, drawn here as SVG from the `qrcode` library's module matrix (no network, no
 * canvas, no HTML strings): one path of 1×1 squares with a four-module quiet zone, black on white, so a phone
 * reads it from a screen or a projected slide.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { qrPath } from './qr';

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
