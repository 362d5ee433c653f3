import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { coverage } from '../../lib/coverage.ts';
import { plural } from '../../lib/format.ts';
import { pngResponse, renderOgImage } from '../../lib/og-image.ts';

/** The site's default social image, for pages without their own. */
export const GET: APIRoute = async () => {
  const data = await getDataset();
  const cov = coverage(data.actions, data.territories, data.figures);
  return pngResponse(
    await renderOgImage({
      kicker: 'Carte et données ouvertes',
      title: 'Les contrats territoriaux d’accueil et d’intégration',
      subtitle: `${plural(cov.territories, 'territoire')} · ${cov.sentence}`,
    }),
  );
};
