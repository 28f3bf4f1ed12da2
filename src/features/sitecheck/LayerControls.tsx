/** Pieces shared by the layer panel's "imported layers" section and the site-check panel. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { OpacitySlider } from '../../ui/OpacitySlider';
import { Swatch } from '../../ui/Swatch';
import { deleteOrphans, rebuildLayer, recoverOrphans, removeLayer } from './actions';
import { VERDICT_COLORS, type SiteLayer, type Verdict } from './types';

const LEGEND: Verdict[] = ['conflict', 'caution', 'urban', 'other'];

/** The verdict legend, with counts when the report is ready. */
export function VerdictLegend({ layer, label }: { layer: SiteLayer; label: string }) {
  const { t } = useTranslation();
  const state = useAppStore((s) => s.siteReports[layer.id]);
  const counts = state?.status === 'ready' ? state.report.verdicts : null;
  const kind = layer.shape.kind;
  if (state?.status === 'reference')
    return (
      <ul className="legend sitecheck-legend" aria-label={label}>
        <li data-verdict="reference">
          <Swatch color={VERDICT_COLORS.pending} kind={kind} />
          {t('sitecheck.legend.reference')}
        </li>
      </ul>
    );
  return (
    <ul className="legend sitecheck-legend" aria-label={label}>
      {LEGEND.map((verdict) => (
        <li key={verdict} data-verdict={verdict}>
          <Swatch color={VERDICT_COLORS[verdict]} kind={kind} />
          {t(`sitecheck.legend.${verdict}`)}
          {counts && verdict !== 'pending' && <span className="layer-count"> {counts[verdict]}</span>}
        </li>
      ))}
      {state?.status !== 'ready' && (
        <li data-verdict="pending">
          <Swatch color={VERDICT_COLORS.pending} kind={kind} />
          {t('sitecheck.legend.pending')}
        </li>
      )}
    </ul>
  );
}

/** The shared opacity slider (src/ui/OpacitySlider.tsx) bound to an imported layer. */
export function LayerOpacity({ layer }: { layer: SiteLayer }) {
  const patch = useAppStore((s) => s.patchSiteLayer);
  return (
    <OpacitySlider title={layer.name} opacity={layer.opacity} onChange={(opacity) => patch(layer.id, { opacity })} />
  );
}

/** Rename (a small form) and remove. */
export function RenameRemove({ layer, onRemoved }: { layer: SiteLayer; onRemoved?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const patch = useAppStore((s) => s.patchSiteLayer);
  const notify = useAppStore((s) => s.notify);
  // The edited name; null = not edited (shows the layer's name, also after a rename elsewhere).
  const [draft, setDraft] = useState<string | null>(null);
  const name = draft ?? layer.name;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) patch(layer.id, { name: trimmed });
    setDraft(null);
  };
  return (
    <div className="sitecheck-edit">
      <form className="sitecheck-rename" onSubmit={submit}>
        <label htmlFor={`${id}-name`}>{t('sitecheck.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={80} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" disabled={name.trim() === layer.name}>
          {t('sitecheck.rename')}
        </button>
      </form>
      <button
        type="button"
        className="sitecheck-remove"
        onClick={() => {
          removeLayer(layer.id);
          notify('sitecheck.removed', { name: layer.name }, 'info');
          onRemoved?.();
        }}
      >
        {t('sitecheck.remove')}
        <span className="visually-hidden"> {layer.name}</span>
      </button>
    </div>
  );
}

/** A layer whose parcels record is missing or damaged: kept, with "rebuild from the kept file" and "remove". */
export function DamagedLayer({ layer }: { layer: SiteLayer }) {
  const { t } = useTranslation();
  const damage = useAppStore((s) => s.siteDamaged[layer.id]);
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  if (!damage) return null;
  return (
    <div className="sitecheck-damaged stats-error" role="alert" data-damaged={damage}>
      <p>{t(`sitecheck.damaged.${damage}`)}</p>
      {layer.hasSource ? (
        <button
          type="button"
          className="sitecheck-rebuild"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void rebuildLayer(layer.id).then((ok) => {
              setBusy(false);
              notify(
                ok ? 'sitecheck.damaged.rebuilt' : 'sitecheck.damaged.failed',
                { name: layer.name },
                ok ? 'info' : 'error',
              );
            });
          }}
        >
          {t('sitecheck.damaged.rebuild')}
        </button>
      ) : (
        <p className="stats-note">{t('sitecheck.damaged.noSource')}</p>
      )}
    </div>
  );
}

/**
 * Layers whose parcels or original file are kept but which the layer list does not name (an older version's
 * two-tab bug): "recover" makes them layers again, "delete" (confirmed) removes their records. Nothing else
 * deletes them.
 */
export function OrphanLayers() {
  const { t } = useTranslation();
  const id = useId();
  const orphans = useAppStore((s) => s.siteOrphans);
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (orphans.length === 0) return null;
  const count = orphans.length;
  const failed = orphans.filter((o) => o.failed).length;
  return (
    <div className="sitecheck-orphans" role="region" aria-labelledby={`${id}-title`} data-orphans={count}>
      <p id={`${id}-title`}>
        <strong>{t('sitecheck.orphans.found', { count })}</strong>
      </p>
      <p className="stats-note">{t('sitecheck.orphans.hint')}</p>
      {failed > 0 && (
        <p className="stats-error" role="alert">
          {t('sitecheck.orphans.failed', { count: failed })}
        </p>
      )}
      {confirming ? (
        <div className="stats-actions" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('sitecheck.orphans.confirm', { count })}</p>
          <button
            type="button"
            className="sitecheck-orphans-delete"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void deleteOrphans().then((deleted) => {
                setBusy(false);
                setConfirming(false);
                notify('sitecheck.orphans.deleted', { count: deleted }, 'info');
              });
            }}
          >
            {t('sitecheck.orphans.confirmDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('sitecheck.orphans.cancel')}
          </button>
        </div>
      ) : (
        <div className="stats-actions">
          <button
            type="button"
            className="sitecheck-orphans-recover"
            disabled={busy || failed === count}
            onClick={() => {
              setBusy(true);
              void recoverOrphans().then(({ recovered }) => {
                setBusy(false);
                if (recovered > 0) notify('sitecheck.orphans.recovered', { count: recovered }, 'info');
              });
            }}
          >
            {t('sitecheck.orphans.recover')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t('sitecheck.orphans.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
