/**
 * Which documented territory a commune belongs to, from the 2026 codes and membership of
 * `@etalab/decoupage-administratif` (INSEE COG, DGCL EPCI). Pure: the caller passes the data.
 *
 * A territory covers:
 * - every commune of its EPCI when the EPCI signed (`epci.role === 'signataire'`);
 * - every commune of its région or département when one of those signed;
 * - otherwise (a city or a small commune that signed) that commune only. The other communes of
 *   that city's EPCI get the territory as *context*: their intercommunality holds a signatory,
 *   which is not the same as being covered.
 */
import type { Territory } from '../../schemas/territory.ts';

/** A commune as `@etalab/decoupage-administratif` describes it (only the fields read here). */
export interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
}

/** An EPCI with its member communes' INSEE codes. */
export interface CogEpci {
  code: string;
  nom: string;
  membres: { code: string }[];
}

export type TerritoryLike = Pick<Territory, 'id' | 'signatoryKind' | 'epci' | 'city' | 'departements' | 'region'>;

export interface Membership {
  /** Territories whose contract covers the commune. */
  covered: string[];
  /** Territories signed by a city of the commune's EPCI, not by the commune or its EPCI. */
  context: string[];
}

/** How a territory's perimeter is defined, for the lookup's wording and for the rule above. */
export type Perimeter = 'epci' | 'région' | 'département' | 'commune';

export function perimeterOf(t: TerritoryLike): Perimeter {
  if ((t.signatoryKind as string) === 'région') return 'région';
  if ((t.signatoryKind as string) === 'département') return 'département';
  if (t.epci?.role === 'signataire') return 'epci';
  return 'commune';
}

export function membershipByCommune(
  territories: readonly TerritoryLike[],
  communes: readonly CogCommune[],
  epcis: readonly CogEpci[],
): Map<string, Membership> {
  const out = new Map<string, Membership>();
  const entry = (code: string) => {
    let m = out.get(code);
    if (!m) out.set(code, (m = { covered: [], context: [] }));
    return m;
  };
  const members = new Map(epcis.map((e) => [e.code, e.membres.map((m) => m.code)]));
  const memberList = (t: TerritoryLike) => {
    const list = t.epci ? members.get(t.epci.siren) : undefined;
    if (t.epci && !list) throw new Error(`commune : l’EPCI ${t.epci.siren} du territoire « ${t.id} » est absent du COG`);
    return list ?? [];
  };
  for (const t of territories) {
    const perimeter = perimeterOf(t);
    if (perimeter === 'région') {
      for (const c of communes) if (c.region === t.region.code) entry(c.code).covered.push(t.id);
    } else if (perimeter === 'département') {
      const codes = new Set(t.departements.map((d) => d.code));
      for (const c of communes) if (c.departement && codes.has(c.departement)) entry(c.code).covered.push(t.id);
    } else if (perimeter === 'epci') {
      for (const code of memberList(t)) entry(code).covered.push(t.id);
    } else {
      if (!t.city) throw new Error(`commune : le territoire « ${t.id} » n’a ni EPCI signataire ni ville`);
      entry(t.city.insee).covered.push(t.id);
      for (const code of memberList(t)) if (code !== t.city.insee) entry(code).context.push(t.id);
    }
  }
  return out;
}
