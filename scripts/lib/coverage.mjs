/**
 * Coverage of the seeds by the geodata: which named places of the plan text (parks, stations, railways,
 * roads, ports, towns, …) a geodata feature maps, and why the others are left out.
 *
 * Plain Node ESM so that `npm run coverage-report` runs without a TypeScript step; the Vitest suite
 * imports the same functions (types in coverage.d.mts). Extraction is pure (text in, names out); the
 * loaders at the bottom read the seed folder, geodata/plan and the exclusion list.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// ─── Kinds ──────────────────────────────────────────────────────────────────────────────────────────

/** What a name is. The report counts by kind; matching against geodata checks kind ↔ category. */
export const KINDS = [
  'park',
  'new_town',
  'featured_town',
  'town',
  'station',
  'railway',
  'expressway',
  'road',
  'port',
  'airport',
  'hub',
  'logistics',
  'tourism',
  'mountain',
  'river',
  'agri_area',
  'structure',
  'project',
];

export const KIND_LABELS = {
  park: '园区 park',
  new_town: '新城/片区 new town',
  featured_town: '特色小镇 featured town',
  town: '镇/乡 town',
  station: '车站 station',
  railway: '铁路 railway',
  expressway: '高速 expressway',
  road: '国省道 road',
  port: '港区/码头 port',
  airport: '机场 airport',
  hub: '枢纽 hub',
  logistics: '物流 logistics',
  tourism: '景区 tourism',
  mountain: '山体 mountain',
  river: '河流 river',
  agri_area: '农业片区 agricultural area',
  structure: '空间结构 spatial structure',
  project: '项目 project',
};

/**
 * Geodata categories a feature may have to count as a loose (containment) match for a name of this
 * kind. Exact name / alias matches are accepted whatever the category.
 */
export const KIND_CATEGORIES = {
  park: ['industrial_park', 'agri_park', 'new_town', 'project', 'regional'],
  new_town: ['new_town', 'industrial_park', 'growth_pole', 'core_area', 'project', 'regional'],
  featured_town: ['town', 'new_town', 'industrial_park', 'agri_park', 'tourism', 'project'],
  town: ['town'],
  station: ['hub', 'urban_transit'],
  railway: ['railway', 'urban_transit', 'regional'],
  expressway: ['expressway', 'regional'],
  road: ['national_road', 'provincial_road', 'expressway'],
  port: ['port', 'hub', 'project'],
  airport: ['airport', 'hub', 'regional'],
  hub: ['hub', 'port', 'project', 'regional'],
  logistics: ['hub', 'port', 'project', 'industrial_park'],
  tourism: ['tourism', 'protected_area', 'project', 'new_town', 'regional'],
  mountain: ['mountain'],
  river: ['river', 'waterway'],
  agri_area: ['agri_area'],
  structure: ['core_area', 'growth_pole', 'metro_circle', 'corridor'],
  project: [
    'project',
    'industrial_park',
    'hub',
    'port',
    'airport',
    'tourism',
    'new_town',
    'railway',
    'expressway',
    'national_road',
    'urban_transit',
  ],
};

// ─── Text normalisation ─────────────────────────────────────────────────────────────────────────────

/** Known OCR misreadings in the seeds, fixed before anything else. Order matters (longer first). */
export const OCR_FIXES = [
  [/涑口|涪口|涠口/g, '渌口'],
  [/董家墩|董家垅/g, '董家塅'],
  [/洙水/g, '洣水'],
  [/淶田/g, '渌田'],
  [/涑/g, '渌'], // 涑水 → 渌水, 涑枫大道 → 渌枫大道
  [/南州/g, '南洲'], // 环保材料小镇(南州)
  [/汾山/g, '沩山'], // 醴陵's 沩山镇 in the town table
  [/舩舫/g, '舲舫'], // 茶陵's 舲舫乡 in the town table
];

/** Applies the OCR fixes only. */
export function fixOcr(text) {
  let out = text;
  for (const [pattern, replacement] of OCR_FIXES) out = out.replace(pattern, replacement);
  return out;
}

const CJK = '\\u3400-\\u9fff';
const CJK_RE = new RegExp(`[${CJK}]`);

/**
 * One seed line as the extractor reads it: NFKC (full-width brackets, digits and colons become ASCII),
 * OCR fixes, no markdown or HTML, no spaces next to Chinese characters, one kind of dash.
 */
