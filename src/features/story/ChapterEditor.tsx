/** The chapter editor of briefing mode: edits the current chapter's texts, re-captures its view, moves or deletes it. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing, Chapter } from '../../data/briefing';
import { ChapterSchema } from '../../data/briefingSchema';
import { commit, currentView } from './authoring';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="story-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Edits the current chapter's texts; also re-captures its view, moves or deletes it. */
export function ChapterEditor({
  briefing,
  index,
  zoomOffset,
  onDone,
}: {
  briefing: Briefing;
  index: number;
  zoomOffset: number;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const chapter = briefing.chapters[index]!;
  const [draft, setDraft] = useState({
    titleZh: chapter.title.zh,
    titleEn: chapter.title.en,
    narrationZh: chapter.narration.zh,
    narrationEn: chapter.narration.en,
    notesZh: chapter.notes?.zh ?? '',
    notesEn: chapter.notes?.en ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  const replace = (updated: Chapter, at = index, chapters = briefing.chapters) => {
    const list = chapters.map((c, i) => (i === at ? updated : c));
    commit({ ...briefing, chapters: list }, at);
  };

  const save = () => {
    const candidate = {
      ...chapter,
      title: { zh: draft.titleZh.trim(), en: draft.titleEn.trim() },
      narration: { zh: draft.narrationZh.trim(), en: draft.narrationEn.trim() },
      ...(draft.notesZh.trim() || draft.notesEn.trim()
        ? { notes: { zh: draft.notesZh.trim(), en: draft.notesEn.trim() } }
        : { notes: undefined }),
    };
    if (!candidate.notes) delete candidate.notes;
    const parsed = ChapterSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(
        candidate.title.zh && candidate.title.en ? (parsed.error.issues[0]?.message ?? '') : t('story.titleRequired'),
      );
      return;
    }
    replace(parsed.data);
    onDone();
  };

  const updateView = () => {
    const view = currentView(briefing, index + 1, zoomOffset);
    replace({
      ...chapter,
      camera: view.camera,
      layers: view.layers,
      ...(view.filters ? { filters: view.filters } : {}),
    });
    onDone(t('story.viewUpdated'));
  };

  const move = (delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= briefing.chapters.length) return;
    const chapters = [...briefing.chapters];
    [chapters[index], chapters[to]] = [chapters[to]!, chapters[index]!];
    commit({ ...briefing, chapters }, to);
  };

  const remove = () => {
    if (briefing.chapters.length <= 1) {
      setError(t('story.lastChapter'));
      return;
    }
    if (!window.confirm(t('story.removeConfirm', { n: index + 1, title: chapter.title.zh }))) return;
    const chapters = briefing.chapters.filter((_, i) => i !== index);
    commit({ ...briefing, chapters }, Math.min(index, chapters.length - 1));
    onDone();
  };

  return (
    <form
      className="story-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3>{t('story.editTitle', { n: index + 1 })}</h3>
      <Field label={t('story.titleZh')}>
        <input type="text" lang="zh" value={draft.titleZh} onChange={set('titleZh')} maxLength={80} />
      </Field>
      <Field label={t('story.titleEn')}>
        <input type="text" lang="en" value={draft.titleEn} onChange={set('titleEn')} maxLength={120} />
      </Field>
      <Field label={t('story.narrationZh')}>
        <textarea lang="zh" rows={4} value={draft.narrationZh} onChange={set('narrationZh')} maxLength={4000} />
      </Field>
      <Field label={t('story.narrationEn')}>
        <textarea lang="en" rows={4} value={draft.narrationEn} onChange={set('narrationEn')} maxLength={4000} />
      </Field>
      <Field label={t('story.notesZh')}>
        <textarea lang="zh" rows={2} value={draft.notesZh} onChange={set('notesZh')} maxLength={4000} />
      </Field>
      <Field label={t('story.notesEn')}>
        <textarea lang="en" rows={2} value={draft.notesEn} onChange={set('notesEn')} maxLength={4000} />
      </Field>
      {error && (
        <p className="story-message-error" role="alert">
          {error}
        </p>
      )}
      <div className="story-tool-buttons">
        <button type="submit" className="primary">
          {t('story.save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('story.cancel')}
        </button>
        <button type="button" onClick={updateView}>
          {t('story.updateView')}
        </button>
        <button type="button" onClick={() => move(-1)} disabled={index === 0}>
          {t('story.moveEarlier')}
        </button>
        <button type="button" onClick={() => move(1)} disabled={index === briefing.chapters.length - 1}>
          {t('story.moveLater')}
        </button>
        <button type="button" className="danger" onClick={remove}>
          {t('story.remove')}
        </button>
      </div>
    </form>
  );
}
