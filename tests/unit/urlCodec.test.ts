import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/app/store';
import { readUrl, writeUrl } from '../../src/app/urlCodecs';
import { formatCamera, parseCamera, parseLayers } from '../../src/state/urlCodec';

const baseState = () => useAppStore.getInitialState();

describe('share-link format v1', () => {
  it('round-trips camera, layers with opacity, selection, mode and language', () => {
    const state = {
      ...baseState(),
      camera: { center: [113.13456, 27.82713] as [number, number], zoom: 10.25, bearing: 15, pitch: 30 },
      visible: { ...baseState().visible, railway: true, expressway: false, hub: true },
      opacity: { ...baseState().opacity, railway: 0.5 },
      selectedId: 'hub-zhuzhou-west',
      mode: 'measure' as const,
      language: 'en' as const,
    };
    const url = writeUrl(state);
    expect(url).toContain('map=10.25/27.82713/113.13456/15/30');
    expect(url).toContain('railway:0.5');
    const { patch, rejected } = readUrl(url);
    expect(rejected).toEqual([]);
    expect(patch.camera).toEqual(state.camera);
    expect(patch.visible).toEqual(state.visible);
    expect(patch.opacity?.railway).toBe(0.5);
    expect(patch.selectedId).toBe('hub-zhuzhou-west');
    expect(patch.mode).toBe('measure');
    expect(patch.language).toBe('en');
  });

  it('leaves default values out of the link', () => {
    const url = writeUrl(baseState());
    expect(url).not.toContain('layers=');
    expect(url).not.toContain('mode=');
    expect(url).not.toContain('lang=');
    expect(url.startsWith('?v=1&')).toBe(true);
  });

  it('rejects malformed and hostile values by name and keeps defaults', () => {
    const { patch, rejected } = readUrl(
      '?v=1&map=abc&layers=railway,%3Cscript%3E&sel=%3Cimg%20onerror%3Dx%3E&mode=admin&lang=fr',
    );
    expect(rejected.sort()).toEqual(['lang', 'layers', 'map', 'mode', 'sel']);
    expect(patch.camera).toBeUndefined();
    expect(patch.selectedId).toBeNull();
    expect(patch.mode).toBe('explore');
    expect(patch.language).toBe('zh');
    expect(patch.visible).toEqual(baseState().visible);
  });

  it('refuses an unknown version as a whole', () => {
    const result = readUrl('?v=7&map=9/27/113&lang=en');
    expect(result.unsupportedVersion).toBe('7');
    expect(result.patch.language).toBe('zh');
    expect(result.patch.camera).toBeUndefined();
  });

  it('reads a link without a version as version 1', () => {
    expect(readUrl('?map=9/27.5/113.4').patch.camera?.zoom).toBe(9);
  });

  it('validates camera ranges', () => {
    expect(parseCamera('9/27.5/113.4')).toEqual({ zoom: 9, center: [113.4, 27.5], bearing: 0, pitch: 0 });
    expect(parseCamera('30/27.5/113.4')).toBeNull();
    expect(parseCamera('9/95/113.4')).toBeNull();
    expect(parseCamera('9/27.5/113.4/0/120')).toBeNull();
    expect(parseCamera('9/27.5')).toBeNull();
    expect(parseCamera('9e2/27.5/113')).toBeNull();
    expect(formatCamera({ zoom: 9.123, center: [113.123456, 27.5], bearing: 0, pitch: 0 })).toBe('9.12/27.5/113.12346');
  });

  it('parses layer lists strictly', () => {
    expect(parseLayers('')?.visible.railway).toBe(false);
    expect(parseLayers('railway:1.5')).toBeNull();
    expect(parseLayers('railway:0.25')?.opacity.railway).toBe(0.25);
    expect(parseLayers('nope')).toBeNull();
  });

  it('drops an over-long parameter', () => {
    const { rejected } = readUrl(`?v=1&sel=${'a'.repeat(5000)}`);
    expect(rejected).toContain('sel');
  });
});
