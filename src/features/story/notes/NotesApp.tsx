/**
 * The speaker-notes window (notes.html, opened from the briefing panel). It follows the presenting window over a
 * BroadcastChannel: the current chapter with its notes, a preview of the next chapter, the time of day and the
 * time spent presenting. Its own keys (and buttons) turn the chapters of the main window.
 */
import { useEffect, useRef, useState } from 'react';
import { formatElapsed, keyToAction } from '../model';
import { NOTES_CHANNEL, NOTES_COMMANDS, parseNotesMessage, type NotesCommand, type NotesState } from '../notesChannel';
import { story } from '../strings';

type Lang = 'zh' | 'en';

const startLang: Lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';

function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function NotesApp() {
  const [state, setState] = useState<NotesState | null>(null);
  const [closed, setClosed] = useState(false);
  const [timerFrom, setTimerFrom] = useState<number | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const now = useNow();
  const lang: Lang = state?.language ?? startLang;
  const s = story[lang].notesWindow;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(NOTES_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent) => {
      const message = parseNotesMessage(event.data);
      if (!message) return;
      if (message.type === 'state') {
        setState(message);
        setClosed(false);
      } else if (message.type === 'closed') setClosed(true);
    };
    bc.postMessage({ type: 'hello' });
    return () => {
      bc.close();
      channel.current = null;
    };
  }, []);

  const send = (command: NotesCommand) => channel.current?.postMessage({ type: 'command', command });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyToAction(event);
      if (!action) return;
      if ((NOTES_COMMANDS as readonly string[]).includes(action) || action.startsWith('jump:')) {
        event.preventDefault();
        channel.current?.postMessage({ type: 'command', command: action });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s.title;
  }, [lang, s.title]);

  const clock = new Date(now).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  const started = timerFrom ?? state?.startedAt ?? now;

  return (
    <main className="notes">
      <header className="notes-head">
        <p className="notes-briefing">{state ? state.briefingTitle[lang] : s.title}</p>
        <p className="notes-clock" aria-label={s.clock}>
          <span>{s.clock}</span> <strong>{clock}</strong>
        </p>
        <p className="notes-elapsed">
          <span>{s.elapsed}</span> <strong data-testid="elapsed">{formatElapsed(now - started)}</strong>{' '}
          <button type="button" onClick={() => setTimerFrom(Date.now())}>
            {s.restart}
          </button>
        </p>
      </header>
      {!state || closed ? (
        <p className="notes-waiting" role="status">
          {closed ? s.closed : s.waiting}
        </p>
      ) : (
        <div className="notes-grid">
          <section className="notes-current" aria-labelledby="notes-current-title">
            <p className="notes-label">
              {s.now} · {state.index + 1} / {state.count}
              {state.blank && <span className="notes-blank"> · {s.blanked}</span>}
            </p>
            <h1 id="notes-current-title">{state.current.title[lang]}</h1>
            <p className="notes-notes" data-testid="notes">
              {state.current.notes?.[lang] || s.noNotes}
            </p>
            <p className="notes-narration">{state.current.narration[lang]}</p>
          </section>
          <aside className="notes-next" aria-label={s.nextUp}>
            <p className="notes-label">{s.nextUp}</p>
            {state.next ? (
              <>
                <h2>{state.next.title[lang]}</h2>
                <p>{state.next.narration[lang]}</p>
              </>
            ) : (
              <p>{s.end}</p>
            )}
          </aside>
        </div>
      )}
      <footer className="notes-nav">
        <button type="button" onClick={() => send('prev')} disabled={!state || closed || state.index === 0}>
          ← {s.prev}
        </button>
        <button
          type="button"
          onClick={() => send('next')}
          disabled={!state || closed || state.index >= state.count - 1}
        >
          {s.next} →
        </button>
      </footer>
    </main>
  );
}
