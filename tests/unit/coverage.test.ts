/**
 * The coverage report's extraction and matching (scripts/lib/coverage.mjs) on small synthetic texts,
 * and the real check: every named place of the seeds is mapped by geodata/plan or has a reason in
 * geodata/coverage-exclusions.json.
 */
import { describe, expect, it } from 'vitest';
import {
  CURATED,
  buildIndex,
  buildReport,
  exclusionFor,
  extractFromLine,
  extractNames,
  fixOcr,
  isGenericStem,
  isStationName,
  loadExclusions,
  loadPlanFeatures,
  loadSeeds,
  looseKey,
  matchName,
  nameKey,
  normaliseLine,
  parseOmissions,
  roadCandidates,
  seedsDir,
  splitClauses,
  townHierarchy,
  zhuzhouLines,
  type GeoFeatureRef,
} from '../../scripts/lib/coverage.mjs';

const names = (line: string, news = false) => extractFromLine(line, { news }).map((h) => h.name);
const kinds = (line: string, news = false) =>
  Object.fromEntries(extractFromLine(line, { news }).map((h) => [h.name, h.kind]));

describe('OCR and text normalisation', () => {
  it('fixes the known OCR misreadings of the seeds', () => {
    expect(fixOcr('涑口港区')).toBe('渌口港区');
    expect(fixOcr('南延长株潭城际铁路至涪口区')).toBe('南延长株潭城际铁路至渌口区');
    expect(fixOcr('涠口、天元')).toBe('渌口、天元');
    expect(fixOcr('董家墩国家新型工业化示范基地')).toBe('董家塅国家新型工业化示范基地');
    expect(fixOcr('董家垅高科园')).toBe('董家塅高科园');
    expect(fixOcr('湘江、渌水、洙水和攸水')).toBe('湘江、渌水、洣水和攸水');
    expect(fixOcr('涑水1000吨级航道')).toBe('渌水1000吨级航道');
    expect(fixOcr('淶田')).toBe('渌田');
  });

  it('normalises width, spaces next to Chinese, markdown and dashes', () => {
    expect(normaliseLine('**铁路。**建设 5G 基站（B型）')).toBe('铁路。建设5G基站(B型)');
    expect(normaliseLine('大京山—雪峰山')).toBe('大京山-雪峰山');
  });

  it('compares names without brackets, quotes, dots or qualifiers', () => {
    expect(nameKey('芦淞·1937文创产业园')).toBe(nameKey('芦淞1937文创产业园'));
    expect(nameKey('中车“双碳”产业园')).toBe('中车双碳产业园');
    expect(looseKey('龙泉（服饰）智能制造产业园项目')).toBe('龙泉智能制造产业园');
    expect(looseKey('湖南远东机械制造股份有限公司')).toBe('湖南远东机械制造');
    expect(looseKey('株洲北站扩能改造')).toBe('株洲北站');
    expect(looseKey('株洲西经渌口区至醴陵东铁路')).toBe(looseKey('株洲西经渌口至醴陵东铁路'));
  });
});

describe('clause splitting', () => {
  it('keeps short brackets and quotes inside names and splits at other punctuation', () => {
    expect(splitClauses('规划建设中国(株洲)包装印刷智能制造产业园,培育')).toEqual([
      '规划建设中国(株洲)包装印刷智能制造产业园',
      '培育',
    ]);
    expect(splitClauses('中车“双碳”产业园二期加快建设')).toEqual(['中车双碳产业园二期加快建设']);
    expect(splitClauses('白鹅小镇(鹿原)、红茶小镇(严塘)。')).toEqual(['白鹅小镇', '鹿原', '红茶小镇', '严塘']);
  });
});

