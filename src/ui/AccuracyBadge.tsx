import { useTranslation } from 'react-i18next';
import type { Accuracy } from '../geo/schema';

/** A visible badge for how exact a geometry is; schematic and approximate stand out, official stays quiet. */
export function AccuracyBadge({ accuracy }: { accuracy: Accuracy }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${accuracy}`} title={t(`accuracy.${accuracy}Hint`)}>
      {t(`accuracy.${accuracy}`)}
    </span>
  );
}
