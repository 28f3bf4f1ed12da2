/** The seed texts' titles, for naming a sentence's source ("002 2024–2026 新闻"). */
export const SEED_TITLES: Record<string, { zh: string; en: string }> = {
  '000': { zh: '规划局 2021–2025 工作总结', en: 'Planning bureau review 2021–2025' },
  '001': { zh: '“十四五”规划纲要', en: '14th Five-Year Plan outline' },
  '002': { zh: '2024–2026 新闻', en: 'News 2024–2026' },
  '003': { zh: '2024–2026 新闻', en: 'News 2024–2026' },
  '004': { zh: '2024–2026 新闻', en: 'News 2024–2026' },
};
