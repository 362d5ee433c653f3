/**
 * `/data/map-en.json`: the map island's data for the English edition (/en/map/): the same
 * territories and actions as `/data/map.json`, with English labels, dates and links.
 */
import type { APIRoute } from 'astro';
import { mapJson } from './_map-json.ts';

export const GET: APIRoute = () => mapJson('en');
