/**
 * A workbook (.xlsx, .ods) is a zip file; a few megabytes of zip can expand to gigabytes (a « zip
 * bomb », made on purpose or by a sheet formatted down to row 1 048 576). SheetJS inflates every
 * part fully before reading a cell, so a bomb costs tens of seconds and gigabytes before any error.
 *
 * This guard runs first, on the raw bytes, and reads the zip the way SheetJS does (the last
 * end-of-central-directory record, then each entry's local header):
 * 1. the sizes the zip declares are added up before inflating anything — an honest bomb is refused
 *    at once;
 * 2. each compressed part is then inflated by small chunks into a 32 kB window, counting bytes and
 *    stopping as soon as a part exceeds its declared size or the total exceeds the limit — a zip
 *    that lies about its sizes is refused after inflating at most the limit, in bounded memory.
 * After it, SheetJS inflates only what was measured.
 */
import { Inflate } from 'fflate';
import { LIMITS, formatBytes } from './limits.ts';

export class ZipGuardError extends Error {}

const CHUNK = 4096;

interface Entry {
  name: string;
  method: number;
  dataStart: number;
  compressed: number;
  declared: number;
}

function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : NaN);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : NaN);
  const broken = () => new ZipGuardError('classeur abîmé : son sommaire interne est illisible (fichier tronqué ?).');
  let eocd = bytes.length - 4;
  while (eocd >= 0 && u32(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw broken();
  const count = u16(eocd + 8);
  const start = u32(eocd + 16);
  if (Number.isNaN(count) || Number.isNaN(start)) throw broken();
  if (count > LIMITS.zipEntries)
    throw new ZipGuardError(`classeur refusé : ${count} parties internes (un classeur en a moins de 100).`);
  const list: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    const compressed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const skip = nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    if ([compressed, size, skip, local].some(Number.isNaN)) throw broken();
    // ZIP64 sizes (0xFFFFFFFF): a part over 4 GB, far beyond any sheet of actions.
    if (compressed === 0xffffffff || size === 0xffffffff)
      throw new ZipGuardError(`classeur refusé : une partie interne dépasse 4 Go (limite ${formatBytes(LIMITS.inflatedBytes)}).`);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const localNameLength = u16(local + 26);
    const localExtra = u16(local + 28);
    const method = u16(local + 8);
    const localSize = u32(local + 22);
    if ([localNameLength, localExtra, method, localSize].some(Number.isNaN)) throw broken();
    const dataStart = local + 30 + localNameLength + localExtra;
    // SheetJS trusts the local header's size when it inflates: keep the larger of the two.
    list.push({ name, method, dataStart, compressed, declared: Math.max(size, localSize) });
    at += 46 + skip;
  }
  return list;
}

function inflatedSize(bytes: Uint8Array, entry: Entry, budget: number): number {
  const cap = Math.min(entry.declared, budget);
  let total = 0;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new ZipGuardError('overflow');
  });
  const end = Math.min(entry.dataStart + entry.compressed, bytes.length);
  try {
    for (let at = entry.dataStart; at < end; at += CHUNK)
      stream.push(bytes.subarray(at, Math.min(at + CHUNK, end)), at + CHUNK >= end);
    if (entry.compressed === 0) stream.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipGuardError && total > entry.declared)
      throw new ZipGuardError(
        `classeur piégé ou abîmé : la partie « ${entry.name} » annonce ${formatBytes(entry.declared)} mais en contient davantage.`,
      );
    if (e instanceof ZipGuardError) throw tooBig(`plus de ${formatBytes(LIMITS.inflatedBytes)}`);
    throw new ZipGuardError(`classeur abîmé : la partie « ${entry.name} » est illisible (fichier tronqué ?).`);
  }
  return total;
}

const tooBig = (size: string) =>
  new ZipGuardError(
    `classeur trop volumineux une fois décompressé (${size}, limite ${formatBytes(LIMITS.inflatedBytes)}) : ` +
      'il contient sans doute des milliers de lignes ou de colonnes vides mises en forme. Copiez seulement le tableau des actions dans un classeur neuf.',
  );

/** Refuses a zip workbook too big once inflated, before SheetJS inflates it. */
export function guardZip(bytes: Uint8Array): void {
  const list = entries(bytes);
  const declared = list.reduce((s, e) => s + e.declared, 0);
  if (declared > LIMITS.inflatedBytes) throw tooBig(formatBytes(declared));
  let used = 0;
  for (const entry of list) {
    if (entry.method === 0) used += entry.compressed;
    else if (entry.method === 8) used += inflatedSize(bytes, entry, LIMITS.inflatedBytes - used);
    else
      throw new ZipGuardError(`classeur illisible : méthode de compression ${entry.method} inconnue (partie « ${entry.name} »).`);
  }
}