describe('extraction from one line', () => {
  it('finds parks, tourism sites and new towns by their suffix, after the verbs before them', () => {
    const line = '重点建设白关服饰产业园、大京旅游度假区、渌口经开区、醴陵经开区、东富产业园等产城融合组团';
    expect(kinds(line)).toEqual({
      白关服饰产业园: 'park',
      大京旅游度假区: 'tourism',
      渌口经开区: 'park',
      醴陵经开区: 'park',
      东富产业园: 'park',
    });
    expect(names('以扩大轨道交通装备产业集群效应为重点推进轨道科技城建设')).toEqual(['轨道科技城']);
    expect(names('以装配式建筑产业为发展重点推进金山新城建设，统筹推进新马新城、湘江新城')).toEqual([
      '金山新城',
      '新马新城',
      '湘江新城',
    ]);
  });

  it('rejects generic phrases, slogans and non-station “站”', () => {
    expect(names('推进各类园区和产业园区建设，建成10个产业优势突出的特色产业园区，争创国家级园区')).toEqual([]);
    expect(names('力争创建1个国家现代农业产业园、2个省级现代农业产业园')).toEqual([]);
    expect(names('新建10座加氢站，建设25个特级教师工作站、1个公安检查站，持续优化5G基站布局')).toEqual([]);
    expect(names('打造国家综合交通枢纽、国家高铁组合枢纽和湘赣边界的交通枢纽')).toEqual([]);
    expect(names('依托长株潭国家自主创新示范区,建设湘赣边红色文化旅游融合发展创新区')).toEqual([]);
    expect(isGenericStem('产业')).toBe(true);
    expect(isGenericStem('白关服饰')).toBe(false);
  });

  it('recognises stations by a direction word or a known place', () => {
    expect(isStationName('醴陵东站')).toBe(true);
    expect(isStationName('株洲北编组站')).toBe(true);
    expect(isStationName('株洲站')).toBe(true);
    expect(isStationName('变电站')).toBe(false);
    expect(names('规划建设醴陵东站')).toEqual(['醴陵东站']);
  });

  it('applies the OCR fixes before extracting', () => {
    expect(names('建设完善铜塘湾港区、涑口港区、株洲电厂搬迁配套码头等项目')).toEqual([
      '铜塘湾港区',
      '渌口港区',
      '株洲电厂搬迁配套码头',
    ]);
    expect(names('加快董家墩国家新型工业化示范基地建设')).toEqual(['董家塅国家新型工业化示范基地']);
    expect(names('“四水”为湘江、渌水、洙水和攸水4条区域性河道生态走廊')).toEqual(['湘江', '渌水', '洣水', '攸水']);
  });

  it('uses the curated list where suffixes cannot work and masks what it found', () => {
    // "至" would cut the name after 韶山; the curated entry keeps it whole and no "井冈山铁路" is left.
    expect(names('开通韶山至井冈山铁路，力争醴茶铁路通过电气化改造达到160-200公里时速')).toEqual([
      '韶山至井冈山铁路',
      '醴茶铁路',
    ]);
    expect(kinds('“四山”为大京山—雪峰山、阔坊山-大安山')).toEqual({
      '大京山-雪峰山': 'mountain',
      '阔坊山-大安山': 'mountain',
    });
    // A custom curated list replaces the default one.
    expect(
      extractFromLine('建设神农城', { curated: [{ name: '神农城', kind: 'tourism', variants: ['神农城'] }] }),
    ).toEqual([{ name: '神农城', kind: 'tourism', variant: '神农城' }]);
  });

  it('keeps the place of a featured town and merges its bare spellings', () => {
    expect(names('特色农业小镇。白鹅小镇(鹿原)、黄牛小镇(火田)、特色种植小镇(古岳峰)')).toEqual([
      '白鹅小镇(鹿原)',
      '黄牛小镇(火田)',
      '特色种植小镇(古岳峰)',
    ]);
    expect(names('积极推进白鹅小镇、红茶小镇的培育')).toEqual(['白鹅小镇(鹿原)', '红茶小镇(严塘)']);
    // A generic type is specific once its host town is given; without one it is a generic phrase.
    expect(names('农产品加工小镇(朱亭)、培育一批农产品加工小镇')).toEqual(['农产品加工小镇(朱亭)']);
  });

  it('reads road numbers and tells national roads from expressways', () => {
    expect(roadCandidates('一纵:G106 四横:G320、G322;S211 攸县菜花坪至渌田;建设5G基站;G4京港澳')).toEqual([
      { name: 'G106', kind: 'road' },
      { name: 'G320', kind: 'road' },
      { name: 'G322', kind: 'road' },
      { name: 'S211', kind: 'road' },
      { name: 'G4', kind: 'expressway' },
    ]);
  });

  it('reads the town hierarchy table (专栏25), with townships and county labels', () => {
    expect(townHierarchy(normaliseLine('五级城镇\t规划期末城镇人口2万-5万的城镇\t朱亭、三门、淶田'))).toEqual([
      { name: '朱亭镇', kind: 'town', level: '五级城镇' },
      { name: '三门镇', kind: 'town', level: '五级城镇' },
      { name: '渌田镇', kind: 'town', level: '五级城镇' },
    ]);
    const six = townHierarchy(
      normaliseLine(
        '<p>六级城镇</p>\t<p>规划期末城镇人口不足 2 万的城镇</p>\t<p>市区 4 个：古岳峰、龙门醴陵 12 个：枫林；炎陵 8 个：策源(乡)</p>',
      ),
    );
    expect(six.map((t) => t.name)).toEqual(['古岳峰镇', '龙门镇', '枫林镇', '策源乡']);
    expect(townHierarchy(normaliseLine('二级城市\t规划期末城镇人口20万-50万的小城市\t醴陵市市区和攸县县城'))).toEqual([
      { name: '醴陵市市区', kind: 'town', level: '二级城市' },
      { name: '攸县县城', kind: 'town', level: '二级城市' },
    ]);
  });

  it('finds towns named with 镇/乡 and strips the county in front', () => {
    expect(names('支持醴陵市茶山镇、天元区三门镇创建省级农业产业强镇，推动乡镇集镇建设')).toEqual(['茶山镇', '三门镇']);
  });

  it('finds news projects only in news files, and drops programme names', () => {
    const line = '中车新能源电驱系统制造项目等重点项目开工,推进“十大产业项目”,实施重点项目60个以上';
    expect(names(line, true)).toEqual(['中车新能源电驱系统制造项目']);
    expect(names(line, false)).toEqual([]);
  });
});

