/**
 * The planner filter's part of the share link (src/state/urlCodec.ts). Parameters, all prefixed `f.`:
 *
 *   f.cat=industrial_park,project   f.dist=hetang,liling   f.scope=core|circle|corridor
 *   f.ind=rail,group:power,绿色食品   f.status=planned   f.year=2021-2025   f.acc=official   f.zone=urban
 *
 * (see ./filterParams.ts for the values). A malformed filter parameter drops the WHOLE filter (a half-applied
 * shared filter would silently show the wrong thing): the map shows everything and the notice names the
 * offending parameters. Every filter change is a history entry, so the back button undoes it.
 */
import { emptyFilter } from '../../catalog/filter';
import { FILTER_PARAM_KEYS, readFilterParams, writeFilterParams } from './filterParams';
import type { UrlCodec } from '../../state/urlCodec';

export const filterCodec: UrlCodec = {
  keys: FILTER_PARAM_KEYS,
  defaults: () => ({ filter: emptyFilter() }),
  read(params, result) {
    const { state, notice } = readFilterParams(params);
    result.patch.filter = state;
    if (notice) for (const problem of notice.problems) result.rejected.push(problem);
  },
  write(state, params) {
    writeFilterParams(state.filter, params);
  },
  isNavigation: (prev, next) => prev.filter !== next.filter,
};
