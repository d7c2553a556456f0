import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_LIMITS } from '../limits.js';
import { KnowledgeError, loadKnowledge } from './knowledgeLoader.js';
import type { KnowledgeBase } from './types.js';

/** What the watcher reports. */
export interface WatchHandlers {
  /** A new, valid knowledge base, to swap in whole. */
  onReload(knowledge: KnowledgeBase): void;
  /** The folder changed but does not load: the last good knowledge stays. */
  onError(error: KnowledgeError | Error): void;
  /** The folder at the path was replaced (a deploy moved it away and put a new one there): the new one is watched now. */
  onRewatch?(): void;
}

/** A running watch; `close` stops it. */
export interface KnowledgeWatch {
  close(): void;
  /** Reloads now (also what a change triggers, after the debounce). */
  reload(): void;
}

/** Timings of the watch (tests shorten them). */
export interface WatchOptions {
  /** Quiet time after a change before the reload. */
  debounceMs?: number;
  /** How often the folders' identity is checked. */
  folderCheckMs?: number;
}

/** Which folder a path names now (device and inode), or undefined while there is none. */
function identityOf(folder: string): string | undefined {
  try {
    const stats = statSync(folder);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** A watch of one folder that knows which folder (inode) it watches. */
interface FolderWatch {
  identity: string;
  watcher: FSWatcher;
}

/**
 * Watches a knowledge folder and reloads it after changes settle: the entry files, the vocabulary
 * (which comes with the knowledge, so the matcher built from it reads the new words) and the schemas
 * (read again on every load). Editors often save by writing a new file and renaming it over the old
 * one, so the folder is watched, not the files. A folder that does not load changes nothing; an
 * unchanged version is not reported again.
 *
 * A watch follows a folder, not its path: when a deploy moves the folder away and copies a new one
 * to its place, the watch would go on watching the old one and live reload would stop for good. So
 * a cheap check (a `stat` every `folderCheckMs`, and on every event) compares the folder at the path
 * with the one watched, and watches the new one when they differ (then reloads, and says so once).
 */
export function watchKnowledge(dir: string, current: () => KnowledgeBase, handlers: WatchHandlers, options: WatchOptions = {}): KnowledgeWatch {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let lastError = '';
  let closed = false;
  const reload = () => {
    timer = undefined;
    try {
      const next = loadKnowledge(dir);
      lastError = '';
      if (next.version !== current().version) handlers.onReload(next);
    } catch (error) {
      const message = (error as Error).message;
      // One report per distinct problem: an editor saving the same broken file twice gets one line.
      if (message !== lastError) handlers.onError(error as Error);
      lastError = message;
    }
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  };

  // The knowledge folder and its translations folder (watched on its own: a recursive watch misses
  // editors' rename-saves on Node 20), each from when it exists.
  const translations = path.join(dir, 'translations');
  let folderWatch: FolderWatch | undefined;
  let translationWatch: FolderWatch | undefined;
  /** The knowledge folder watched first, or last re-armed: another one at the path is a replacement. */
  let knownIdentity: string | undefined;

  /** The watch of `folder` as it is now: the same one, a new one for a new folder, or none while there is no folder. */
  const arm = (folder: string, watched: FolderWatch | undefined, onEvent: (name: string | null) => void): FolderWatch | undefined => {
    const identity = identityOf(folder);
    if (watched && watched.identity === identity) return watched;
    watched?.watcher.close();
    if (identity === undefined) return undefined;
    try {
      const watcher = watch(folder, { persistent: false }, (_event, name) => onEvent(name === null ? null : String(name)));
      // An error (the folder removed under the watch) drops the watch; the next check watches what is there then.
      watcher.on('error', () => {
        watcher.close();
        if (folderWatch?.watcher === watcher) folderWatch = undefined;
        if (translationWatch?.watcher === watcher) translationWatch = undefined;
      });
      return { identity, watcher };
    } catch {
      return undefined;
    }
  };

  /** Watches the folders now at their paths; a replaced knowledge folder is reported once and reloaded. */
  const check = () => {
    if (closed) return;
    folderWatch = arm(dir, folderWatch, onFolderEvent);
    translationWatch = arm(translations, translationWatch, onTranslationEvent);
    if (!folderWatch || folderWatch.identity === knownIdentity) return;
    const replaced = knownIdentity !== undefined;
    knownIdentity = folderWatch.identity;
    if (replaced) {
      handlers.onRewatch?.();
      schedule();
    }
  };
  const onTranslationEvent = (name: string | null) => {
    if (!name || /\.(ya?ml|json)$/i.test(name)) schedule();
  };
  const onFolderEvent = (name: string | null) => {
    // Events keep coming from a folder moved away (a deploy deleting it): look at the path at once.
    check();
    if (name && name !== 'translations' && !/\.(ya?ml|json)$/i.test(name)) return;
    schedule();
  };

  check();
  const interval = setInterval(check, options.folderCheckMs ?? KNOWLEDGE_LIMITS.folderCheckMs);
  interval.unref();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      clearInterval(interval);
      folderWatch?.watcher.close();
      translationWatch?.watcher.close();
    },
    reload,
  };
}