describe('Zhuzhou context in news files', () => {
  it('drops the lines of another city’s article until a line names Zhuzhou again', () => {
    const lines = [
      '株洲日报 2月8日',
      '该中心已完成建设',
      '娄底市委全会确立',
      '材料谷产业园建设提速',
      '株洲经开区新开工',
    ];
    expect(zhuzhouLines(lines)).toEqual([true, true, false, false, true]);
    const extracted = extractNames([
      { id: '004', text: '株洲启动湖南北斗时空信息产业园建设\n娄底推进材料谷产业园建设\n该中心建设高端氮化物产业园' },
    ]);
    expect(extracted.map((n) => n.name)).toEqual(['湖南北斗时空信息产业园']);
  });

  it('counts every occurrence of a name once per line, across files', () => {
    const extracted = extractNames([
      { id: '001', text: '支持株洲经开区、醴陵经开区\n株洲经开区：人工智能' },
      { id: '003', text: '株洲经开区新开工' },
    ]);
    const jk = extracted.find((n) => n.name === '株洲经开区');
    expect(jk?.occurrences).toEqual([
      { file: '001', line: 1 },
      { file: '001', line: 2 },
      { file: '003', line: 1 },
    ]);
  });
});

describe('matching against geodata', () => {
  const features: GeoFeatureRef[] = [
    { file: 'a.geojson', id: 'zz-west', name: '株洲西综合客运枢纽', aliases: [], category: 'hub' },
    { file: 'a.geojson', id: 'zz-north', name: '株洲北站', aliases: ['株洲北编组站'], category: 'hub' },
    { file: 'b.geojson', id: 'lc', name: '醴茶铁路（电气化改造）', aliases: [], category: 'railway' },
    { file: 'b.geojson', id: 'g106', name: '106国道', aliases: [], category: 'national_road' },
    { file: 'c.geojson', id: 'ggt', name: '淦田', aliases: [], category: 'town' },
    { file: 'c.geojson', id: 'qst', name: '清水塘生态科技产业新城', aliases: [], category: 'new_town' },
    { file: 'c.geojson', id: 'ba', name: '白鹅小镇', aliases: [], category: 'town' },
    { file: 'c.geojson', id: 'xj', name: '湘江新城', aliases: [], category: 'new_town' },
  ];
  const index = buildIndex(features);
  const m = (name: string, kind: Parameters<typeof matchName>[0]['kind'], variants: string[] = []) =>
    matchName({ name, kind, variants }, index);

  it('prefers exact names, then aliases, then normalised names', () => {
    expect(m('株洲北站', 'station')).toMatchObject({ id: 'zz-north', type: 'exact' });
    expect(m('株洲北编组站', 'station')).toMatchObject({ id: 'zz-north', type: 'alias' });
    expect(m('株洲北站扩能改造', 'project')).toMatchObject({ id: 'zz-north', type: 'normalised' });
    expect(m('醴茶铁路', 'railway')).toMatchObject({ id: 'lc', type: 'normalised' });
    expect(m('G106', 'road')).toMatchObject({ id: 'g106', type: 'exact' });
    expect(m('淦田镇', 'town')).toMatchObject({ id: 'ggt', type: 'exact' });
    expect(m('白鹅小镇(鹿原)', 'featured_town')).toMatchObject({ id: 'ba', type: 'exact' });
  });

  it('does not map a station to a hub of a similar name unless an alias says so', () => {
    expect(m('株洲西站', 'station')).toBeNull();
    const withAlias = buildIndex([{ ...features[0]!, aliases: ['株洲西站'] }]);
    expect(matchName({ name: '株洲西站', kind: 'station', variants: [] }, withAlias)).toMatchObject({ type: 'alias' });
  });

  it('allows containment only for suitable categories and names of 3+ characters', () => {
    expect(m('清水塘生态科技', 'new_town')).toMatchObject({ id: 'qst', type: 'contains' });
    expect(m('清水塘生态科技', 'river')).toBeNull();
    expect(m('湘江', 'river')).toBeNull();
  });

  it('does not let an extension or a branch stand for the line it extends', () => {
    const lines = buildIndex([
      { file: 'r', id: 'south', name: '长株潭城际铁路南延', aliases: [], category: 'railway' },
      { file: 'r', id: 'mh', name: '蒙华铁路南延(咸宁至韶关高铁)', aliases: [], category: 'railway' },
    ]);
    expect(matchName({ name: '长株潭城际铁路', kind: 'railway', variants: [] }, lines)).toBeNull();
    expect(matchName({ name: '蒙华铁路', kind: 'railway', variants: [] }, lines)).toBeNull();
    expect(matchName({ name: '咸宁至韶关高铁', kind: 'railway', variants: [] }, lines)).toMatchObject({ id: 'mh' });
  });

  it('finds exclusions by name or variant and sorts every name into mapped / excluded / missing', () => {
    const exclusions = { $comment: 'x', 株洲西站: 'drawn as part of 株洲西综合客运枢纽? no: not in the seeds' };
    expect(exclusionFor({ name: '株洲西站', kind: 'station' }, exclusions)?.name).toBe('株洲西站');
    expect(exclusionFor({ name: 'x', kind: 'station', variants: ['株洲西站'] }, exclusions)).not.toBeNull();
    // An omission note may list several names, and add remarks in brackets or after a space.
    const notes = { '清水塘大桥、群丰大桥': 'not drawn', '株洲新城（003:83）': 'same as 株醴新城' };
    expect(exclusionFor({ name: '群丰大桥', kind: 'project' }, notes)?.reason).toBe('not drawn');
    expect(exclusionFor({ name: '株洲新城', kind: 'new_town' }, notes)?.reason).toBe('same as 株醴新城');
    expect(exclusionFor({ name: '大桥', kind: 'project' }, notes)).toBeNull();
    // An omission note may add the route after the road number.
    expect(
      exclusionFor({ name: 'S104', kind: 'road' }, { 'S104 云龙区楠山铺至醴陵市塘坊公路': 'end unknown' }),
    ).toEqual({
      name: 'S104 云龙区楠山铺至醴陵市塘坊公路',
      reason: 'end unknown',
    });
    const report = buildReport(
      [
        { name: '株洲北站', kind: 'station', occurrences: [{ file: '001', line: 451 }], variants: [] },
        { name: '株洲西站', kind: 'station', occurrences: [{ file: '001', line: 439 }], variants: [] },
        { name: '茶陵站', kind: 'station', occurrences: [{ file: '001', line: 1 }], variants: [] },
      ],
      features,
      exclusions,
    );
    expect(report.rows.map((r) => r.status)).toEqual(['mapped', 'excluded', 'missing']);
    expect(report.totals).toEqual({ total: 3, mapped: 1, excluded: 1, missing: 1 });
    expect(report.byKind.station).toEqual({ total: 3, mapped: 1, excluded: 1, missing: 1 });
    expect(report.unusedExclusions).toEqual([]);
  });

  it('reads the helpers’ omission notes (name<TAB>reason)', () => {
    expect(
      parseOmissions('# omissions\n\n株洲港\tnamed only as a port group\n- 瓜蒌小镇\tno place given\nnot a row'),
    ).toEqual({
      株洲港: 'named only as a port group',
      瓜蒌小镇: 'no place given',
    });
  });
});

