/** The `?commune=` URL parameter of the lookup: pure codec, shared by the browser and tests. */
import type { CommuneRow } from './lookup-index.ts';
import { normaliseName } from './normalise.ts';

/**
 * The URL value of a chosen commune: its name as a slug, for people reading the link, and its
 * INSEE code, which alone identifies it (`villeurbanne-69266`, `ajaccio-2A004`).
 */
export function paramOf(row: CommuneRow): string {
  const slug = normaliseName(row.name).replace(/ /g, '-');
  return `${slug}-${row.insee}`;
}

/** The INSEE code at the end of a `?commune=` value written by `paramOf`, else null (free text). */
export function inseeOfParam(value: string): string | null {
  return /-(\d[\dAB]\d{3})$/i.exec(value.trim())?.[1]?.toUpperCase() ?? null;
}
