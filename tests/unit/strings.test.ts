import { describe, expect, it } from 'vitest';
import { FEATURE_STRINGS } from '../../src/app/strings';
import { core } from '../../src/i18n/core';
import { trackingPanel } from '../../src/features/tracking/panelStrings';
import type { Resource } from '../../src/i18n';

/** Every string file, the first screen's and those fetched with a feature's code. */
const FILES: [string, Resource][] = [
  ['core', core],
  ...FEATURE_STRINGS.map((r, i): [string, Resource] => [`feature ${i} (${Object.keys(r.zh).join(',')})`, r]),
  ['tracking panel', trackingPanel],
];

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('string files', () => {
  for (const [name, file] of FILES) {
    it(`${name}: every Chinese string has its English twin and no English string is left over`, () => {
      const zh = keyPaths(file.zh).sort();
      const en = keyPaths(file.en).sort();
      expect(en).toEqual(zh);
      for (const path of zh) expect(path.length).toBeGreaterThan(0);
    });
  }

  it('the tracking view’s strings stay off the first screen: only its tab’s name is there', () => {
    const first = FEATURE_STRINGS.find((r) => 'tracking' in r.zh)!;
    expect(keyPaths(first.zh)).toEqual(['tracking.tab']);
    expect(keyPaths(trackingPanel.zh)).not.toContain('tracking.tab');
    expect(keyPaths(trackingPanel.zh).length).toBeGreaterThan(20);
  });
});
