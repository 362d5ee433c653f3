import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { cmsConfig } from '../../lib/cms/config.ts';

/** The editing interface's configuration, generated from the schemas (see src/lib/cms/config.ts). */
export const GET: APIRoute = async () => {
  const domains = (await getCollection('domains')).map((d) => d.data).sort((a, b) => a.order - b.order);
  const config = cmsConfig({ domains }, process.env);
  return new Response(JSON.stringify(config, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
