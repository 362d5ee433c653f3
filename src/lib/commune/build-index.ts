/**
 * Build time only (node:fs): the commune lookup index from the dataset and the 2026 codes of
 * `@etalab/decoupage-administratif`, computed once per build and shared by the endpoints under
 * src/pages/data/communes/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Dataset } from '../dataset.ts';
import { memoized } from '../dataset-index.ts';
import { formatPartialDate } from '../format.ts';
import { formatPartialDate as formatDate } from '../i18n/format.ts';
import { routes } from '../paths.ts';
import { buildLookupIndex, type LookupTerritory } from './lookup-index.ts';
import { membershipByCommune, perimeterOf, type CogCommune, type CogEpci } from './membership.ts';

const PACKAGE = '@etalab/decoupage-administratif';
const TOP_ACTIONS = 3;

function readCog<T>(file: string): T {
  const pkg = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  return JSON.parse(readFileSync(join(dirname(pkg), 'data', file), 'utf8')) as T;
}

function packageVersion(): string {
  const pkg = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

export function communeIndex(data: Dataset) {
  return memoized(data, 'commune-index', (d) => {
    // Current communes only: former (déléguées, associées) ones and Paris/Lyon/Marseille districts
    // are reached through their commune's postcode.
    const communes = readCog<CogCommune[]>('communes.json').filter((c) => c.type === 'commune-actuelle');
    const epcis = readCog<CogEpci[]>('epci.json');
    const membership = membershipByCommune(d.territories, communes, epcis);
    const territories: LookupTerritory[] = d.territories.map((t) => {
      const actions = d.actions.filter((a) => a.territory === t.id);
      const perimeter = perimeterOf(t);
      return {
        id: t.id,
        name: t.name,
        url: routes.territory(t.id),
        perimeter,
        perimeterName:
          perimeter === 'epci'
            ? t.epci!.name
            : perimeter === 'région'
              ? t.region.name
              : perimeter === 'département'
                ? t.departements.map((x) => x.name).join(', ')
                : (t.city?.name ?? t.name),
        since: formatPartialDate(t.contract.firstSignature),
        sinceEn: formatDate(t.contract.firstSignature, 'en'),
        contract: t.contract.label,
        actions: actions.length,
        topActions: actions.slice(0, TOP_ACTIONS).map((a) => ({ title: a.title, url: routes.action(a.id) })),
      };
    });
    return buildLookupIndex(
      communes,
      membership,
      territories,
      `Appartenance des communes aux intercommunalités, départements et régions : INSEE (COG 2026) et DGCL (EPCI 2026), via ${PACKAGE} ${packageVersion()} (Licence Ouverte).`,
    );
  });
}
