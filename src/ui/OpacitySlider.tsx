import { useTranslation } from 'react-i18next';

/**
 * A layer's opacity slider row (0–100 % in steps of 5, with the value shown): the plan's layers in the layer
 * panel and the imported parcel layers use the same one.
 */
export function OpacitySlider({
  title,
  opacity,
  onChange,
}: {
  /** The layer's name (the slider is labelled "<name> 透明度"). */
  title: string;
  /** 0..1 */
  opacity: number;
  onChange: (opacity: number) => void;
}) {
  const { t } = useTranslation();
  const percent = Math.round(opacity * 100);
  return (
    <label className="opacity">
      <span className="visually-hidden">{t('layers.opacity')}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-label={`${title} ${t('layers.opacity')}`}
        onChange={(event) => onChange(Number(event.target.value) / 100)}
      />
      <output>{percent}%</output>
    </label>
  );
}
