import type { StateCreator } from 'zustand';
import type { Language, Mode, Notice } from '../types';

/** Selection, mode, language and notices: the small pieces of UI state that links and panels share. */
export interface UiSlice {
  selectedId: string | null;
  mode: Mode;
  language: Language;
  notices: Notice[];
  select: (id: string | null) => void;
  setMode: (mode: Mode) => void;
  setLanguage: (language: Language) => void;
  notify: (key: string, values?: Notice['values'], level?: Notice['level']) => void;
  dismissNotice: (id: number) => void;
}

let noticeSeq = 0;

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  selectedId: null,
  mode: 'explore',
  language: 'zh',
  notices: [],
  select: (selectedId) => set({ selectedId }),
  setMode: (mode) => set({ mode }),
  setLanguage: (language) => set({ language }),
  notify: (key, values, level = 'warning') =>
    set((s) =>
      // The same message twice (e.g. after back/forward) is shown once.
      s.notices.some((n) => n.key === key && JSON.stringify(n.values) === JSON.stringify(values))
        ? s
        : { notices: [...s.notices, { id: ++noticeSeq, key, values, level }] },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
