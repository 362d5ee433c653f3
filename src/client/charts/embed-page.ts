/** Entry point of the embed page: query filters, resizing, and the same enhancements as on the site. */
import { enhanceCharts } from './enhance.ts';
import { resolveQuery, startResizeReports } from './embed-child.ts';

const root = document.querySelector<HTMLElement>('[data-chart]');
if (root) void resolveQuery(root);
startResizeReports();
enhanceCharts(document);
