/** The chapter list of briefing mode: previous / next and a clickable progress row of the chapters. */
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../data/briefing';
import { loc } from '../../i18n';
import { useAppStore } from '../../state/store';
import type { StoryAction } from './model';

export function ChapterNav({
  briefing,
  index,
  onAction,
}: {
  briefing: Briefing;
  index: number;
  onAction: (action: StoryAction) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setStoryChapter = useAppStore((s) => s.setStoryChapter);
  const count = briefing.chapters.length;
  return (
    <nav className="story-nav" aria-label={t('story.progress')}>
      <button type="button" onClick={() => onAction('prev')} disabled={index === 0} aria-label={t('story.prev')}>
        ←
      </button>
      <ol className="story-dots">
        {briefing.chapters.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              aria-current={i === index ? 'step' : undefined}
              aria-label={t('story.goTo', { n: i + 1, title: loc(c.title, language) })}
              title={`${i + 1}. ${loc(c.title, language)}`}
              onClick={() => setStoryChapter(i)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onAction('next')}
        disabled={index === count - 1}
        aria-label={t('story.next')}
      >
        →
      </button>
    </nav>
  );
}
