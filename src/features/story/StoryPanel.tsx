/**
 * The chapter panel of briefing mode: chapter title and narration, the chapter's legend and sources, previous /
 * next with a clickable progress row, presenter actions (speaker notes, full screen, blank, leave), and the
 * authoring tools (layers, add current view as chapter, edit, download / load JSON, restore the default).
 */
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../../map/exportLayout';
import { downloadBlob } from '../../ui/download';
import { loc } from '../../i18n';
import {
  chapterLayerState,
  chapterLegend,
  withHighlightRow,
  sameLayers,
  shownLayers,
  type Briefing,
} from '../../data/briefing';
import { insertChapter, type StoryAction } from './model';
import { parseBriefing, serializeBriefing } from '../../data/briefingSchema';
import { useAppStore } from '../../state/store';
import { Swatch } from '../../ui/Swatch';
import { builtInBriefing, saveWorkingCopy } from './briefings';
import { toggleFullscreen } from './fullscreen';
import { commit, currentView } from './authoring';
import { ChapterEditor } from './ChapterEditor';
import { ChapterNav } from './ChapterNav';

const SEED_LABELS: Record<string, { zh: string; en: string }> = {
  '000': { zh: '规划局“十四五”工作纪实', en: 'Planning bureau review 2021–2025' },
  '001': { zh: '“十四五”规划纲要', en: '14th Five-Year Plan outline' },
  '002': { zh: '株洲日报 2025', en: 'Zhuzhou Daily 2025' },
  '003': { zh: '株洲日报 2024', en: 'Zhuzhou Daily 2024' },
  '004': { zh: '株洲日报 2026', en: 'Zhuzhou Daily 2026' },
};

type Message = { kind: 'info' | 'error'; text: string; details?: string[] } | null;

