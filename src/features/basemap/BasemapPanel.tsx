/**
 * The basemap choice in the Layers tab: the offline basemap (default), OpenStreetMap, 天地图 map or imagery with
 * the user's key. Says that online tiles come from the internet, and why 天地图 cannot be chosen without a key.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { BASEMAP_IDS, KEY_CHARACTERS, MAX_KEY_LENGTH, isValidKey, needsKey, type BasemapId } from './storage';
import './basemap.css';

const LABEL_KEYS: Record<BasemapId, string> = {
  offline: 'basemap.offline',
  osm: 'basemap.osm',
  'tianditu-vec': 'basemap.tiandituVec',
  'tianditu-img': 'basemap.tiandituImg',
};

export function BasemapPanel() {
  const { t } = useTranslation();
  const basemap = useAppStore((s) => s.basemap);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const setBasemapKey = useAppStore((s) => s.setBasemapKey);
  const failed = useAppStore((s) => s.basemapStatus === 'failed' && s.basemap.id !== 'offline');
  const [draft, setDraft] = useState(basemap.key);
  const ids = useId();
  const keyOk = isValidKey(basemap.key);
  const draftChars = KEY_CHARACTERS.test(draft.trim());

  return (
    <fieldset className="layer-group basemap-choice">
      <legend>{t('basemap.title')}</legend>
      {/* Also here, where the choice was made: on a phone the sheet covers the map's own notice. */}
      {failed && (
        <div className="basemap-failed" role="alert">
          <span>{t('basemap.failed')}</span>
          <button type="button" onClick={() => setBasemap('offline')}>
            {t('basemap.backOffline')}
          </button>
        </div>
      )}
      {BASEMAP_IDS.map((id) => {
        const blocked = needsKey(id) && !keyOk;
        return (
          <label key={id} className="basemap-option" data-basemap={id}>
            <input
              type="radio"
              name={`${ids}-basemap`}
              value={id}
              checked={basemap.id === id}
              disabled={blocked}
              aria-describedby={blocked ? `${ids}-key-needed` : undefined}
              onChange={() => setBasemap(id)}
            />
            {t(LABEL_KEYS[id])}
          </label>
        );
      })}
      <label className="basemap-key" htmlFor={`${ids}-key`}>
        {t('basemap.key')}
      </label>
      <input
        id={`${ids}-key`}
        className="basemap-key-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_KEY_LENGTH}
        value={draft}
        aria-describedby={`${ids}-key-hint`}
        aria-invalid={!draftChars}
        onChange={(event) => {
          setDraft(event.target.value);
          if (KEY_CHARACTERS.test(event.target.value.trim())) setBasemapKey(event.target.value);
        }}
      />
      <p className="basemap-note" id={`${ids}-key-hint`}>
        {t('basemap.keyHint')}
      </p>
      {!draftChars && (
        <p className="basemap-warning" role="alert">
          {t('basemap.keyInvalid')}
        </p>
      )}
      {!keyOk && (
        <p className="basemap-warning" id={`${ids}-key-needed`} data-testid="basemap-key-needed">
          {t('basemap.keyNeeded')}
        </p>
      )}
      <p className="basemap-note">{t('basemap.internet')}</p>
      <p className="basemap-note">{t('basemap.datum')}</p>
      <p className="basemap-note">{t('basemap.remembered')}</p>
    </fieldset>
  );
}
