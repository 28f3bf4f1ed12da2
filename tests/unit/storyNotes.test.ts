/** Messages between the presenting window and the speaker-notes window. */
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/data/briefing';
import { notesState, parseNotesMessage } from '../../src/features/story/notesChannel';

const chapter = (id: string, notes = true) => ({
  id,
  title: { zh: `标题${id}`, en: `Title ${id}` },
  narration: { zh: `讲解${id}`, en: `Narration ${id}` },
  ...(notes ? { notes: { zh: `备注${id}`, en: `Notes ${id}` } } : {}),
  camera: { center: [113.1, 27.8] as [number, number], zoom: 9, bearing: 0, pitch: 0, duration: 1000 },
  layers: { railway: 1 },
  highlight: [],
  cites: [],
});
const briefing: Briefing = {
  version: 1,
  id: 'b',
  title: { zh: '简报', en: 'Briefing' },
  chapters: [chapter('a'), chapter('b', false), chapter('c')],
};

describe('notesState', () => {
  it('carries the chapter, its notes and the next chapter', () => {
    const state = notesState(briefing, 0, 'zh', 1000, false);
    expect(state).toMatchObject({
      type: 'state',
      index: 0,
      count: 3,
      current: { title: { zh: '标题a' }, notes: { zh: '备注a' } },
      next: { title: { en: 'Title b' } },
      language: 'zh',
      startedAt: 1000,
      blank: false,
    });
    expect(state.next).not.toHaveProperty('notes');
    expect(notesState(briefing, 2, 'en', 0, true).next).toBeNull();
  });

  it('round-trips through the validator', () => {
    const state = notesState(briefing, 1, 'en', 5, true);
    expect(parseNotesMessage(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe('parseNotesMessage', () => {
  it.each([
    [{ type: 'hello' }],
    [{ type: 'closed' }],
    [{ type: 'command', command: 'next' }],
    [{ type: 'command', command: 'jump:12' }],
    [{ type: 'command', command: 'reset-view' }],
  ])('accepts %o', (message) => {
    expect(parseNotesMessage(message)).toEqual(message);
  });

  it.each([
    [null],
    ['next'],
    [{ type: 'command', command: 'exit' }],
    [{ type: 'command', command: 'jump:0' }],
    [{ type: 'command', command: 'jump:100' }],
    [{ type: 'command', command: 'fullscreen' }],
    [{ type: 'state', index: 0 }],
    [{ type: 'other' }],
  ])('rejects %o', (message) => {
    expect(parseNotesMessage(message)).toBeNull();
  });
});
