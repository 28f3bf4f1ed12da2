/** Why a drawn shape cannot be measured, in zh and en: apart from ./measure.ts so the strings load without it. */
export type DrawingErrorCode = 'too_few_points' | 'self_intersection' | 'zero_area' | 'invalid_coordinates';

export const DRAWING_ERROR_MESSAGES: Record<DrawingErrorCode, { zh: string; en: string }> = {
  too_few_points: {
    zh: '点数不足：距离至少需要 2 个点，面积至少需要 3 个点。',
    en: 'Too few points: a distance needs at least 2 points, an area at least 3.',
  },
  self_intersection: {
    zh: '图形自相交，无法计算面积。请移动顶点使边不交叉。',
    en: 'The shape crosses itself, so its area is undefined. Move a vertex so the edges do not cross.',
  },
  zero_area: {
    zh: '面积为零：所有点几乎在一条直线上。',
    en: 'The area is zero: all points lie (almost) on one line.',
  },
  invalid_coordinates: {
    zh: '坐标无效（纬度须在 ±90° 内）。',
    en: 'Invalid coordinates (latitude must be within ±90°).',
  },
};
