/**
 * Assembles `/data/map.json` from the dataset and the geometry (build time). Pure: the caller
 * passes what it loaded, so tests can build it from fixtures.
 */
import { geoBounds } from 'd3-geo';
import type { Action } from '../../schemas/action.ts';
import type { Domain } from '../../schemas/domain.ts';
import type { Territory } from '../../schemas/territory.ts';
import { ACTION_STATUSES } from '../../schemas/action.ts';
import { yearRange } from '../aggregate.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { actionTitle } from '../i18n/action-text.ts';
import type { Lang } from '../i18n/lang.ts';
import { domainLabel, statusLabel } from '../i18n/labels.ts';
import { mapUi } from '../i18n/map-ui.ts';
import { signatoryCaveat, signatoryKindLabel } from '../territory-caveats.ts';
import { signatoryKindKey } from '../signatory-kinds.ts';
import { routesFor } from '../paths.ts';
import { statusKey } from '../url-state.ts';
import type { GeoBundle } from './load-geo.ts';
import { isOverseas } from './load-geo.ts';
import type { MapData, MapZone } from './map-data.ts';

type Bbox = [number, number, number, number];
const round = (n: number) => Math.round(n * 1e4) / 1e4;
const bboxOf = (f: Parameters<typeof geoBounds>[0]): Bbox => {
  const [[w, s], [e, n]] = geoBounds(f);
  return [round(w), round(s), round(e), round(n)];
};

export interface MapDataInput {
  territories: readonly Territory[];
  actions: readonly Action[];
  domains: readonly Domain[];
  lastYear: number;
  coverage: string;
  geo: Pick<GeoBundle, 'territories' | 'regions' | 'points'>;
  /** The edition: labels, dates and links in its language (default French). */
  lang?: Lang;
}

export function buildMapData({ territories, actions, domains, lastYear, coverage, geo, lang = 'fr' }: MapDataInput): MapData {
  const routes = routesFor(lang);
  const areaById = new Map(geo.territories.features.map((f) => [f.properties.id, f]));
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a.territory, (counts.get(a.territory) ?? 0) + 1);
  const metro = geo.regions.features.filter((f) => !isOverseas(f.properties));
  const zones: MapZone[] = [
    {
      id: 'metro',
      name: lang === 'fr' ? 'France métropolitaine' : mapUi(lang).controls.metro,
      bbox: bboxOf({ type: 'FeatureCollection', features: metro }),
    },
    ...geo.regions.features
      .filter((f) => isOverseas(f.properties))
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
      .map((f) => ({ id: `zone-${f.properties.code}`, name: f.properties.name, bbox: bboxOf(f) })),
  ];
  return {
    territories: territories.map((t) => {
      const area = areaById.get(t.id);
      const point = geo.points.get(t.id);
      if (!area || !point) throw new Error(`carte : pas de géométrie pour le territoire « ${t.id} » (relancez \`npm run geo\`)`);
      return {
        id: t.id,
        name: t.name,
        labelName: t.city?.name ?? t.name,
        kind: signatoryKindLabel(t, lang),
        kindKey: signatoryKindKey(t.signatoryKind),
        role: area.properties.role,
        areaName: t.epci?.name ?? (t.signatoryKind === 'département' ? t.departements[0]!.name : t.region.name),
        signatoryCaveat: signatoryCaveat(t),
        firstSignature: formatPartialDate(t.contract.firstSignature, lang),
        contract: t.contract.label,
        namedByDiair: t.namedByDiair,
        url: routes.territory(t.id),
        point,
        bbox: bboxOf(area),
      };
    }),
    actions: actions.map((a) => {
      const title = actionTitle(a, lang);
      return {
        id: a.id,
        title: title.text,
        // The English edition shows the French title until an editor writes one: the panel marks it.
        ...(title.lang !== lang ? { titleLang: title.lang } : {}),
        url: routes.action(a.id),
        territory: a.territory,
        domains: a.domains,
        startYear: a.startYear,
        endYear: a.endYear,
        recurring: a.recurring,
        status: a.status,
      };
    }),
    domains: domains.map((d) => ({
      id: d.id,
      label: domainLabel(d, lang).text,
      shortLabel: (lang === 'en' && d.shortLabelEn) || d.shortLabel,
      color: d.color,
    })),
    statuses: ACTION_STATUSES.filter((s) => actions.some((a) => a.status === s)).map((s) => ({
      id: s,
      key: statusKey(s),
      label: statusLabel(s, lang),
    })),
    years: yearRange(actions, lastYear),
    lastYear,
    zones,
    maxCount: Math.max(0, ...counts.values()),
    coverage,
  };
}
