/**
 * What a page must say about a territory whose signatory the sources do not name (Dordogne:
 * « inconnu (département probable, non vérifié) »). Pure, shared by the territory page and the map.
 */
import type { Territory } from '../schemas/territory.ts';
import type { Lang } from './i18n/lang.ts';
import { signatoryKindName } from './signatory-kinds.ts';

/** The sources' own wording without the leading « inconnu », or null when the signatory is attested. */
export function signatoryCaveat(
  t: Pick<Territory, 'signatoryVerified' | 'signatoryKindOriginal' | 'signatoryKind'>,
): string | null {
  if (t.signatoryVerified) return null;
  const said = t.signatoryKindOriginal
    .replace(/^\s*inconnu[e]?\s*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return said || `${t.signatoryKind} probable, non vérifié`;
}

/** The signatory kind as pages print it: « département (probable) » when the sources do not name it. */
export function signatoryKindLabel(t: Pick<Territory, 'signatoryVerified' | 'signatoryKind'>, lang: Lang = 'fr'): string {
  const name = signatoryKindName(t.signatoryKind, lang);
  return t.signatoryVerified ? name : `${name} (probable)`;
}
