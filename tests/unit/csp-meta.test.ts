/** scripts/csp-meta.ts: the policy of _headers as <meta> for hosts that send no headers. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMetaPolicies, metaPolicy, sitePathOf, withMetaPolicy } from '../../scripts/csp-meta.ts';

describe('metaPolicy', () => {
  it.each([
    ["default-src 'self'; frame-ancestors 'none'", "default-src 'self'"],
    ["frame-ancestors *; script-src 'self'", "script-src 'self'"],
    ["script-src 'self'; report-uri /r; sandbox allow-scripts; FRAME-ANCESTORS 'none'", "script-src 'self'"],
    ["script-src 'self' 'sha256-AB+/='; img-src 'self' data:", "script-src 'self' 'sha256-AB+/='; img-src 'self' data:"],
  ])('%s → %s', (csp, expected) => expect(metaPolicy(csp)).toBe(expected));
});

describe('withMetaPolicy', () => {
  const headers = new Map([
    ['content-security-policy', "default-src 'self'; script-src 'self'; frame-ancestors 'none'"],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
  ]);
  const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/a.js"></script></head><body></body></html>';

  it('puts the policy right after <meta charset>, before every script', () => {
    const out = withMetaPolicy(page, headers);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset="utf-8">'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="default-src 'self'; script-src 'self'"`);
    expect(out).not.toContain('frame-ancestors');
    expect(out).toContain('<meta data-ctai-csp name="referrer" content="strict-origin-when-cross-origin">');
  });

  it('is idempotent, and follows a changed policy', () => {
    const once = withMetaPolicy(page, headers);
    expect(withMetaPolicy(once, headers)).toBe(once);
    const changed = withMetaPolicy(once, new Map([['content-security-policy', "default-src 'none'"]]));
    expect(changed.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(changed).toContain(`content="default-src 'none'"`);
    expect(changed).not.toContain('name="referrer"');
  });

  it('escapes the attribute, keeps a page’s own referrer policy, and needs a <head>', () => {
    const out = withMetaPolicy(
      '<html><head><meta name="referrer" content="no-referrer"></head></html>',
      new Map([
        ['content-security-policy', 'a "b" & c'],
        ['referrer-policy', 'origin'],
      ]),
    );
    expect(out).toContain('content="a &quot;b&quot; &amp; c"');
    expect(out.match(/name="referrer"/g)).toHaveLength(1);
    expect(() => withMetaPolicy('<p>fragment</p>', headers)).toThrow(/<head>/);
  });
});

it('sitePathOf gives the path _headers patterns see', () => {
  expect(sitePathOf('/d', '/d/index.html')).toBe('/');
  expect(sitePathOf('/d', '/d/embed/x/index.html')).toBe('/embed/x/');
  expect(sitePathOf('/d', '/d/404.html')).toBe('/404.html');
});

it('applyMetaPolicies gives each page the policy of its part of the site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'csp-meta-'));
  mkdirSync(join(dist, 'embed/x'), { recursive: true });
  writeFileSync(
    join(dist, '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; img-src *; frame-ancestors *\n",
  );
  const page = '<html><head><meta charset="utf-8"></head></html>';
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(join(dist, 'embed/x/index.html'), page);
  expect(applyMetaPolicies(dist)).toBe(2);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`content="default-src 'self'"`);
  expect(readFileSync(join(dist, 'embed/x/index.html'), 'utf8')).toContain(`content="default-src 'self'; img-src *"`);
});
