// Reading a zip without trusting it. The central directory is read first, entry count before
// anything else (a zip that claims 100,000 entries is refused after reading 22 bytes), then every
// entry's name and sizes; only then is anything inflated, in small pieces with a running byte
// count, so an entry that claims 200 bytes and inflates to 15 GiB stops just past 200 bytes. Its
// size and CRC-32 must then match what the directory says. Pure (no DOM): it runs in the tasks
// worker, and node's unit tests import it.
import { Inflate } from 'fflate';

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated (nothing else is read). */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most ~16 MB of output each (deflate's 1032:1). */
const PIECE = 16 << 10;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
/** A little-endian 64-bit number; anything past 2^53 (never a real zip's) becomes Infinity. */
const u64 = (b: Uint8Array, at: number) => {
  const high = u32(b, at + 4);
  return high >= 0x200000 ? Infinity : high * 0x100000000 + u32(b, at);
};

let table: Uint32Array | undefined;

/** CRC-32 (ISO-HDLC, as zip uses), continuing from `crc` when given. */
export function crc32(data: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function entryName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    return latin1.decode(raw); // an old zip tool's code page: shown as Latin-1, checked all the same
  }
}

/** The end of central directory record: where the directory is and how many entries it lists. */
function directory(bytes: Uint8Array): { count: number; offset: number; size: number } {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (u32(bytes, at) !== EOCD) continue;
    if (at + 22 + u16(bytes, at + 20) !== bytes.length) continue; // a signature inside the comment
    if (u16(bytes, at + 4) !== 0 || u16(bytes, at + 6) !== 0) throw new ZipError('it is split over several files (a multi-part zip)');
    let count = u16(bytes, at + 10);
    let size = u32(bytes, at + 12);
    let offset = u32(bytes, at + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      // Zip64: the real numbers are in a second record, found through a locator just before.
      const locator = at - 20;
      if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) throw new ZipError('its zip64 directory is missing');
      const record = u64(bytes, locator + 8);
      if (!(record + 56 <= locator) || u32(bytes, record) !== ZIP64_EOCD) throw new ZipError('its zip64 directory is damaged');
      count = u64(bytes, record + 32);
      size = u64(bytes, record + 40);
      offset = u64(bytes, record + 48);
    }
    return { count, offset, size };
  }
  throw new ZipError('it has no central directory (it is not a zip file, or it is cut short)');
}

/** The number of entries the directory claims, read from its last bytes only. */
export function entryCount(bytes: Uint8Array): number {
  return directory(bytes).count;
}

/**
 * The entries of the central directory. Throws ZipError when the zip lists more than
 * `maxEntries` (before reading any of them) or when the directory is damaged.
 */
export function listEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const dir = directory(bytes);
  if (dir.count > maxEntries) throw new ZipError(`it lists ${dir.count.toLocaleString('en-US')} entries; the limit is ${maxEntries.toLocaleString('en-US')}`);
  if (!(dir.offset + dir.size <= bytes.length)) throw new ZipError('its central directory points past the end of the file');
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipError('its central directory is damaged');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw new ZipError('its central directory is damaged');
    const entry: ZipEntry = {
      name: entryName(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) {
      zip64Extra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    }
    entries.push(entry);
    at = end;
  }
  return entries;
}

/** Sizes and offset of a zip64 entry: the 0xFFFFFFFF fields, in order, in extra field 0x0001. */
function zip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw new ZipError(`the zip64 sizes of "${entry.name}" are damaged`);
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    at += 4 + length;
  }
  throw new ZipError(`the zip64 sizes of "${entry.name}" are missing`);
}

/**
 * An entry's bytes. Refused: encryption, methods other than stored and deflate, and an entry
 * whose data holds more or fewer bytes than the directory says, or whose CRC-32 differs. Work is
 * bounded by the declared size: inflating stops as soon as the output passes it.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const name = entry.name;
  if (entry.flags & 1) throw new ZipError(`"${name}" is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`"${name}" uses compression method ${entry.method}; only stored and deflate are read`);
  const local = entry.offset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new ZipError(`the local header of "${name}" is missing or damaged`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  if (!(start + entry.compressedSize <= bytes.length)) throw new ZipError(`the data of "${name}" runs past the end of the file`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const out = new Uint8Array(entry.size);
  let length = 0;
  const lie = () => new ZipError(`"${name}" claims ${entry.size.toLocaleString('en-US')} bytes but holds more: the zip is damaged or forged`);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw data.length > entry.size ? lie() : short(name, entry.size, data.length);
    out.set(data);
    length = data.length;
  } else {
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > out.length) throw lie();
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      // The last piece is pushed as final: a stream cut short then fails ("unexpected EOF").
      for (let at = 0; at < data.length || at === 0; at += PIECE) {
        const end = Math.min(at + PIECE, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`"${name}" does not inflate (${error instanceof Error ? error.message : String(error)})`);
    }
    if (length !== entry.size) throw short(name, entry.size, length);
  }
  const crc = crc32(out);
  if (crc !== entry.crc) {
    throw new ZipError(`"${name}" fails its CRC-32 check (the zip says ${hex(entry.crc)}, the data gives ${hex(crc)}): the zip is damaged or forged`);
  }
  return out;
}

function short(name: string, claimed: number, held: number): ZipError {
  return new ZipError(`"${name}" claims ${claimed.toLocaleString('en-US')} bytes but holds ${held.toLocaleString('en-US')}: the zip is damaged or forged`);
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
