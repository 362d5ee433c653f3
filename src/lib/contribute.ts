/**
 * « Proposer une source ou une action »: a reader's proposal, prefilled with the columns of the
 * spreadsheet of actions (so an editor can paste it into the template) and the page it came from.
 * Where it goes is configuration (PUBLIC_CONTRIBUTE_URL): a `mailto:` address, or the forge's
 * new-issue page — GitHub and Gitea/Forgejo/Codeberg take `title` and `body`, GitLab
 * `issue[title]` and `issue[description]`. Unset: no link (the site never invents an address).
 */
import { CSV_COLUMNS } from './spreadsheet/actions.ts';

export interface ContributionContext {
  /** Absolute URL of the page the reader is on. */
  page: string;
  territory: { id: string; name: string };
  action?: { id: string; title: string; domains: readonly string[] };
}

/** The columns a reader can fill (the rest is the editors' work: id, status, confidence…). */
const READER_COLUMNS = [
  'titre',
  'territoire',
  'domaines',
  'annee_debut',
  'annee_fin',
  'porteur',
  'resume',
  'source_url',
  'source_titre',
  'source_editeur',
  'source_date',
] as const satisfies readonly (typeof CSV_COLUMNS)[number][];

export function contributionText(ctx: ContributionContext): { title: string; body: string } {
  const values: Partial<Record<(typeof READER_COLUMNS)[number], string>> = {
    territoire: ctx.territory.id,
    ...(ctx.action ? { domaines: ctx.action.domains.join('; ') } : {}),
  };
  const subject = ctx.action ? `« ${ctx.action.title} »` : ctx.territory.name;
  return {
    title: `Proposition : une source ou une action (${subject})`,
    body: [
      'Bonjour,',
      '',
      `Je propose une source ou une action pour Atlas CTAI${ctx.action ? ` (à propos de l’action « ${ctx.action.id} »)` : ''}.`,
      `Page d’origine : ${ctx.page}`,
      '',
      ...READER_COLUMNS.map((c) => `${c} : ${values[c] ?? ''}`),
      '',
      'Indispensables : titre, resume et l’adresse d’une source publique (source_url). Les autres lignes peuvent rester vides.',
    ].join('\n'),
  };
}

/** The link, or undefined when no destination is configured (or it is neither mailto: nor http(s):). */
export function contributionUrl(destination: string | undefined, ctx: ContributionContext): string | undefined {
  if (!destination) return undefined;
  const { title, body } = contributionText(ctx);
  if (destination.startsWith('mailto:'))
    return `${destination}${destination.includes('?') ? '&' : '?'}subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const gitlab = url.pathname.includes('/-/issues/new');
  url.searchParams.set(gitlab ? 'issue[title]' : 'title', title);
  url.searchParams.set(gitlab ? 'issue[description]' : 'body', body);
  return url.href;
}
