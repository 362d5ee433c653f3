/**
 * The filter form submits as HTML forms do (`?domaines=logement&domaines=sante&debut=2019`);
 * the URL codec reads comma lists. Joining repeated names lets `decodeState` read both, so a
 * link made by submitting the form without JavaScript opens the same view with JavaScript.
 */
const LIST_PARAMS = ['domaines', 'statuts', 'domaine'] as const;

export function joinRepeatedParams(search: string | URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(search);
  for (const name of LIST_PARAMS) {
    const values = p.getAll(name).filter(Boolean);
    p.delete(name);
    if (values.length) p.set(name, values.join(','));
  }
  return p;
}
