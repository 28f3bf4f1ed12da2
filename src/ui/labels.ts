import type { PlanFeature } from '../geo/schema';
import { DISTRICT_EN, type District } from '../geo/vocabulary';
import type { Language } from '../i18n';

/** A feature's district(s) in the current language: "醴陵市、攸县" / "Liling City, You County". */
export function districtLabel(district: PlanFeature['properties']['district'], language: Language): string {
  const list = typeof district === 'string' ? [district] : district;
  const sep = language === 'zh' ? '、' : ', ';
  return list.map((d) => (language === 'zh' ? d : DISTRICT_EN[d as District])).join(sep) || '—';
}
