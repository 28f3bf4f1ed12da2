/**
 * The plan's three structure scopes (一核一圈一廊) as sets of county-level units, and which scopes a feature or a
 * district lies in. Pure.
 */
import { SCOPES } from './vocabulary';
import type { District, PlanFeature, PlanProperties, Scope } from './schema';
/**
 * Which county-level units each plan scope covers. From the 14th Five-Year Plan outline, 第五章 第一节
 * (seed 001, lines ~399–411):
 *
 * - 一核 — "一核：中心城区发展核。构建'一主三极'空间结构，做大做强主城区" — the central city = the four
 *   urban districts 荷塘区 / 芦淞区 / 石峰区 / 天元区. Its southern growth pole reaches into 渌口区
 *   ("着力建设渌口新城"), but that is one new town, not the county: such features carry scope 一核 themselves.
 * - 一圈 — "一圈：株醴都市圈 … 加快推进株醴融城。支持醴陵做大做强，将醴陵打造成为株醴都市圈的'副城'。
 *   重点建设白关服饰产业园、大京旅游度假区、渌口经开区、醴陵经开区、东富产业园等产城融合组团" — the
 *   Zhuzhou–Liling circle is the central city (株; 白关 is in 芦淞区, 大京 in 荷塘区) plus 醴陵市 (the 副城) and
 *   渌口区 (渌口经开区). So 一圈 contains 一核: the four districts + 渌口区 + 醴陵市.
 * - 一廊 — "一廊：醴炎县域经济发展走廊。以醴茶铁路、106国道、武深高速为轴线 … 以攸县、茶陵、炎陵等县城为中心节点"
 *   — the corridor's centre nodes are 攸县 / 茶陵县 / 炎陵县. 醴陵 is its northern end but is the circle's
 *   副城, so only features explicitly tagged 一廊 there (e.g. 醴茶铁路) belong to the corridor.
 *
 * A feature belongs to a scope when its own `scope` list names it OR any of its districts is in the scope.
 * The district is the geometry test: geodata.test.ts checks every single-district feature lies inside its
 * county polygon, so "district in scope" = "geometry in scope" to the boundary data's accuracy. Features with
 * no district (regional context outside Zhuzhou) belong to a scope only through their tag.
 */
export const SCOPE_DISTRICTS: Record<Scope, readonly District[]> = {
  一核: ['荷塘区', '芦淞区', '石峰区', '天元区'],
  一圈: ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市'],
  一廊: ['攸县', '茶陵县', '炎陵县'],
};

export const SCOPE_EN: Record<Scope, string> = {
  一核: 'The core (central city)',
  一圈: 'The circle (Zhuzhou–Liling metropolitan area)',
  一廊: 'The corridor (Liling–Yanling county corridor)',
};

/** The scopes a district lies in (a district may be in 一核 and 一圈 at once). */
export function scopesOfDistrict(district: District): Scope[] {
  return SCOPES.filter((scope) => SCOPE_DISTRICTS[scope].includes(district));
}

/** The feature's districts as a list (a single district, several for a line, none outside Zhuzhou). */
export function districtsOf(properties: Pick<PlanProperties, 'district'>): readonly District[] {
  return typeof properties.district === 'string' ? [properties.district] : properties.district;
}

const scopeCache = new WeakMap<PlanProperties, readonly Scope[]>();

/** The scopes a feature belongs to (tag OR district), cached per feature. */
export function featureScopes(feature: PlanFeature): readonly Scope[] {
  const properties = feature.properties;
  let scopes = scopeCache.get(properties);
  if (!scopes) {
    const districts = districtsOf(properties);
    scopes = SCOPES.filter(
      (scope) =>
        properties.scope?.includes(scope) === true ||
        districts.some((district) => SCOPE_DISTRICTS[scope].includes(district)),
    );
    scopeCache.set(properties, scopes);
  }
  return scopes;
}
