import { describe, expect, it } from 'vitest';
import { checkGeometry } from '../../src/geo/parcels/geometry';
import { SCHEMATIC_NOTE } from '../../src/map/exportLayout';

describe('messages a new user reads (issue 18)', () => {
  it('a wrong coordinate system is named as such, not as "NaN、空值"', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [38416200, 3076500],
          [38416400, 3076500],
          [38416400, 3076800],
          [38416200, 3076500],
        ],
      ],
    };
    // Gauss–Krüger metres read as lon/lat: far off the globe.
    const result = checkGeometry(square);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.zh).toContain('坐标系');
    expect(result.reason.zh).not.toMatch(/NaN|空值/);
    expect(result.reason.en).toContain('coordinate system');
    // Not numbers at all: said plainly, still without "NaN".
    const bad = checkGeometry({ type: 'Point', coordinates: ['a', 'b'] } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason.zh).not.toMatch(/NaN|坐标系/);
  });

  it('the PNG export badge speaks the export’s language only', () => {
    expect(SCHEMATIC_NOTE.zh).toBe('示意图');
    expect(SCHEMATIC_NOTE.en).toBe('Schematic');
    expect(SCHEMATIC_NOTE.zh).not.toMatch(/[a-z]/i);
  });
});
