import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

/** Messages about bad input (links, files, location…). Text comes from i18n keys, never from the input. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`}>
          <span>{t(notice.key, notice.values)}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
