// Persistence: the project (files, database) and the time-travel list live in IndexedDB, so a
// reload comes back to where the user was. A version counter in the record, checked inside the
// write transaction, means two tabs never overwrite each other silently: a tab whose version is
// stale gets a conflict instead of writing. A BroadcastChannel tells the other tabs at once.
import type { Snapshot } from './api';
import type { Label } from './i18n';

/** `label` (with `key`/`args`, see i18n's Label): what changed the project after this point (the command, "SQL: ...", "import" ...). */
export interface Entry extends Label {
  id: number;
  time: number;
  before: Snapshot;
}

export interface Saved {
  version: number;
  savedAt: number;
  project: Snapshot;
  entries: Entry[];
  owner: string;
}

export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'unavailable' | 'corrupt' | 'quota' | 'failed',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

const DB_NAME = 'revlab';
const STORE = 'kv';
const KEY = 'project';

function isSnapshot(value: unknown): value is Snapshot {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  if (typeof s.database !== 'string' || !s.files || typeof s.files !== 'object' || Array.isArray(s.files)) return false;
  if (!Object.values(s.files as object).every((content) => typeof content === 'string')) return false;
  return !('dirs' in s) || (Array.isArray(s.dirs) && s.dirs.every((d) => typeof d === 'string'));
}

/** Checks the shape of what IndexedDB gave back (it may be from an old version or damaged). */
export function validate(value: unknown): Saved {
  if (!value || typeof value !== 'object') throw new StorageError('the saved record is not an object', 'corrupt');
  const v = value as Record<string, unknown>;
  if (typeof v.version !== 'number' || !isSnapshot(v.project) || !Array.isArray(v.entries)) {
    throw new StorageError('the saved record does not have the expected shape', 'corrupt');
  }
  const entries = (v.entries as unknown[]).filter((e): e is Entry => {
    const entry = e as Entry;
    return !!entry && typeof entry.label === 'string' && typeof entry.time === 'number' && isSnapshot(entry.before);
  });
  return { version: v.version, savedAt: Number(v.savedAt) || 0, project: v.project as Snapshot, entries, owner: String(v.owner ?? '') };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as DOMException)?.name;
  const message = (error as Error)?.message ?? String(error);
  if (name === 'QuotaExceededError') return new StorageError('the browser storage for this site is full', 'quota');
  return new StorageError(message || name || 'IndexedDB failed', 'failed');
}

export class Store {
  private db: IDBDatabase | undefined;
  /** The version this tab last loaded or wrote; a write expects to find it. */
  version = 0;

  async open(): Promise<void> {
    if (typeof indexedDB === 'undefined') throw new StorageError('this browser has no IndexedDB', 'unavailable');
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    try {
      this.db = await request(req);
    } catch (error) {
      throw new StorageError(`IndexedDB could not be opened (${classify(error).message})`, 'unavailable');
    }
  }

  async load(): Promise<Saved | undefined> {
    if (!this.db) return undefined;
    const raw = await request(this.db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY)).catch((e) => {
      throw classify(e);
    });
    if (raw === undefined) return undefined;
    const saved = validate(raw);
    this.version = saved.version;
    return saved;
  }

  /** The version now stored (0: nothing), without loading the record. */
  async storedVersion(): Promise<number> {
    if (!this.db) return 0;
    const raw = (await request(this.db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY))) as { version?: unknown } | undefined;
    return typeof raw?.version === 'number' ? raw.version : 0;
  }

  /**
   * Writes the project. Without `force`, it refuses (returns 'conflict') when another tab wrote
   * since this one last loaded or saved.
   */
  async save(data: Omit<Saved, 'version' | 'savedAt'>, force = false): Promise<'saved' | 'conflict'> {
    if (!this.db) throw new StorageError('IndexedDB is not open', 'unavailable');
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
    });
    let outcome: 'saved' | 'conflict' = 'saved';
    try {
      const raw = (await request(store.get(KEY))) as { version?: unknown } | undefined;
      const stored = typeof raw?.version === 'number' ? raw.version : 0;
      if (!force && stored !== this.version) {
        outcome = 'conflict';
        tx.abort();
      } else {
        const version = Math.max(stored, this.version) + 1;
        store.put({ ...data, version, savedAt: Date.now() }, KEY);
        await done;
        this.version = version;
        return 'saved';
      }
    } catch (error) {
      if (outcome === 'conflict') return 'conflict';
      throw classify(error);
    }
    await done.catch(() => undefined);
    return outcome;
  }

  async clear(): Promise<void> {
    if (!this.db) return;
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(KEY);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(classify(tx.error));
    });
    this.version = 0;
  }
}

export type TabMessage =
  | { type: 'hello'; tab: string }
  | { type: 'here'; tab: string; to: string }
  | { type: 'takeover'; tab: string }
  | { type: 'saved'; tab: string; version: number };

/** The other open tabs of the playground, over a BroadcastChannel (when the browser has one). */
export class Tabs {
  readonly id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly channel: BroadcastChannel | undefined;

  constructor(private readonly onMessage: (message: TabMessage) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel('revlab-tabs');
    this.channel.addEventListener('message', (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (!message || typeof message !== 'object' || message.tab === this.id) return;
      if (message.type === 'hello') this.post({ type: 'here', tab: this.id, to: message.tab });
      if (message.type === 'here' && message.to !== this.id) return;
      this.onMessage(message);
    });
  }

  post(message: TabMessage): void {
    this.channel?.postMessage(message);
  }

  hello(): void {
    this.post({ type: 'hello', tab: this.id });
  }
}
