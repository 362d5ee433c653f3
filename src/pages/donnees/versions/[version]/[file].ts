/**
 * `/donnees/versions/<version>/<file>`: each archived release's open data at a permanent address,
 * and its SHA-256 manifest (`SHA256SUMS.txt`, checkable with `sha256sum -c`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../../lib/releases/load.ts';
import { MANIFEST_NAME, RELEASE_FILE_NAMES, releaseFiles, sha256Manifest } from '../../../../lib/releases/open-data.ts';
import type { Snapshot } from '../../../../lib/releases/snapshot.ts';

export const getStaticPaths = (() =>
  getArchive().archived.flatMap((r) =>
    [...RELEASE_FILE_NAMES, MANIFEST_NAME].map((file) => ({
      params: { version: r.version, file },
      props: { snapshot: r.snapshot },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ snapshot: Snapshot }> = ({ params, props, site }) => {
  const files = releaseFiles(props.snapshot, site);
  if (params['file'] === MANIFEST_NAME)
    return new Response(sha256Manifest(files), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const f = files.find((x) => x.file === params['file'])!;
  return new Response(f.text, { headers: { 'content-type': `${f.type}; charset=utf-8` } });
};
