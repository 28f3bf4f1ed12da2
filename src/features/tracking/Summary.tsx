import { useTranslation } from 'react-i18next';
import type { TrackClass } from '../../geo/history';

/** The one-line answer to "how much was delivered by this year?", as the map and the table both state it. */
export function DeliverySummary({
  year,
  listed,
  counts,
  testId,
}: {
  year: number;
  listed: number;
  counts: Record<TrackClass, number>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <p className="tracking-summary" data-testid={testId}>
      {t('tracking.summary', {
        year,
        listed,
        completed: counts.completed,
        started: counts.under_construction,
        none: counts.no_news,
      })}
    </p>
  );
}
