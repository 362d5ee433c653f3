/**
 * The browser crawl shared by the tests of crawl.spec.ts (one file, so one worker and one crawl).
 * It visits the pages of the plan (axe-sample.ts: pages covering every part of every template,
 * plus a daily rotating sample): each is loaded, scrolled to the bottom (lazy maps and charts
 * start), left to settle, then checked with axe in the light scheme and, for the pages of the
 * cover, again in the dark one (switched on the loaded page, as a reader's system setting does:
 * the styles follow `prefers-color-scheme`) with the rules that depend on colours (the dark
 * scheme changes nothing else: axe.ts COLOUR_RULES); requests to other origins, CSP violations and the
 * status are recorded. What differs between pages of one template, their content, is checked on
 * every page from the HTML (site.ts foreignResources, headers.spec.ts).
 */
import type { Browser } from '@playwright/test';
import { axeDarkViolations, axeViolations } from './axe.ts';
import { visitFully } from './browse.ts';
import { allPages, BASE, pageHtml } from './site.ts';
import { axeExtra, axeSeed, pageFeatures, planAxe, type AxePlan } from './axe-sample.ts';

export interface PageReport {
  /** Requests to another origin: `type url`. */
  foreign: string[];
  /** Content-Security-Policy violations reported by the page. */
  csp: string[];
  /** Axe violations (WCAG 2.2 AA): `rule (impact) : help — targets`, the dark scheme's marked « sombre ». */
  axe: string[];
  /** HTTP status of the page itself. */
  status: number;
}

let crawl: Promise<Map<string, PageReport>> | undefined;
let plan: AxePlan | undefined;

/** The pages axe checks this run (computed once from the built HTML). */
export function axePlan(): AxePlan {
  plan ??= planAxe(new Map(allPages().map((p) => [p, pageFeatures(p, pageHtml(p), BASE)])), axeSeed(), axeExtra());
  return plan;
}

export function crawlSite(browser: Browser, baseURL: string): Promise<Map<string, PageReport>> {
  crawl ??= run(browser, baseURL);
  return crawl;
}

/** Pages crawled at once (CRAWL_CONCURRENCY, default 2: one per core of our machines). */
const CONCURRENCY = Number(process.env.CRAWL_CONCURRENCY ?? 2);

async function run(browser: Browser, baseURL: string): Promise<Map<string, PageReport>> {
  const origin = new URL(baseURL).origin;
  const queue = [...axePlan().pages];
  const cover = new Set(axePlan().cover);
  const reports = new Map<string, PageReport>();
  const worker = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let current: PageReport = { foreign: [], csp: [], axe: [], status: 0 };
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP-VIOLATION ${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (text.startsWith('CSP-VIOLATION') || /Content Security Policy/i.test(text)) current.csp.push(text);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (/^(data|blob):/.test(url)) return;
      if (new URL(url).origin !== origin) current.foreign.push(`${req.resourceType()} ${url}`);
    });
    // Foreign requests are recorded, then aborted so a slow host cannot stall the crawl.
    await page.route(
      (url) => url.origin !== origin && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = { foreign: [], csp: [], axe: [], status: 0 };
      const response = await visitFully(page, origin + path);
      current.status = response?.status() ?? 0;
      current.axe = await axeViolations(page);
      if (cover.has(path)) {
        current.axe.push(...(await axeDarkViolations(page)).map((v) => `sombre : ${v}`));
        await page.emulateMedia({ colorScheme: 'light' });
      }
      reports.set(path, current);
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Sitemap order, whatever order the workers finished in.
  return new Map(axePlan().pages.map((p) => [p, reports.get(p)!]));
}

/** `path: problem` lines for the pages where `pick` finds something. */
export function problems(reports: Map<string, PageReport>, pick: (r: PageReport) => string[]): string[] {
  return [...reports].flatMap(([path, r]) => pick(r).map((p) => `${path} : ${p}`));
}
