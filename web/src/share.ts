// Share links: the project's files, deflated (fflate) and base64url-encoded, in the URL fragment
// (#project=...). The fragment never reaches a server. Opening one parses it as data, checks every
// path and size, and never runs anything from it.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { tooMany, unsafePath } from './zip';

export const FRAGMENT_KEY = 'project';
const MAX_FRAGMENT = 1 << 20; // characters of base64url
const MAX_JSON = 8 << 20; // bytes after inflating

export class ShareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareError';
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError('The link is damaged: it has characters a share link never has.');
  const b64 = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new ShareError('The link is damaged: it is not base64url.');
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The fragment value for a project's files. */
export function encodeShare(files: Record<string, string>): string {
  const json = JSON.stringify({ v: 1, files });
  return toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

/** The link for a fragment value (encodeShare's). */
export function shareUrl(base: string, value: string): string {
  const url = new URL(base);
  url.hash = `${FRAGMENT_KEY}=${value}`;
  return url.href;
}

/** The value of #project=... in a location hash, if any. */
export function shareFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY) ?? undefined;
}

/** Parses a fragment value into files; throws ShareError with a message for the user. */
export function decodeShare(value: string): Record<string, string> {
  if (value.length > MAX_FRAGMENT) throw new ShareError('The link is too long to be a Revlab project.');
  const packed = fromBase64Url(value);
  let bytes: Uint8Array;
  try {
    // A buffer of fixed size: a link cannot inflate to more than MAX_JSON bytes.
    bytes = inflateSync(packed, { out: new Uint8Array(MAX_JSON) });
  } catch {
    throw new ShareError('The link is damaged: its content does not decompress.');
  }
  if (bytes.length >= MAX_JSON) throw new ShareError('The shared project is too large.');
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(bytes));
  } catch {
    throw new ShareError('The link is damaged: its content is not a project.');
  }
  const record = data as { v?: unknown; files?: unknown };
  if (!record || typeof record !== 'object' || record.v !== 1 || !record.files || typeof record.files !== 'object' || Array.isArray(record.files)) {
    throw new ShareError('The link does not hold a Revlab project.');
  }
  // Keyed by the link's paths: no prototype, so a file named "__proto__" is kept like any other.
  const files = Object.create(null) as Record<string, string>;
  const paths = Object.keys(record.files);
  const crowded = tooMany(paths);
  if (crowded) throw new ShareError(`The shared project cannot be opened: ${crowded}.`);
  for (const [path, content] of Object.entries(record.files as Record<string, unknown>)) {
    const why = unsafePath(path);
    if (why || !path || path.endsWith('/')) throw new ShareError(`The link holds an unsafe path "${path}"${why ? `: ${why}` : ''}.`);
    if (typeof content !== 'string') throw new ShareError(`The link holds "${path}" with content that is not text.`);
    files[path] = content;
  }
  if (paths.length === 0) throw new ShareError('The shared project has no files.');
  return files;
}
