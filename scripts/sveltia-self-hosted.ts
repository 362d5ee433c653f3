/**
 * Vite plugin: keeps the editing interface (Sveltia CMS from npm) free of requests to other origins.
 *
 * The npm bundle registers its three fonts from its own files (document.fonts), but its stylesheet
 * still declares the same three `@font-face` rules on a CDN: the CSP blocks them, yet the browser
 * tries them and our foreign-request checks see it. This removes exactly those rules. When a new
 * CMS release changes that stylesheet (fewer or more rules, another host), the build stops with a
 * message rather than silently letting a CDN request through: check the new bundle, then update
 * EXPECTED_CDN_FONT_FACES.
 *
 * It also lets editors zoom (the app's viewport says `maximum-scale=1`, which WCAG 1.4.4 forbids),
 * and rewords one French message: when our schema check refuses a save, the CMS shows its
 * generic « réessayez plus tard » dialog; the editor must instead look at the field marked in red.
 */
import type { Plugin } from 'vite';

const MODULE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
const FRENCH = /[\\/]@sveltia[\\/]cms[\\/]locales[\\/]fr\.json$/;
const SAVE_ERROR =
  '"description":"Une erreur s’est produite lors de l’enregistrement de l’entrée. Veuillez réessayer plus tard."';
export const SAVE_REFUSED =
  'L’entrée n’a pas été enregistrée. Si un champ est signalé en rouge, corrigez-le comme indiqué puis enregistrez de nouveau ; sinon, réessayez.';

/** The French strings with our save-refused message. */
export function rewordSaveError(json: string): string {
  if (!json.includes(SAVE_ERROR))
    throw new SveltiaBundleChanged(
      '@sveltia/cms : le message français d’erreur d’enregistrement a changé ; mettez à jour scripts/sveltia-self-hosted.ts.',
    );
  return json.replace(SAVE_ERROR, `"description":${JSON.stringify(SAVE_REFUSED)}`);
}
/** One CDN `@font-face` rule of the bundle's stylesheet (single block, no nested braces). */
const CDN_FONT_FACE = /@font-face \{[^{}]*?url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^{}]*\}/g;
export const EXPECTED_CDN_FONT_FACES = 3;

export class SveltiaBundleChanged extends Error {}

/** The bundle's source without its CDN font rules; throws if the bundle is not the one we checked. */
export function stripCdnFontFaces(code: string): string {
  const found = code.match(CDN_FONT_FACE) ?? [];
  if (found.length !== EXPECTED_CDN_FONT_FACES) {
    throw new SveltiaBundleChanged(
      `@sveltia/cms : ${found.length} règle(s) @font-face vers le CDN trouvée(s) au lieu de ${EXPECTED_CDN_FONT_FACES}. ` +
        'Le paquet a changé : vérifiez qu’aucune police ne vient d’un autre site, puis mettez à jour scripts/sveltia-self-hosted.ts.',
    );
  }
  const out = code.replace(CDN_FONT_FACE, '');
  const left = /url\(https?:\/\/[^)]*\.(woff2?|ttf|otf)\)/.exec(out);
  if (left) throw new SveltiaBundleChanged(`@sveltia/cms : police encore chargée depuis un autre site (${left[0]}).`);
  return out;
}

const NO_ZOOM = '`maximum-scale=1`,';

/** The bundle without the viewport's zoom lock; throws if the lock moved. */
export function allowZoom(code: string): string {
  if (code.split(NO_ZOOM).length !== 2)
    throw new SveltiaBundleChanged(
      '@sveltia/cms : le réglage de zoom du viewport a changé ; mettez à jour scripts/sveltia-self-hosted.ts.',
    );
  return code.replace(NO_ZOOM, '');
}

export function sveltiaSelfHosted(): Plugin {
  return {
    name: 'ctai:sveltia-self-hosted',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (MODULE.test(file)) return { code: allowZoom(stripCdnFontFaces(code)), map: null };
      if (FRENCH.test(file)) return { code: rewordSaveError(code), map: null };
      return null;
    },
  };
}
