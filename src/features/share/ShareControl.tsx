/**
 * "Share this view": a map control (top right, with the export button) opening a small dialog with the view's
 * link, 复制链接 (with a confirmation), the system share sheet where the browser offers one (navigator.share —
 * phones, the installed app, which has no address bar) and a QR code of the link, drawn here, offline, for a
 * colleague across the table or a slide.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapControlDialog } from '../../map/MapControlDialog';
import { useAppStore } from '../../state/store';
import { QrCode } from './QrCode';
import './share.css';

export function ShareControl() {
  const { t } = useTranslation();
  return (
    <MapControlDialog
      name="share"
      label={t('share.button')}
      title={t('share.dialog')}
      testId="share-dialog"
      icon={
        <svg aria-hidden="true" viewBox="0 0 20 20" width="17" height="17">
          <circle cx="15" cy="4.5" r="2.5" fill="currentColor" />
          <circle cx="5" cy="10" r="2.5" fill="currentColor" />
          <circle cx="15" cy="15.5" r="2.5" fill="currentColor" />
          <path d="M15 4.5 5 10l10 5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      }
      body={ShareDialog}
    />
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  // The address bar is kept in sync with the view (app/urlSync); re-read it whenever the view changes.
  const camera = useAppStore((s) => s.camera);
  const [url, setUrl] = useState(() => window.location.href);
  useEffect(() => {
    const timer = window.setTimeout(() => setUrl(window.location.href), 450);
    return () => window.clearTimeout(timer);
  }, [camera]);
  // The confirmation belongs to the link it was given for: a new view's link starts without it.
  const [copied, setCopied] = useState<{ url: string; state: CopyState } | null>(null);
  const copy: CopyState = copied?.url === url ? copied.state : 'idle';
  const setCopy = (state: CopyState) => setCopied({ url, state });
  const inputRef = useRef<HTMLInputElement>(null);
  const canShare = typeof navigator.share === 'function';

  useEffect(() => inputRef.current?.focus(), []);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard permission (or an old browser): select the text so one more gesture copies it.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  const shareNative = async () => {
    try {
      await navigator.share({ title: t('share.title'), url });
    } catch {
      // Cancelled by the user, or refused: nothing to say.
    }
  };

  return (
    <>
      <p className="share-hint">{t('share.hint')}</p>
      <label className="share-field">
        <span>{t('share.link')}</span>
        <input ref={inputRef} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="share-actions">
        <button type="button" className="primary" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
        {canShare && (
          <button type="button" onClick={() => void shareNative()}>
            {t('share.native')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <p className="share-status" role="status" aria-live="polite">
        {copy === 'copied' && t('share.copied')}
        {copy === 'failed' && t('share.copyFailed')}
      </p>
      <QrCode text={url} />
    </>
  );
}
