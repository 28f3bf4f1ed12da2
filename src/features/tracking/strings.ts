/**
 * The plan-tracking strings the first screen needs: the tab's name. The view's own strings (./panelStrings.ts)
 * come with its code.
 */
export const tracking = {
  zh: { tracking: { tab: '实施' } },
  en: { tracking: { tab: 'Delivery' } },
};
