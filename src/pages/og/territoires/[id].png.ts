import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { formatPartialDate, plural } from '../../../lib/format.ts';
import { pngResponse, renderOgImage } from '../../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const data = await getDataset();
  return data.territories.map((t) => ({ params: { id: t.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getDataset();
  const t = data.territoryById.get(params['id']!)!;
  const n = data.actions.filter((a) => a.territory === t.id).length;
  return pngResponse(
    await renderOgImage({
      kicker: `Territoire · ${t.contract.label} · ${t.region.name}`,
      title: t.name,
      subtitle: `Première signature : ${formatPartialDate(t.contract.firstSignature)} · ${n ? plural(n, 'action documentée', 'actions documentées') : 'aucune action documentée'}`,
    }),
  );
};
