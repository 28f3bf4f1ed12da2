/**
 * The industry chains of the "3+5+2" system: which chain an industry name belongs to, and whether a feature's
 * industries match the filter's industry values (a chain id, a group or a literal name).
 */

export type IndustryGroup = 'power' | 'emerging' | 'traditional';
export interface IndustryChain {
  id: string;
  group: IndustryGroup;
  zh: string;
  en: string;
  /**
   * Substrings of the industry names parks and projects use (专栏12 says "电子信息", "纺织服饰",
   * "人工智能与大数据", …) that belong to this chain.
   */
  match: readonly string[];
}

/**
 * "构建涵盖三大动力产业、五大新兴产业、两大传统产业的'3+5+2'产业集群" (seed 001, 第六章 第一节, line ~482):
 * 3 动力产业 轨道交通 / 航空航天 / 新能源汽车; 5 新兴产业 新一代信息技术 / 新材料 / 新能源与节能环保 /
 * 生物医药与大健康 / 新型功能玻璃; 2 传统产业 陶瓷 / 服饰.
 */
export const INDUSTRY_CHAINS: readonly IndustryChain[] = [
  { id: 'rail', group: 'power', zh: '轨道交通', en: 'Rail transit equipment', match: ['轨道交通', '轨道'] },
  {
    id: 'aero',
    group: 'power',
    zh: '航空航天',
    en: 'Aerospace',
    match: ['航空', '航天', '通用航空', '通航', '低空'],
  },
  {
    id: 'nev',
    group: 'power',
    zh: '新能源汽车',
    en: 'New-energy vehicles',
    match: ['新能源汽车', '汽车', '智能网联'],
  },
  {
    id: 'it',
    group: 'emerging',
    zh: '新一代信息技术',
    en: 'Next-generation IT',
    match: ['信息技术', '电子信息', '人工智能', '大数据', '数字', '物联网', '计算机', '软件', '北斗'],
  },
  { id: 'materials', group: 'emerging', zh: '新材料', en: 'New materials', match: ['新材料', '硬质合金', '材料'] },
  {
    id: 'energy',
    group: 'emerging',
    zh: '新能源与节能环保',
    en: 'New energy and environmental protection',
    match: ['新能源与节能环保', '节能环保', '新能源', '环保', '储能'],
  },
  {
    id: 'bio',
    group: 'emerging',
    zh: '生物医药与大健康',
    en: 'Biomedicine and health',
    match: ['生物医药', '医药', '大健康', '医疗'],
  },
  { id: 'glass', group: 'emerging', zh: '新型功能玻璃', en: 'Functional glass', match: ['玻璃'] },
  { id: 'ceramics', group: 'traditional', zh: '陶瓷', en: 'Ceramics', match: ['陶瓷'] },
  { id: 'apparel', group: 'traditional', zh: '服饰', en: 'Apparel', match: ['服饰', '服装', '纺织'] },
];
export const CHAIN_BY_ID = new Map(INDUSTRY_CHAINS.map((chain) => [chain.id, chain]));

/** The chain an industry name belongs to, or null ("包装", "绿色食品" are outside the 3+5+2 system). */
const chainCache = new Map<string, IndustryChain | null>();

export function chainOfIndustry(industry: string): IndustryChain | null {
  const cached = chainCache.get(industry);
  if (cached !== undefined) return cached;
  // 新能源汽车 must not fall into 新能源: the longest matching key wins.
  let best: IndustryChain | null = null;
  let bestLength = 0;
  for (const chain of INDUSTRY_CHAINS) {
    for (const key of chain.match) {
      if (key.length > bestLength && industry.includes(key)) {
        best = chain;
        bestLength = key.length;
      }
    }
  }
  chainCache.set(industry, best);
  return best;
}

/**
 * Industry filter values: a chain id ("rail"), a group ("group:power"), or a literal industry name as the
 * data spells it ("绿色食品"). A feature matches when any of its industries matches any value.
 */
export function industryMatches(industries: readonly string[] | undefined, values: readonly string[]): boolean {
  if (!industries || industries.length === 0) return false;
  for (const value of values) {
    if (value.startsWith('group:')) {
      const group = value.slice(6);
      if (industries.some((name) => chainOfIndustry(name)?.group === group)) return true;
    } else if (CHAIN_BY_ID.has(value)) {
      if (industries.some((name) => chainOfIndustry(name)?.id === value)) return true;
    } else if (industries.includes(value)) {
      return true;
    }
  }
  return false;
}

/**
 * The industry filter values that match nothing the data could ever have: literal names no feature lists (chain
 * ids and groups are always known). A link's `f.ind=不存在的产业` is checked once the data has loaded.
 */
export function unknownIndustries(
  values: readonly string[],
  features: readonly { properties: { industries?: readonly string[] } }[],
): string[] {
  const literal = values.filter((v) => !CHAIN_BY_ID.has(v) && !v.startsWith('group:'));
  if (literal.length === 0) return [];
  const names = new Set<string>();
  for (const f of features) for (const name of f.properties.industries ?? []) names.add(name);
  return literal.filter((v) => !names.has(v));
}
