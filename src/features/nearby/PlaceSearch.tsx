import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_BY_ID } from '../../catalog/layers';
import { loc } from '../../i18n';
import { searchPlaces, type Place, type PlaceIndex } from './placeSearch';
import { useAppStore } from '../../state/store';

/**
 * A combobox for choosing the nearby point by name (towns, stations, districts, projects…) or by pasted
 * coordinates. ARIA 1.2 combobox pattern: arrows move through the options, Enter picks, Escape closes.
 */
export function PlaceSearch({ index, onPick }: { index: PlaceIndex | null; onPick: (place: Place) => void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  /** The highlighted option; -1 = none (Enter then picks the first). */
  const [active, setActive] = useState(-1);
  const places = useMemo(() => (index && query.trim() ? searchPlaces(index, query, 8) : []), [index, query]);
  const expanded = open && places.length > 0;
  const noMatch = open && query.trim().length > 0 && index !== null && places.length === 0;

  const pick = (place: Place) => {
    setQuery(language === 'en' ? place.name_en : place.name);
    setOpen(false);
    onPick(place);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (places.length ? (a + 1) % places.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (places.length ? (a <= 0 ? places.length - 1 : a - 1) : -1));
    } else if (event.key === 'Enter') {
      const place = places[active] ?? places[0];
      if (place) {
        event.preventDefault();
        pick(place);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
      }
      setOpen(false);
    }
  };

  const kindLabel = (place: Place): string => {
    if (place.kind === 'feature' && place.category) {
      const layer = LAYER_BY_ID.get(place.category);
      return layer ? loc(layer.title, language) : '';
    }
    const kind = t(`nearby.placeKind.${place.kind}`);
    return place.within ? `${kind} · ${place.within}` : kind;
  };

  return (
    <div className="nearby-search">
      <label htmlFor={`${id}-input`}>{t('nearby.searchLabel')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        enterKeyHint="search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        placeholder={t('nearby.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('nearby.searchResults')} hidden={!expanded}>
        {places.map((place, i) => (
          <li
            key={place.key}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list first
            onMouseDown={(event) => {
              event.preventDefault();
              pick(place);
            }}
          >
            <span className="place-name">{language === 'en' ? place.name_en : place.name}</span>
            <span className="place-kind">{kindLabel(place)}</span>
          </li>
        ))}
      </ul>
      <p className="nearby-search-none" role="status">
        {noMatch ? t('nearby.searchNone', { query: query.trim().slice(0, 40) }) : ''}
      </p>
    </div>
  );
}
