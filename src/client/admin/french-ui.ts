/**
 * The CMS follows the browser's language unless a preference is saved: editors get French. Its own
 * module, imported before the CMS, because the CMS reads the preference while its module loads.
 */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as Record<string, unknown>;
  if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'fr' }));
} catch {
  // Storage refused (private mode): the CMS then follows the browser's language.
}
