import { describe, expect, it } from 'vitest';
import { snapSheet, stepSheet } from '../../src/ui/sheetModel';

describe('bottom sheet heights', () => {
  const heights = { peek: 52, half: 300, full: 590 };
  it('snaps a drag to the nearest height', () => {
    expect(snapSheet(60, heights)).toBe('peek');
    expect(snapSheet(190, heights)).toBe('half');
    expect(snapSheet(460, heights)).toBe('full');
    expect(snapSheet(2000, heights)).toBe('full');
  });
  it('steps up and down, clamped', () => {
    expect(stepSheet('peek', 1)).toBe('half');
    expect(stepSheet('half', 1)).toBe('full');
    expect(stepSheet('full', 1)).toBe('full');
    expect(stepSheet('half', -1)).toBe('peek');
    expect(stepSheet('peek', -1)).toBe('peek');
  });
});
