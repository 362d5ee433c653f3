/**
 * `/data/map.json`: the map island's data (territories, filterable action records, domains,
 * zones), built once at build time. See src/lib/map/map-data.ts for the shape; the English
 * edition's twin is `/data/map-en.json`.
 */
import type { APIRoute } from 'astro';
import { mapJson } from './_map-json.ts';

export const GET: APIRoute = () => mapJson('fr');