export function normaliseLine(text) {
  let out = text.normalize('NFKC');
  out = out.replace(/<\/?p>/g, ' ').replace(/\*\*/g, '');
  out = fixOcr(out);
  out = out.replace(new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g'), '');
  out = out.replace(/[–—－~～]+/g, '-');
  return out;
}

/** The key two names are compared by: NFKC, OCR fixes, no spaces, quotes, dots or brackets, one dash. */
export function nameKey(name) {
  return normaliseLine(name)
    .replace(/[\s"'“”‘’「」『』·•・]/g, '')
    .replace(/[()（）[\]【】]/g, '')
    .replace(/-+/g, '-');
}

/** Trailing words that do not change what place is meant: "…项目", "…有限公司", "…二期", "…扩能改造". */
const QUALIFIER_SUFFIX_RE =
  /(股份有限公司|有限责任公司|有限公司|建设项目|项目|建设工程|工程|建设|扩能改造|改扩建|提质改造|改造|一期|二期|三期|四期|\([^()]*\))$/;

/**
 * A looser key: bracketed remarks dropped, "渌口区" read as "渌口", and qualifiers ("项目", "有限公司",
 * "二期", …) stripped from the end, repeatedly. "龙泉(服饰)智能制造产业园项目" → "龙泉智能制造产业园".
 */
export function looseKey(name) {
  // Brackets go, and a district written with or without 区 (渌口区 / 渌口) reads the same.
  let out = normaliseLine(name)
    .replace(/\([^()]*\)/g, '')
    .replace(/(荷塘|芦淞|石峰|天元|渌口)区/g, '$1');
  for (;;) {
    const next = out.replace(QUALIFIER_SUFFIX_RE, '');
    if (next === out || next.length < 2) break;
    out = next;
  }
  return nameKey(out);
}

// ─── Zhuzhou context ────────────────────────────────────────────────────────────────────────────────

/** Words that place a news line in Zhuzhou: the city, its nine county units and well-known areas. */
export const ZHUZHOU_MARKERS = [
  '株洲 荷塘 芦淞 石峰 天元 渌口 醴陵 攸县 茶陵 炎陵 清水塘 田心 董家塅',
  '云龙 神农 铜塘湾 白关',
]
  .join(' ')
  .split(' ');

/** Words of the other cities whose articles share a page with Zhuzhou news in the seeds. */
export const OTHER_CITY_MARKERS = [
  '娄底 涟钢 华菱 桂阳 郴州 湘江新区 岳麓区 冷水江 新化 双峰 涟源 衡阳市',
  '湘潭市 岳阳 常德 邵阳 永州 怀化 益阳 张家界 湘西',
]
  .join(' ')
  .split(' ');

/**
 * Which lines of a news file are about Zhuzhou. A line naming Zhuzhou (or a county unit) is; a line
 * naming another city and not Zhuzhou is not; any other line takes the state of the line before, so an
 * article about 娄底 stays out until a line names Zhuzhou again. Files start in the Zhuzhou state.
 */
export function zhuzhouLines(lines) {
  let inZhuzhou = true;
  return lines.map((line) => {
    const zz = ZHUZHOU_MARKERS.some((m) => line.includes(m));
    const other = OTHER_CITY_MARKERS.some((m) => line.includes(m));
    if (zz) inZhuzhou = true;
    else if (other) inZhuzhou = false;
    return inZhuzhou;
  });
}

// ─── Curated names ──────────────────────────────────────────────────────────────────────────────────

/**
 * Names the suffix rules cannot find (no suffix, "A至B" railways, names with 与/和 inside, bracketed
 * parts) or that the text spells several ways. `variants` are the spellings in the (normalised) text;
 * each occurrence counts for `name`. Curated spans are masked before the suffix rules run.
 */
export const CURATED = [
  // ── 四山四水
  { name: '大京山-雪峰山', kind: 'mountain', variants: ['大京山-雪峰山'] },
  { name: '阔坊山-大安山', kind: 'mountain', variants: ['阔坊山-大安山'] },
  { name: '云阳山-九曲山', kind: 'mountain', variants: ['云阳山-九曲山'] },
  { name: '八担山-钟形山', kind: 'mountain', variants: ['八担山-钟形山'] },
  {
    name: '湘江',
    kind: 'river',
    variants: ['湘江'],
    notFollowedBy: '新城|新区|3000|现代服务业|教育|西岸|东岸|两岸|沿岸|\\(株洲段\\)',
  },
  { name: '渌水', kind: 'river', variants: ['渌水', '渌江'], notFollowedBy: '经开区|陶湾|1000|省际' },
  { name: '洣水', kind: 'river', variants: ['洣水'] },
  { name: '攸水', kind: 'river', variants: ['攸水'] },
  // ── 四区 agricultural areas
  { name: '株醴都市休闲农业区', kind: 'agri_area', variants: ['株醴都市休闲农业区'] },
  { name: '攸县丘岗传统农业区', kind: 'agri_area', variants: ['攸县丘岗传统农业区'] },
  { name: '茶陵丘岗传统农业区', kind: 'agri_area', variants: ['茶陵丘岗传统农业区'] },
  { name: '炎陵山地特色农业区', kind: 'agri_area', variants: ['炎陵山地特色农业区'] },
  // ── 一核一圈一廊 and the three growth poles
  { name: '中心城区发展核', kind: 'structure', variants: ['中心城区发展核'] },
  { name: '株醴都市圈', kind: 'structure', variants: ['株醴都市圈'] },
  { name: '醴炎县域经济发展走廊', kind: 'structure', variants: ['醴炎县域经济发展走廊'] },
  { name: '北向增长极', kind: 'structure', variants: ['以云龙大道为轴的北向增长极'] },
  { name: '东向增长极', kind: 'structure', variants: ['以东城大道为轴的东向增长极'] },
  { name: '南向增长极', kind: 'structure', variants: ['以湘江为轴的南向增长极'] },
  // ── railways
  {
    name: '韶山至井冈山铁路',
    kind: 'railway',
    variants: ['韶山至井冈山铁路', '韶山经醴茶铁路至井冈山', '韶山经醴陵至井冈山旅游铁路', '韶山至炎陵红色旅游专列'],
  },
  {
    name: '岳长衡高铁(城际)复合通道',
    kind: 'railway',
    variants: ['岳长衡高铁(城际)复合通道', '岳长衡高铁城际复合通道', '岳长衡城际'],
  },
  {
    name: '醴娄高铁(城际)复合通道',
    kind: 'railway',
    variants: ['醴娄高铁(城际)复合通道', '醴陵至娄底高铁城际复合通道'],
  },
  { name: '浏醴铁路', kind: 'railway', variants: ['浏醴'] },
  { name: '炎韶铁路', kind: 'railway', variants: ['炎韶铁路'] },
  { name: '长赣铁路', kind: 'railway', variants: ['长赣'] },
  { name: '蒙华铁路南延(咸宁至韶关高铁)', kind: 'railway', variants: ['蒙华铁路南延(咸宁至韶关高铁)', '咸韶铁路'] },
  { name: '长沙至福州高铁', kind: 'railway', variants: ['长沙至福州高铁'] },
  { name: '株洲至醴陵城际', kind: 'railway', variants: ['株洲至醴陵城际'] },
  { name: '株洲西经渌口区至醴陵东铁路', kind: 'railway', variants: ['株洲西经渌口区至醴陵东铁路'] },
  {
    name: '长株潭城际铁路',
    kind: 'railway',
    variants: ['长株潭城际铁路', '长株潭城际'],
    notFollowedBy: '公交|东向|南延',
  },
  { name: '长株潭城际铁路南延', kind: 'railway', variants: ['长株潭城际南延', '南延长株潭城际铁路'] },
  { name: '长株潭城际东延', kind: 'railway', variants: ['长株潭城际东向延伸'] },
  { name: '衡茶吉铁路', kind: 'railway', variants: ['衡茶吉铁路'] },
  { name: '长沙地铁9号线', kind: 'railway', variants: ['长沙地铁9号线'] },
  { name: '湘潭北-株洲西轨道交通线', kind: 'railway', variants: ['湘潭北-株洲西轨道交通线'] },
  { name: '株洲至醴陵智轨专线', kind: 'railway', variants: ['株洲至醴陵智轨专线'] },
  // ── expressways
  {
    name: '京港澳高速东移(长株攸高速)',
    kind: 'expressway',
    variants: [
      '京港澳高速东移(长株攸高速)',
      '京港澳东移线高速公路',
      '京港澳东移线',
      'G4京港澳东移',
      '京港澳高速东移',
      '长株攸高速',
    ],
  },
  { name: '长株潭南环线高速', kind: 'expressway', variants: ['长株潭南环线高速', '(长)株潭南环线'] },
  { name: '上栗至醴陵高速', kind: 'expressway', variants: ['上栗至醴陵高速'] },
  { name: '茶常高速', kind: 'expressway', variants: ['茶常高速', '茶陵-常宁高速'] },
  { name: '沪昆高速', kind: 'expressway', variants: ['沪昆高速萍乡-醴陵-娄底段', '沪昆高速'] },
  { name: '泉南高速', kind: 'expressway', variants: ['泉南高速(含安仁支线)', '泉南高速'] },
  // ── stations and hubs
  { name: '株洲站', kind: 'station', variants: ['长株潭城际铁路株洲站', '株洲火车站'], notFollowedBy: '枢纽|综合' },
  { name: '株洲西站', kind: 'station', variants: ['株洲西高铁站'] },
  { name: '大丰站', kind: 'station', variants: ['暮云东-大丰站-株洲西'] },
  { name: '株洲北站', kind: 'station', variants: ['株洲北站'] },
  { name: '株洲北编组站', kind: 'station', variants: ['株洲北编组站'] },
  { name: '株洲火车站综合交通枢纽', kind: 'hub', variants: ['株洲火车站枢纽中心', '火车站综合交通枢纽'] },
  { name: '株洲铁路综合货运枢纽', kind: 'hub', variants: ['株洲铁路综合货运枢纽', '株洲铁路综合枢纽'] },
  // ── airports and ports
  { name: '长沙黄花国际机场', kind: 'airport', variants: ['黄花国际机场', '长沙黄花机场'] },
  { name: '铜塘湾港区', kind: 'port', variants: ['铜塘湾港区', '铜塘湾港'] },
  { name: '株洲港', kind: 'port', variants: ['株洲港'] },
  // ── logistics
  {
    name: '铜塘湾保税物流中心(B型)',
    kind: 'logistics',
    variants: ['铜塘湾保税物流中心(B型)', '铜塘湾保税物流中心', '株洲保税物流中心(B型)'],
  },
  { name: '清水塘综合物流园', kind: 'logistics', variants: ['株洲清水塘综合国际物流园', '清水塘综合物流园'] },
  {
    name: '荷塘现代物流城',
    kind: 'logistics',
    variants: ['荷塘现代物流城', '荷塘现代综合物流园', '现代物流城'],
  },
  // ── parks and new towns without a suffix the rules know, or with 与/(…) inside
  { name: '株洲高新区', kind: 'park', variants: ['株洲高新区(河西示范园)', '株洲高新区河西示范园', '株洲高新区'] },
  { name: '渌口经开区', kind: 'park', variants: ['渌口经开区', '渌水经开区'] },
  {
    name: '湖南云龙大数据产业园',
    kind: 'park',
    variants: [
      '湖南云龙大数据产业园',
      '湖南(云龙)大数据产业园',
      '湖南云龙大数据产业园区',
      // the titles line 1019 of 001 says this park is to earn:
      '湖南数字经济创新(孵化)园区',
      '湖南大数据产业集聚园区',
      '长株潭产业融合发展示范园区',
    ],
  },
  { name: '动力谷自主创新园', kind: 'park', variants: ['动力谷自主创新园'] },
  { name: '果子熟了湖南生产基地', kind: 'project', variants: ['果子熟了湖南生产基地项目', '果子熟了'] },
  {
    name: '中国(湖南)自贸区长沙片区',
    kind: 'new_town',
    variants: ['中国(湖南)自贸区长沙片区', '中国(湖南)自由贸易试验区长沙片区'],
  },
  { name: '电力新能源与装备制造产业园', kind: 'park', variants: ['电力新能源与装备制造产业园'] },
  { name: '中国(株洲)包装印刷智能制造产业园', kind: 'park', variants: ['中国(株洲)包装印刷智能制造产业园'] },
  {
    name: '湖南(株洲)职业教育科技园',
    kind: 'park',
    variants: [
      '湖南(株洲)职业教育科技园',
      '湖南(株洲)职教科技园',
      '湖南(株洲)职教城',
      '湖南(株洲)职教园',
      '九郎山职教城',
    ],
  },
  { name: '董家塅国家新型工业化示范基地', kind: 'park', variants: ['董家塅国家新型工业化示范基地'] },
  { name: '三一智慧钢铁城', kind: 'park', variants: ['三一智慧钢铁城'] },
  { name: '航空城', kind: 'new_town', variants: ['凤凰航空城', '航空城'], notFollowedBy: '建设' },
  { name: '服饰城', kind: 'new_town', variants: ['服饰城'] },
  { name: '芦淞服饰城', kind: 'park', variants: ['芦淞服饰城'] },
  { name: '田心轨道城', kind: 'new_town', variants: ['田心轨道城'] },
  { name: '荷塘商贸城', kind: 'new_town', variants: ['荷塘商贸城'] },
  { name: '枫溪生态城', kind: 'new_town', variants: ['枫溪生态城'] },
  {
    name: '清水塘生态科技产业新城',
    kind: 'new_town',
    variants: ['清水塘生态科技产业新城', '清水塘生态科技新城', '清水塘产业生态新城'],
  },
  { name: '清水塘片区', kind: 'new_town', variants: ['清水塘示范片区', '清水塘片区'] },
  { name: '清水塘数字智能新城示范区', kind: 'new_town', variants: ['清水塘数字智能新城示范区'] },
  { name: '长株潭生态绿心', kind: 'tourism', variants: ['长株潭生态绿心', '长株潭城市群生态绿心'] },
  // ── tourism
  { name: '炎帝陵', kind: 'tourism', variants: ['炎帝陵'] },
  { name: '清水塘工业遗址公园', kind: 'tourism', variants: ['清水塘工业遗址公园'] },
  {
    name: '醴陵窑考古遗址公园',
    kind: 'tourism',
    variants: ['醴陵窑"考古遗址公园', '醴陵窑考古遗址公园', '醴陵窑“考古遗址公园'],
  },
  { name: '云峰森林植物园', kind: 'tourism', variants: ['云峰森林植物园'] },
  { name: '神农百草园', kind: 'tourism', variants: ['神农百草园', '国家中医药材种质资源库'] },
  { name: '长征国家文化公园(株洲段)', kind: 'tourism', variants: ['长征国家文化公园(株洲段)'] },
  // ── projects named in the news (000, 002–004) and the plan
  {
    name: '株洲电厂退城进郊',
    kind: 'project',
    variants: ['株洲电厂"退城进郊"', '株洲电厂“退城进郊”', '株洲"退城进郊"', '株洲“退城进郊”'],
  },
  { name: '攸县抽水蓄能电站', kind: 'project', variants: ['攸县抽水蓄能发电站', '攸县3×40万千瓦抽水蓄能'] },
  { name: '渌口龙门核电', kind: 'project', variants: ['渌口龙门核电'] },
  { name: '清水塘大桥', kind: 'project', variants: ['清水塘大桥'] },
  { name: '群丰大桥', kind: 'project', variants: ['群丰大桥'] },
  { name: '铁东路', kind: 'project', variants: ['铁东路'] },
  { name: 'IGBT三期', kind: 'project', variants: ['IGBT三期'] },
  {
    name: '中车双碳产业园',
    kind: 'project',
    variants: ['中车"双碳"产业园', '中车“双碳”产业园', '中车双碳产业园', '中车双碳'],
  },
  { name: '三一硅能', kind: 'project', variants: ['三一硅能'] },
  { name: '六合方盛', kind: 'project', variants: ['六合方盛'] },
  { name: '科尔诺', kind: 'project', variants: ['科尔诺'] },
  { name: '株洲905基地', kind: 'project', variants: ['株洲905基地'] },
  { name: '株洲科创基金港', kind: 'project', variants: ['株洲科创基金港'] },
  { name: '快速磁浮交通新技术试验验证中心', kind: 'project', variants: ['快速磁浮交通新技术试验验证中心'] },
  { name: '株洲北站扩能改造', kind: 'project', variants: ['株洲北站扩能改造'] },
  { name: '株洲综合物流集散中心', kind: 'logistics', variants: ['株洲综合物流集散中心'] },
  { name: '中非经贸港', kind: 'project', variants: ['中非经贸港'] },
  { name: '龙泉(服饰)智能制造产业园', kind: 'park', variants: ['龙泉(服饰)智能制造产业园'] },
  { name: '芦淞·1937文创产业园', kind: 'park', variants: ['芦淞·1937文创产业园'] },
  { name: '芦淞通用机场', kind: 'airport', variants: ['芦淞通用机场'] },
  { name: '芦淞市场群', kind: 'project', variants: ['芦淞市场群', '芦淞服饰市场群'] },
  { name: '北斗湖时空信息科技园', kind: 'park', variants: ['北斗湖时空信息科技园'] },
  {
    name: 'G320上跨四三〇厂专用线立交工程',
    kind: 'project',
    variants: ['G320上跨四三〇厂专用线立交工程', 'G320上跨铁路立交'],
  },
  { name: '大坪渡口城中村', kind: 'project', variants: ['大坪渡口城中村'] },
  { name: '霞湾港', kind: 'project', variants: ['霞湾港'] },
  { name: '文艺巷', kind: 'project', variants: ['文艺巷'] },
  { name: '生态绿道株洲段', kind: 'project', variants: ['生态绿道株洲段'] },
  {
    name: '荷塘新材料科技城',
    kind: 'new_town',
    variants: ['荷塘新材料科技城', '世界级材料科技城', '材料科技城'],
  },
  {
    name: '中车株洲电机实验室能力提升项目',
    kind: 'project',
    variants: ['中车株洲电机实验室能力提升建设项目'],
  },
  { name: '时代电气创新实验平台', kind: 'project', variants: ['时代电气创新实验平台'] },
];

// ─── Suffix rules ───────────────────────────────────────────────────────────────────────────────────

/**
 * Suffixes that end a place name, longest first, each with its kind and the text that must not follow
 * (so "高速公路" or "站点" are not names). `newsOnly` suffixes are used on the news files only.
 */
export const SUFFIX_RULES = [
  { suffix: '物流集散中心', kind: 'logistics' },
  { suffix: '物流中心', kind: 'logistics' },
  { suffix: '物流基地', kind: 'logistics' },
  { suffix: '物流园', kind: 'logistics', notFollowedBy: '区' },
  { suffix: '物流城', kind: 'logistics' },
  { suffix: '综合交通枢纽', kind: 'hub' },
  { suffix: '枢纽中心', kind: 'hub' },
  { suffix: '枢纽', kind: 'hub', notFollowedBy: '站|型|功能|经济|化' },
  { suffix: '港区', kind: 'port' },
  { suffix: '码头', kind: 'port' },
  { suffix: '机场', kind: 'airport', notFollowedBy: '联络线|网络|优势' },
  { suffix: '高铁站', kind: 'station' },
  { suffix: '编组站', kind: 'station' },
  { suffix: '站', kind: 'station', notFollowedBy: '点|式|合一|型|综合|枢纽|服务|政务' },
  { suffix: '城际铁路', kind: 'railway' },
  { suffix: '铁路', kind: 'railway', notFollowedBy: '物流|专用线|专线|口岸|运输|综合|干线|枢纽|功能|同城|立交|运行' },
  { suffix: '高铁', kind: 'railway', notFollowedBy: '站|线网|组合|城际|\\(城际\\)|城' },
  { suffix: '普铁', kind: 'railway' },
  { suffix: '城际', kind: 'railway', notFollowedBy: '公交|动车|客货|铁路|复合|\\)' },
  {
    suffix: '高速',
    kind: 'expressway',
    notFollowedBy: '公路|铁路|列车|磁浮|磁悬浮|增长|发展|运转|干线|动车|运行|转向',
  },
  { suffix: '景区', kind: 'tourism', notFollowedBy: '景点|通达|通景|进出' },
  { suffix: '度假区', kind: 'tourism' },
  { suffix: '森林公园', kind: 'tourism' },
  { suffix: '湿地公园', kind: 'tourism' },
  { suffix: '遗址公园', kind: 'tourism' },
  { suffix: '保护区', kind: 'tourism' },
  { suffix: '小镇', kind: 'featured_town', notFollowedBy: '商圈' },
  { suffix: '科技城', kind: 'new_town' },
  { suffix: '新城', kind: 'new_town', notFollowedBy: '商圈', notPrecededBy: '创' },
  { suffix: '新区', kind: 'new_town', notPrecededBy: '创' },
  { suffix: '片区', kind: 'new_town', notFollowedBy: '开发|发展|面貌|功能' },
  { suffix: '工业集中区', kind: 'park' },
  { suffix: '高新区', kind: 'park' },
  { suffix: '经开区', kind: 'park' },
  { suffix: '高科园', kind: 'park' },
  { suffix: '科技园', kind: 'park' },
  { suffix: '科创园', kind: 'park' },
  { suffix: '产业园区', kind: 'park' },
  { suffix: '工业园区', kind: 'park' },
  { suffix: '产业园', kind: 'park' },
  { suffix: '工业园', kind: 'park' },
  {
    suffix: '园区',
    kind: 'park',
    notFollowedBy:
      '治理|体制|扁平化|贡献|项目建设|高质量|排名|发展|工业|承载|规划|循环|亩均|平台|晋位|聚焦|和城镇|社会|调区|按市场|建立|看株洲|内|5G',
  },
  { suffix: '项目', kind: 'project', newsOnly: true },
  { suffix: '工程', kind: 'project', newsOnly: true, notFollowedBy: '机械|技术|师|建设|应用' },
];

/**
 * Words after which a name starts: verbs and function words that precede names in running text.
 * The stem is cut after the last of these it contains.
 */
export const BREAKERS = [
  '加快建设 加快推进 加快推动 加快发展 重点建设 重点推进 大力推进 全力推动',
  '全力推进 高标准建设 打造成 建设成 电气化改造 开发运营 高水平规划 规划建设',
  '规划新建 建设 建成 建好 改建 改扩建 扩建 新建 推进 推动 打造 依托',
  '支持 培育 实施 布局 形成 联动 共建 争创 创建 开通 启动 提升 优化',
  '完善 利用 发挥 统筹 融入 对接 落户 落地 落成 引进 招引 提质 做强',
  '做大 做优 强化 加快 加强 积极 着力 全力 大力 重点 进行 包括 围绕',
  '聚焦 深化 晋级 晋升 升格为 入选 列入 纳入 争取 谋划 开工 竣工 投产',
  '鸟瞰 力争 连通 通过 引入 建立 开展 串联 包含 清除 清理 取缔 专栏',
  '签约 申报 完成 树立 夯实 借鉴 创造 其中 同时 今年 以及 从 到 至 的',
  '在 与 和 及 为 是 把 将 对 向 由 以 等 了 即 或 并 让 使',
]
  .join(' ')
  .split(' ');

/** Suffix kinds whose names may contain "至" (A至B铁路) — for them 至 is not a breaker. */
const KEEP_ZHI = new Set(['railway', 'expressway']);

/**
 * Morphemes that say what something is, not which one it is. A name whose stem is only these (or
 * only one character besides them) is a generic phrase — "产业园区", "各类园区", "现代农业产业园".
 */
export const GENERIC_MORPHEMES = [
  '高新技术 国家级 省级 市级 县级 国家 全省 全市 全国 各类 一批 其他',
  '相关 现代化 现代 产业 工业 农业 特色 专业 加工 农产品 示范 重点 重大',
  '生态 科技 创新 创意 绿色 循环 集中 综合 交通 物流 铁路 高铁 组合',
  '区域 区域性 城市 城乡 农村 乡村 文化 文旅 旅游 休闲 标志性 新兴 试点',
  '孵化 标准化 专业化 生态型 集聚 通用 航空 县域 主城区 核心 慢行 开发',
  '成片 这些 各 该 本 型 化 级 类 个 批 亿元以上 以上 省市 国省 招商',
  '投资 建设 开工 竣工 储备 示范性 民生 公共 服务 基础设施 园区 融合',
  '先行 合作 一体化 高质量 发展 绿心 景点 水源 饮用水 一级 二级',
  '永久基本农田 耕地 生态保护 农田 客运 公交 长途 始发 工作 检查 加氢',
  '变电 发电 消防 一站 5G 规模 千亿 过 互联网 工业互联网 先进制造业',
  '先进 制造业 制造 百强 枢纽 公安 县市区 内 高速 市域 时速 公里 虚拟',
]
  .join(' ')
  .split(' ');

const MEASURE_RE = /^.*\d+(?:个|座|处|条|批|家|所)/;

/** County units and the city, stripped from the front of town names ("醴陵市茶山镇" → "茶山镇"). */
const COUNTY_PREFIX_RE = /^(?:株洲市)?(?:荷塘区|芦淞区|石峰区|天元区|渌口区|醴陵市|攸县|茶陵县|炎陵县|市区)/;

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when, after removing generic morphemes, fewer than two characters of the stem are left. */
export function isGenericStem(stem) {
  if (/^\d{3,4}$/.test(stem)) return false; // "331片区": named after the 331 factory
  let rest = stem.replace(/[\s()·"“”'-]/g, '');
  for (const m of [...GENERIC_MORPHEMES].sort((a, b) => b.length - a.length)) rest = rest.split(m).join('');
  return rest.replace(/\d/g, '').length < 2;
}

// ─── Clause splitting ───────────────────────────────────────────────────────────────────────────────

const OPEN_INLINE = '\u2985';
const CLOSE_INLINE = '\u2986';

/**
 * Splits a normalised line into clauses at punctuation. A short bracket or quote between two Chinese
 * characters is part of a name ("湖南(株洲)职业教育科技园", "中车“双碳”产业园") and is kept; any other
 * bracket is a clause boundary (its content becomes a clause of its own).
 */
export function splitClauses(line) {
  const inline = line
    .replace(new RegExp(`(?<=[${CJK}A-Za-z0-9])\\(([^()]{1,4})\\)(?=[${CJK}])`, 'g'), `${OPEN_INLINE}$1${CLOSE_INLINE}`)
    .replace(new RegExp(`(?<=[${CJK}])[“"‘']([^“”"‘’']{1,4})[”"’'](?=[${CJK}])`, 'g'), '$1');
  return inline
    .split(/[，。、；：:;,.!?！？“”"‘’'《》〈〉「」『』【】()[\]/|<>\t\s…-]+/)
    .map((c) => c.replaceAll(OPEN_INLINE, '(').replaceAll(CLOSE_INLINE, ')'))
    .filter((c) => c.length > 0);
}

// ─── Extraction ─────────────────────────────────────────────────────────────────────────────────────

const SUFFIX_RE = new RegExp(
  [...SUFFIX_RULES]
    .sort((a, b) => b.suffix.length - a.suffix.length)
    .map((r) => escapeRe(r.suffix))
    .join('|'),
  'g',
);
const RULE_BY_SUFFIX = new Map(SUFFIX_RULES.map((r) => [r.suffix, r]));

/** Cuts the stem after the last breaker word it contains. */
function cutAtBreakers(stem, kind) {
  let cut = 0;
  for (const word of BREAKERS) {
    if (word === '至' && KEEP_ZHI.has(kind)) continue;
    const at = stem.lastIndexOf(word);
    if (at >= 0 && at + word.length > cut) cut = at + word.length;
  }
  let out = stem.slice(cut);
  const measured = out.replace(MEASURE_RE, '');
  if (measured !== out) out = measured;
  return out;
}

/**
 * Names found by the suffix rules in one clause: each suffix ends a name whose start is the clause
 * start, the end of the previous name, or the last breaker word — whichever is latest.
 * @returns {{ name: string, kind: string, end: number }[]}
 */
export function suffixCandidates(clause, { news = false } = {}) {
  const out = [];
  let segStart = 0;
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(clause); m; m = SUFFIX_RE.exec(clause)) {
    const rule = RULE_BY_SUFFIX.get(m[0]);
    const end = m.index + m[0].length;
    if (!rule || (rule.newsOnly && !news)) continue;
    const after = clause.slice(end);
    const before = clause.slice(0, m.index);
    if (
      (rule.notFollowedBy && new RegExp(`^(?:${rule.notFollowedBy})`).test(after)) ||
      (rule.notPrecededBy && new RegExp(`(?:${rule.notPrecededBy})$`).test(before))
    ) {
      SUFFIX_RE.lastIndex = m.index + 1;
      continue;
    }
    let stem = cutAtBreakers(clause.slice(segStart, m.index), rule.kind);
    const open = stem.lastIndexOf('(');
    if (open >= 0 && stem.indexOf(')', open) < 0) stem = stem.slice(open + 1); // "两会(经开区" → "经开区"
    segStart = end;
    out.push({ name: stem + rule.suffix, kind: rule.kind, stem, end });
  }
  return out;
}

/** Town names from the town regex: "X镇" / "X乡" with a 2–5 character proper stem. */
export function townCandidates(clause) {
  const out = [];
  const re = new RegExp(`([${CJK}]{2,9}?)(镇|乡)(?!村|镇|区|愁|贤|风|土|亲|商|集|街|域|政|级|干部|振兴|建设)`, 'g');
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const stem = cutAtBreakers(m[1], 'town').replace(COUNTY_PREFIX_RE, '');
    if (stem.length < 2 || stem.length > 5) continue;
    if (/(城|小城|乡|村|集|强|建制|重点|中心|口子|试点|民族|特色|城乡|下|返|回|家|故|留|之|小|老)$/.test(stem))
      continue;
    if (/^(乡|镇|城|村|各|县|市|全|每|本)/.test(stem)) continue;
    out.push({ name: stem + m[2], kind: 'town' });
  }
  return out;
}

/** Road numbers: G106, S211. 1–2 digit G numbers and 4-digit ones are national expressways. */
export function roadCandidates(line) {
  const out = [];
  for (const m of line.matchAll(/(?<![A-Za-z0-9])([GS])(\d{1,4})(?![0-9A-Za-z])/g)) {
    const code = `${m[1]}${m[2]}`;
    const expressway = (m[1] === 'G' && m[2].length !== 3) || (m[1] === 'S' && m[2].length <= 2);
    out.push({ name: code, kind: expressway ? 'expressway' : 'road' });
  }
  return out;
}

/**
 * The town hierarchy table (专栏25): rows "四级城镇 … 淦田、左权、东富", and the county-level seats of
 * rows 一级–三级. Returns names with the 镇/乡 ending and a level.
 */
export function townHierarchy(line) {
  const row = /^(一|二|三|四|五|六)级(城市|城镇)/.exec(line);
  if (!row) return [];
  const level = `${row[1]}级${row[2]}`;
  let body = line.replace(/^(一|二|三|四|五|六)级(城市|城镇)/, '');
  body = body.replace(/规划期末城镇人口[^\t]*?的(大城市|小城市|城市|城镇)/, '');
  if (row[1] === '一' || row[1] === '二' || row[1] === '三') {
    return body
      .split(/[、和\t\s]+/)
      .map((s) => s.trim())
      .filter((s) => /(市区|县城)$/.test(s))
      .map((name) => ({ name, kind: 'town', level }));
  }
  body = body.replace(/(市区|醴陵|攸县|茶陵|炎陵)\d+个:/g, '、');
  return body
    .split(/[、;\t\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2 && CJK_RE.test(s) && !/^-+$/.test(s))
    .map((s) => {
      const stem = s.replace(/\(乡\)$/, ''); // "桃坑(乡)": a township, not a town
      const ending = stem === s ? '镇' : '乡';
      return { name: /[镇乡]$/.test(stem) ? stem : stem + ending, kind: 'town', level };
    });
}

/**
 * Curated names in a normalised line, longest spans first, without overlaps.
 * @returns {{ entry: object, start: number, end: number }[]}
 */
export function curatedMatches(line, curated = CURATED) {
  const hits = [];
  for (const entry of curated) {
    for (const variant of entry.variants) {
      const v = normaliseLine(variant);
      for (let at = line.indexOf(v); at >= 0; at = line.indexOf(v, at + 1)) {
        const after = line.slice(at + v.length);
        if (entry.notFollowedBy && new RegExp(`^(?:${entry.notFollowedBy})`).test(after)) continue;
        hits.push({ entry, start: at, end: at + v.length, variant: v });
      }
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = [];
  for (const hit of hits) if (!taken.some((t) => hit.start < t.end && t.start < hit.end)) taken.push(hit);
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Canonical names for spellings the suffix rules produce (same place, other wording): a featured town
 * named bare in one list and with its place in 专栏27, a county prefix, a word split by a page break.
 */
export const CANONICAL = {
  白鹅小镇: '白鹅小镇(鹿原)',
  红茶小镇: '红茶小镇(严塘)',
  茶陵红茶小镇: '红茶小镇(严塘)',
  香干小镇: '香干特色小镇(皇图岭)',
  攸县香干小镇: '香干特色小镇(皇图岭)',
  仙庾耕食小镇: '仙庾耕食文化旅游特色小镇(仙庾)',
  兴安科技小镇: '兴安科技小镇(天元区)',
  白关丝瓜小镇: '丝瓜小镇(白关)',
  炎陵水口军魂小镇: '军魂小镇(水口)',
  轨道小镇: '田心轨道小镇(石峰区)',
  渌口南洲新区: '南洲新区',
  通醴娄高速: '醴娄高速',
};

/**
 * Phrases the suffix rules find that are not places: headlines, slogans, goals. Tested on the whole
 * name. (Generic phrases such as "产业园区" are dropped by isGenericStem instead.)
 */
export const NOISE_PATTERNS = [
  /^经纬锦绣绘新城$/, // a headline in 000
  /^幸福新区$/, // slogan of 天元区 (“幸福新区可感可及”)
  /^北斗园区$/, // slogan “北斗园区看株洲”
  /^千万工程$/, // Zhejiang's programme, named as an example
  /^[一二三四五六七八九十]+大/, // "十大产业项目", "四大工程": programmes
  /^大抓/,
  /(更多|多个|一批|首批|首个|该|这些|链上|短板|非遗|政策|过审|战略性|安防|七个一|万千百|突破|大学生|看好|内完成)/,
];

/** Places a station name may start with when it has no direction word (株洲站, 大丰站). */
const STATION_PLACES = /^(株洲|醴陵|攸县|茶陵|炎陵|渌口|田心|大丰|白关|云龙|长沙|湘潭|暮云)$/;

/** A station: "X站" where X ends in a direction, 编组 or 高铁, or is a known place. */
export function isStationName(name) {
  const stem = name.replace(/(高铁站|编组站|火车站|站)$/, '');
  return /[东西南北]$/.test(stem) || STATION_PLACES.test(stem) || /(编组站|火车站)$/.test(name);
}

/** True when a found name is noise: a generic phrase, a slogan, a non-station "站". */
export function isNoise(name, kind, stem) {
  if (NOISE_PATTERNS.some((re) => re.test(name))) return true;
  if (stem.length > 16 || isGenericStem(stem)) return true;
  if (kind === 'station' && !isStationName(name)) return true;
  return false;
}

/**
 * Extracts the named places of one line. `news` enables the project rules and is set for the news
 * files. Noise (generic phrases) is dropped; curated names win over suffix names they overlap.
 * @returns {{ name: string, kind: string, variant: string, level?: string }[]}
 */
export function extractFromLine(rawLine, { news = false, curated = CURATED } = {}) {
  const line = normaliseLine(rawLine);
  const found = [];
  const hierarchy = townHierarchy(line);
  if (hierarchy.length > 0) return hierarchy.map((t) => ({ ...t, variant: t.name }));

  const curatedHits = curatedMatches(line, curated);
  for (const hit of curatedHits) found.push({ name: hit.entry.name, kind: hit.entry.kind, variant: hit.variant });

  let masked = line;
  for (const hit of curatedHits)
    masked = masked.slice(0, hit.start) + '|'.repeat(hit.end - hit.start) + masked.slice(hit.end);

  for (const road of roadCandidates(masked)) found.push({ ...road, variant: road.name });

  for (const clause of splitClauses(masked)) {
    for (const cand of suffixCandidates(clause, { news })) {
      // "农产品加工小镇(朱亭)": a featured town with its host town in brackets is specific even if its type is generic.
      const hosted = cand.kind === 'featured_town' && masked.includes(`${cand.name}(`);
      if (hosted ? NOISE_PATTERNS.some((re) => re.test(cand.name)) : isNoise(cand.name, cand.kind, cand.stem)) continue;
      const name = CANONICAL[cand.name] ?? cand.name;
      const kind = cand.name.includes('物流') && /park|new_town/.test(cand.kind) ? 'logistics' : cand.kind;
      let full = name;
      if (cand.kind === 'featured_town' && !name.includes('(')) {
        // "白鹅小镇(鹿原)": the bracket after a featured town names its place; keep it in the name.
        const at = masked.indexOf(`${cand.name}(`);
        if (at >= 0) {
          const loc = /^\(([^()]{1,8})\)/.exec(masked.slice(at + cand.name.length));
          if (loc) full = `${name}(${loc[1]})`;
        }
      }
      found.push({ name: full, kind, variant: cand.name });
    }
    for (const town of townCandidates(clause)) found.push({ ...town, variant: town.name });
  }
  return found;
}

/**
 * Extracts every named place of a seed file. Lines of news files that are not about Zhuzhou are
 * skipped. Returns one entry per name with all its occurrences.
 * @param {{ id: string, text: string }[]} files
 */
export function extractNames(files, { curated = CURATED } = {}) {
  /** @type {Map<string, { name: string, kind: string, occurrences: {file: string, line: number}[], variants: Set<string>, level?: string }>} */
  const byName = new Map();
  for (const file of files) {
    const news = file.id !== '001';
    const lines = file.text.split('\n');
    const inZhuzhou = news ? zhuzhouLines(lines) : lines.map(() => true);
    lines.forEach((raw, i) => {
      if (!inZhuzhou[i]) return;
      if (!news && /\t\d+\s*$/.test(raw) && i < 100) return; // the plan's table of contents
      for (const hit of extractFromLine(raw, { news, curated })) {
        const key = hit.name;
        let entry = byName.get(key);
        if (!entry) {
          entry = { name: hit.name, kind: hit.kind, occurrences: [], variants: new Set(), level: hit.level };
          byName.set(key, entry);
        }
        const last = entry.occurrences[entry.occurrences.length - 1];
        if (!last || last.file !== file.id || last.line !== i + 1)
          entry.occurrences.push({ file: file.id, line: i + 1 });
        entry.variants.add(hit.variant);
      }
    });
  }
  return [...byName.values()]
    .map((e) => ({ ...e, variants: [...e.variants].sort() }))
    .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh'));
}

// ─── Matching against geodata ───────────────────────────────────────────────────────────────────────

/** Road numbers written as "106国道", "国道G106", "G106线" all become "G106". */
function roadKey(key) {
  const g = /^(?:国道)?G?(\d{3})(?:国道|线)?$/.exec(key);
  if (g && /国道|G/.test(key)) return `G${g[1]}`;
  const s = /^(?:省道)?S(\d{3})(?:省道|线)?$/.exec(key);
  if (s) return `S${s[1]}`;
  return key;
}

/** The spellings a name is looked up by: its variants, and for towns the forms with and without 镇. */
export function lookupForms(entry) {
  const forms = new Set([entry.name, ...(entry.variants ?? [])]);
  for (const f of [...forms]) {
    const bracket = /^(.*小镇)\(([^()]+)\)$/.exec(f);
    if (bracket) {
      forms.add(bracket[1]);
      forms.add(`${bracket[2]}${bracket[1]}`);
    }
    if (entry.kind === 'town') {
      const stem = /^(.{2,})(镇|乡)$/.exec(f);
      if (stem) forms.add(stem[1]);
      const seat = /^(.+县)县城$/.exec(f); // 攸县县城 → 攸县城, 攸县城区
      if (seat) for (const s of ['城', '城区']) forms.add(`${seat[1]}${s}`);
      const city = /^(.+)市市区$/.exec(f); // 醴陵市市区 → 醴陵市区, 醴陵城区
      if (city) for (const s of ['市区', '城区', '中心城区']) forms.add(`${city[1]}${s}`);
    }
  }
  return [...forms];
}

/**
 * An index of geodata features by name and alias.
 * @param {{ file: string, id: string, name: string, aliases?: string[], category: string }[]} features
 */
export function buildIndex(features) {
  /** @type {Map<string, {feature: object, via: 'name' | 'alias'}[]>} */
  const exact = new Map();
  const loose = new Map();
  const add = (map, key, value) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  };
  for (const feature of features) {
    const labels = [
      { text: feature.name, via: 'name' },
      ...(feature.aliases ?? []).map((text) => ({ text, via: 'alias' })),
    ];
    for (const { text, via } of labels) {
      add(exact, roadKey(nameKey(text)), { feature, via });
      add(loose, roadKey(looseKey(text)), { feature, via });
    }
  }
  return { features, exact, loose };
}

/**
 * The best geodata match for an extracted name, or null. In order of preference: the name or a
 * variant equals a feature name (`exact`) or alias (`alias`); equal after dropping brackets and
 * qualifiers such as 项目/有限公司/二期 (`normalised`); a feature name or alias contains the name (at
 * least 3 characters) and the feature's category suits the kind (`contains`).
 */
export function matchName(entry, index) {
  const forms = lookupForms(entry);
  const pick = (hits, type) => {
    const sorted = [...hits].sort((a, b) => (a.via === 'name' ? 0 : 1) - (b.via === 'name' ? 0 : 1));
    const best = sorted[0];
    return {
      type: type === 'exact' && best.via === 'alias' ? 'alias' : type,
      id: best.feature.id,
      featureName: best.feature.name,
      category: best.feature.category,
      file: best.feature.file,
      others: [...new Set(sorted.map((h) => h.feature.id))].filter((id) => id !== best.feature.id),
    };
  };
  for (const form of forms) {
    const hits = index.exact.get(roadKey(nameKey(form)));
    if (hits?.length) return pick(hits, 'exact');
  }
  for (const form of forms) {
    const hits = index.loose.get(roadKey(looseKey(form)));
    if (hits?.length) return pick(hits, 'normalised');
  }
  const allowed = KIND_CATEGORIES[entry.kind] ?? [];
  for (const form of forms) {
    const key = roadKey(nameKey(form));
    if (key.length < 3) continue;
    const hits = [];
    for (const feature of index.features) {
      if (!allowed.includes(feature.category)) continue;
      if (containsSameThing(feature.name, key)) hits.push({ feature, via: 'name' });
      else if ((feature.aliases ?? []).some((a) => containsSameThing(a, key))) hits.push({ feature, via: 'alias' });
    }
    if (hits.length) return pick(hits, 'contains');
  }
  return null;
}

/** Words that make a longer name a different thing: an extension, a branch, a link, a shifted line. */
const OTHER_THING_RE = /(南延|北延|东延|西延|延伸|延长|支线|联络线|连接线|东移|西移|南环|北环|复线|二线)/;

/**
 * True when a feature label contains the name and what follows the name does not turn it into another
 * thing: "醴茶铁路电气化改造" contains "醴茶铁路", but "蒙华铁路南延" is not "蒙华铁路".
 */
function containsSameThing(label, key) {
  const labelKey = roadKey(nameKey(label));
  const at = labelKey.indexOf(key);
  if (at < 0) return false;
  return !OTHER_THING_RE.test(labelKey.slice(at + key.length));
}

/**
 * The exclusion reason for a name. An exclusion key may list several names ("清水塘大桥、群丰大桥") and
 * carry remarks in brackets or after a space ("株洲新城（003:83）", "S104 云龙区楠山铺至醴陵市塘坊公路");
 * each listed name is compared with the name and its spellings, exactly and without brackets/qualifiers.
 */
export function exclusionFor(entry, exclusions) {
  const spellings = [entry.name, ...(entry.variants ?? [])];
  for (const f of [...spellings]) {
    const bracket = /^(.*小镇)\(([^()]+)\)$/.exec(f);
    if (bracket) spellings.push(bracket[1], `${bracket[2]}${bracket[1]}`);
  }
  const keys = new Set(spellings.flatMap((s) => [nameKey(s), looseKey(s)]));
  // An entry named exactly like the place wins over a list entry that mentions it.
  for (const [name, reason] of Object.entries(exclusions)) {
    if (!name.startsWith('$') && keys.has(nameKey(name))) return { name, reason };
  }
  for (const [name, reason] of Object.entries(exclusions)) {
    if (name.startsWith('$')) continue;
    for (const part of name.split(/[、；;]/)) {
      const head = part.trim().split(/\s+/)[0] ?? part;
      if ([nameKey(part), looseKey(part), nameKey(head)].some((k) => k.length > 0 && keys.has(k)))
        return { name, reason };
    }
  }
  return null;
}

/**
 * The coverage report: every extracted name with its status — `mapped` (a feature), `excluded` (a
 * reason in the exclusion list) or `missing` (neither) — counts by kind, and exclusions that no
 * extracted name uses (stale, or for names the extractor does not find).
 */
export function buildReport(names, features, exclusions) {
  const index = buildIndex(features);
  const usedExclusions = new Set();
  const rows = names.map((entry) => {
    const match = matchName(entry, index);
    const exclusion = match ? null : exclusionFor(entry, exclusions);
    if (exclusion) usedExclusions.add(exclusion.name);
    const redundant = match ? exclusionFor(entry, exclusions) : null;
    return {
      name: entry.name,
      kind: entry.kind,
      level: entry.level,
      first: entry.occurrences[0],
      occurrences: entry.occurrences,
      variants: entry.variants,
      status: match ? 'mapped' : exclusion ? 'excluded' : 'missing',
      match: match ?? undefined,
      reason: exclusion?.reason,
      redundantExclusion: redundant?.name,
    };
  });
  /** @type {Record<string, {total: number, mapped: number, excluded: number, missing: number}>} */
  const byKind = {};
  for (const kind of KINDS) byKind[kind] = { total: 0, mapped: 0, excluded: 0, missing: 0 };
  for (const row of rows) {
    const k = (byKind[row.kind] ??= { total: 0, mapped: 0, excluded: 0, missing: 0 });
    k.total += 1;
    k[row.status] += 1;
  }
  const totals = { total: rows.length, mapped: 0, excluded: 0, missing: 0 };
  for (const row of rows) totals[row.status] += 1;
  const unusedExclusions = Object.keys(exclusions).filter((n) => !n.startsWith('$') && !usedExclusions.has(n));
  return { rows, byKind, totals, unusedExclusions };
}

/** Feature counts per category (and per file) of a list of features. */
export function categoryCounts(features) {
  /** @type {Record<string, number>} */
  const byCategory = {};
  /** @type {Record<string, number>} */
  const byFile = {};
  /** @type {Record<string, number>} */
  const byAccuracy = {};
  for (const f of features) {
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    byFile[f.file] = (byFile[f.file] ?? 0) + 1;
    if (f.accuracy) byAccuracy[f.accuracy] = (byAccuracy[f.accuracy] ?? 0) + 1;
  }
  return { byCategory, byFile, byAccuracy, total: features.length };
}

// ─── Loading ────────────────────────────────────────────────────────────────────────────────────────

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Where the seeds are: $SEEDS_DIR, else ../shared/seeds beside the checkout. */
export function seedsDir(env = process.env) {
  return env.SEEDS_DIR ? resolve(env.SEEDS_DIR) : resolve(REPO_ROOT, '../shared/seeds');
}

/** The seed files ("000_….txt" → id "000"), or null when the folder is absent. */
export function loadSeeds(dir = seedsDir()) {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .sort()
    .map((name) => ({ id: name.slice(0, 3), path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Every feature of geodata/plan/*.geojson, flattened to what matching needs. Unparsable files throw. */
export function loadPlanFeatures(dir = join(REPO_ROOT, 'geodata/plan')) {
  if (!existsSync(dir)) return [];
  const features = [];
  for (const file of readdirSync(dir)
    .filter((n) => n.endsWith('.geojson'))
    .sort()) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const f of json.features ?? []) {
      const p = f.properties ?? {};
      features.push({
        file,
        id: String(p.id ?? ''),
        name: String(p.name ?? ''),
        aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
        category: String(p.category ?? ''),
        accuracy: p.accuracy ? String(p.accuracy) : undefined,
      });
    }
  }
  return features;
}

export const EXCLUSIONS_PATH = join(REPO_ROOT, 'geodata/coverage-exclusions.json');

/** The exclusion list: name → reason. Keys starting with "$" are comments. */
export function loadExclusions(path = EXCLUSIONS_PATH) {
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Lines "name<TAB>reason" of the feature helpers' omission notes (markdown; other lines ignored).
 * @returns {Record<string, string>}
 */
export function parseOmissions(text) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^\s*(?:[-*]\s+)?([^\t#|]+?)\t+(.+?)\s*$/.exec(line);
    if (m && m[1] && m[2]) out[m[1].trim()] = m[2].trim();
  }
  return out;
}