const seeds = loadSeeds();
const seedsMessage = `seeds not found at ${seedsDir()} (set SEEDS_DIR); real-data coverage skipped`;

describe.skipIf(!seeds)(seeds ? 'the real seeds' : `the real seeds — SKIPPED: ${seedsMessage}`, () => {
  const extracted = seeds ? extractNames(seeds) : [];
  const byName = new Map(extracted.map((n) => [n.name, n]));

  it('extracts the key places of the plan and no generic phrase', () => {
    for (const name of ['株洲经开区', '醴茶铁路', '渌口港区', '淦田镇', '洣水', 'G106', '株洲西站', '大京山-雪峰山']) {
      expect(byName.has(name), name).toBe(true);
    }
    for (const noise of [
      '产业园区',
      '特色产业园区',
      '国家级园区',
      '现代农业产业园',
      '加氢站',
      '涑口港区',
      '井冈山铁路',
    ]) {
      expect(byName.has(noise), noise).toBe(false);
    }
    expect(byName.get('株洲经开区')?.kind).toBe('park');
    expect(byName.get('渌口港区')?.occurrences[0]).toEqual({ file: '001', line: 447 });
  });

  it('reads nothing from the other cities’ articles (娄底, 桂阳, 湘江新区)', () => {
    const other = extracted.filter(
      (n) => /娄底|桂阳|湘江新区|材料谷/.test(n.name) && n.kind !== 'railway' && n.kind !== 'expressway',
    );
    expect(other.map((n) => n.name)).toEqual([]);
  });

  it('finds every curated name somewhere in the seeds (no dead curated entries)', () => {
    const dead = CURATED.filter((c) => !byName.has(c.name)).map((c) => c.name);
    expect(dead).toEqual([]);
  });

  it('maps every extracted name to a geodata feature or gives a reason in geodata/coverage-exclusions.json', () => {
    const report = buildReport(extracted, loadPlanFeatures(), loadExclusions());
    const missing = report.rows
      .filter((r) => r.status === 'missing')
      .map((r) => `${r.kind} ${r.name} (${r.first.file}:${r.first.line})`);
    expect(missing, 'run `npm run coverage-report` for the full table').toEqual([]);
  });
});