export function StoryPanel({
  ref,
  briefing,
  index,
  zoomOffset,
  onAction,
}: {
  ref?: Ref<HTMLElement>;
  briefing: Briefing;
  index: number;
  /** How much the map's zoom differs from the reference framing (see zoomOffsetFor). */
  zoomOffset: number;
  onAction: (action: StoryAction) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const edited = useAppStore((s) => s.storyEdited);
  const visible = useAppStore((s) => s.visible);
  const opacity = useAppStore((s) => s.opacity);
  const [fullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  // The shell's layer panel, shown beside the chapter panel while authoring (hidden in story mode otherwise).
  const [layersOpen, setLayersOpen] = useState(false);
  useEffect(() => {
    document.body.classList.toggle('story-layers-open', layersOpen);
    return () => document.body.classList.remove('story-layers-open');
  }, [layersOpen]);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const chapter = briefing.chapters[index]!;
  const count = briefing.chapters.length;

  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // The chapter's own legend while its layers are shown; otherwise the legend follows the map.
  const state = { visible, opacity };
  const legend = withHighlightRow(
    chapterLegend(sameLayers(state, chapterLayerState(chapter)) ? chapter : { layers: shownLayers(state) }),
    chapter.highlight.length > 0,
  );
  const narration = loc(chapter.narration, language);

  const openNotes = () => {
    const url = new URL('notes.html', document.baseURI);
    url.searchParams.set('lang', language);
    const win = window.open(url.href, 'zhuzhou-plan-map-notes', 'popup,width=980,height=680');
    if (!win) useAppStore.getState().notify('story.notesBlocked', undefined, 'warning');
  };

  const capture = () => {
    const chapterNew = currentView(briefing, index + 2, zoomOffset);
    const [next, at] = insertChapter(briefing, chapterNew, index);
    const saved = commit(next, at);
    setMessage({
      kind: 'info',
      text: `${t('story.captured', { n: at + 1, title: loc(chapterNew.title, language) })}${saved ? '' : ` ${t('story.notSaved')}`}`,
    });
    setEditing(true);
  };

  const download = () => {
    const blob = new Blob([serializeBriefing(briefing)], { type: 'application/json' });
    downloadBlob(blob, exportFileName(briefing.id, new Date(), 'json'));
  };

  const load = async (file: File) => {
    const result = parseBriefing(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('story.loadFailed', { file: file.name }), details: result.errors });
      return;
    }
    const saved = commit(result.briefing, 0);
    setEditing(false);
    setMessage({
      kind: 'info',
      text: `${t('story.loaded', { title: loc(result.briefing.title, language), count: result.briefing.chapters.length })}${saved ? '' : ` ${t('story.notSaved')}`}`,
    });
  };

  const reset = () => {
    const original = builtInBriefing();
    if (!original || !window.confirm(t('story.resetConfirm'))) return;
    saveWorkingCopy(null);
    useAppStore.getState().setStoryBriefing(original, false, 0);
    setEditing(false);
    setMessage(null);
  };

  return (
    <section ref={ref} className="story-panel panel" aria-labelledby={headingId} data-chapter={index + 1}>
      <header className="story-head">
        <p className="story-briefing">{loc(briefing.title, language)}</p>
        <p className="story-count">{t('story.chapterOf', { n: index + 1, count })}</p>
        <button type="button" className="story-exit" onClick={() => onAction('exit')} title="Esc">
          {t('story.exit')}
        </button>
      </header>
      <h2 id={headingId} className="story-title">
        {loc(chapter.title, language)}
      </h2>
      <div className="story-body">
        <p className={`story-narration${narration ? '' : ' empty'}`}>{narration || t('story.noNarration')}</p>
        {legend.length > 0 && (
          <ul className="legend story-legend" aria-label={t('story.legend')}>
            {legend.map((row) => (
              <li key={`${row.label.zh}-${row.color}`}>
                <Swatch color={row.color} kind={row.shape} />
                {loc(row.label, language)}
              </li>
            ))}
          </ul>
        )}
        {chapter.cites.length > 0 && (
          <details className="story-sources">
            <summary>{t('story.sources')}</summary>
            <ul>
              {chapter.cites.map((cite) => (
                <li key={`${cite.file}-${cite.line}-${cite.quote}`}>
                  <blockquote lang="zh">“{cite.quote}”</blockquote>
                  <span>
                    {loc(SEED_LABELS[cite.file] ?? { zh: cite.file, en: cite.file }, language)} ·{' '}
                    <span lang="zh">{cite.section}</span> · {t('story.sourceLine', { line: cite.line })}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>

      <ChapterNav briefing={briefing} index={index} onAction={onAction} />

      <div className="story-actions">
        <button type="button" onClick={openNotes} title={t('story.notesHint')}>
          {t('story.notes')}
        </button>
        <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
          {t(fullscreen ? 'story.exitFullscreen' : 'story.fullscreen')} <kbd>F</kbd>
        </button>
        <button type="button" onClick={() => onAction('blank')}>
          {t('story.blank')} <kbd>B</kbd>
        </button>
      </div>

      <details className="story-tools">
        <summary>
          {t('story.tools')}
          {edited && <span className="story-edited"> · {t('story.edited')}</span>}
        </summary>
        <div className="story-tool-buttons">
          <button type="button" aria-pressed={layersOpen} onClick={() => setLayersOpen(!layersOpen)}>
            {t('layers.title')}
          </button>
          <button type="button" onClick={capture}>
            {t('story.capture')}
          </button>
          <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {t('story.edit')}
          </button>
          <button type="button" onClick={download}>
            {t('story.download')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('story.load')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="briefing-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void load(file);
            }}
          />
          {edited && (
            <button type="button" onClick={reset}>
              {t('story.reset')}
            </button>
          )}
        </div>
        {editing && (
          <ChapterEditor
            key={chapter.id}
            briefing={briefing}
            index={index}
            zoomOffset={zoomOffset}
            onDone={(text) => {
              setEditing(false);
              if (text) setMessage({ kind: 'info', text });
            }}
          />
        )}
      </details>
      {message && (
        <div
          className={`story-message story-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.details && (
            <ul>
              {message.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <button type="button" className="story-message-close" onClick={() => setMessage(null)} aria-label="×">
            ×
          </button>
        </div>
      )}
      <p className="story-keys">{t('story.keys')}</p>
    </section>
  );
}
