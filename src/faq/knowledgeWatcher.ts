import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { KnowledgeError, loadKnowledge } from './knowledgeLoader.js';
import type { KnowledgeBase } from './types.js';

/** What the watcher reports. */
export interface WatchHandlers {
  /** A new, valid knowledge base, to swap in whole. */
  onReload(knowledge: KnowledgeBase): void;
  /** The folder changed but does not load: the last good knowledge stays. */
  onError(error: KnowledgeError | Error): void;
}

/** A running watch; `close` stops it. */
export interface KnowledgeWatch {
  close(): void;
  /** Reloads now (also what a change triggers, after the debounce). */
  reload(): void;
}

/**
 * Watches a knowledge folder and reloads it after changes settle: the entry files, the vocabulary
 * (which comes with the knowledge, so the matcher built from it reads the new words) and the schemas
 * (read again on every load). Editors often save by writing a new file and renaming it over the old
 * one, so the folder is watched, not the files. A folder that does not load changes nothing; an
 * unchanged version is not reported again.
 */
export function watchKnowledge(dir: string, current: () => KnowledgeBase, handlers: WatchHandlers, debounceMs = 300): KnowledgeWatch {
  let timer: NodeJS.Timeout | undefined;
  let lastError = '';
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
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  };
  // The translations folder is watched on its own (a recursive watch misses editors' rename-saves on
  // Node 20), from the start or from when it appears.
  const translations = path.join(dir, 'translations');
  let translationWatcher: FSWatcher | undefined;
  const watchTranslations = () => {
    if (translationWatcher || !existsSync(translations)) return;
    translationWatcher = watch(translations, { persistent: false }, (_event, name) => {
      if (!name || /\.(ya?ml|json)$/i.test(String(name))) schedule();
    });
    translationWatcher.on('error', () => {
      translationWatcher?.close();
      translationWatcher = undefined;
    });
  };
  watchTranslations();
  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, name) => {
    if (String(name) === 'translations') {
      watchTranslations();
      schedule();
      return;
    }
    if (name && !/\.(ya?ml|json)$/i.test(String(name))) return;
    schedule();
  });
  watcher.on('error', (error) => handlers.onError(error));
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
      translationWatcher?.close();
    },
    reload,
  };
}
