/**
 * Names of filtered views in URLs, shared by the build and the browser (no other imports, so the
 * embed's client script stays tiny): `territoire-grenoble`, `domaine-logement`,
 * `territoire-lyon--domaine-sante`, '' for the default view.
 */
export interface VariantParams {
  territoire?: string;
  domaine?: string;
}

export function variantOf(params: VariantParams): string {
  return [params.territoire && `territoire-${params.territoire}`, params.domaine && `domaine-${params.domaine}`]
    .filter(Boolean)
    .join('--');
}

/** Inverse of `variantOf` (no validation). */
export function paramsOf(variant: string): VariantParams {
  const params: VariantParams = {};
  for (const part of variant.split('--')) {
    const m = /^(territoire|domaine)-(.+)$/.exec(part);
    if (m) params[m[1] as 'territoire' | 'domaine'] = m[2]!;
  }
  return params;
}

/** The variant a query string asks for (`?territoire=grenoble&domaine=logement`), or null without filters. */
export function variantFromQuery(search: string): string | null {
  const q = new URLSearchParams(search);
  const params: VariantParams = {};
  const t = q.get('territoire')?.trim();
  const d = q.get('domaine')?.trim();
  if (t) params.territoire = t.toLowerCase();
  if (d) params.domaine = d.toLowerCase();
  return t || d ? variantOf(params) : null;
}
