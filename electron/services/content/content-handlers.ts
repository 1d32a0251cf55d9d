/**
 * The host calls about content: what the page shows (from the verified active pack, one language
 * at a time), and, for staff, installing a newer pack from a USB stick or the office's import
 * folder, or rolling back on purpose. The watch folder, if the office set one, is checked at start
 * and once a day, so a file-sync or device-management tool can deliver packs to a fleet.
 */
import type { HostHandlers } from '../host-gateway';
import { HostRequestError } from '../host-gateway';
import type { ConfigStore } from '../config-store';
import type { Logger } from '../log';
import { removableDrives } from '../removable-drives';
import { REFUSAL_TEXT } from './packs/pack-format';
import { packsIn, type ContentPackStore, type InstallResult } from './packs/pack-store';

type ContentCallNames = 'content:get' | 'content:messages' | 'content:status' | 'content:find' | 'content:install' | 'content:rollback';

export function createContentHandlers(deps: {
  contentPacks: ContentPackStore;
  configStore: ConfigStore;
  requireStaff: () => void;
}): Pick<HostHandlers, ContentCallNames> {
  const { contentPacks } = deps;
  /** Packs staff may install: only those this host found itself (the page never names a path). */
  const offered = () => {
    const { contentImportFolder } = deps.configStore.read().config;
    const folders = [...(contentImportFolder ? [contentImportFolder] : []), ...removableDrives()];
    const current = contentPacks.status().active.version;
    return folders.flatMap(packsIn).map((pack) => ({ ...pack, newer: pack.version > current }));
  };
  const outcome = (result: InstallResult) =>
    result.ok ? ({ outcome: 'installed', version: result.info.version } as const) : ({ outcome: 'refused', code: result.refusal.code, detail: result.refusal.detail } as const);

  return {
    'content:get': async () => {
      const content = contentPacks.content();
      const { active } = contentPacks.status();
      return {
        languages: content.languages,
        invitations: Object.fromEntries(content.languages.map((language) => [language.code, content.translator.text(language.code, 'welcome.choose')])),
        topics: content.topics,
        contacts: content.contacts,
        references: content.references,
        walkthrough: content.walkthrough,
        pack: { version: active.version, created: active.created },
      };
    },
    'content:messages': async ({ language }) => {
      const messages = contentPacks.content().catalogs.get(language);
      if (!messages) throw new HostRequestError('That language is not in the content.');
      return { messages: Object.fromEntries(messages) };
    },
    'content:status': async () => {
      deps.requireStaff();
      const { active, previous, fault } = contentPacks.status();
      return { active, ...(previous ? { previous } : {}), ...(fault ? { fault } : {}) };
    },
    'content:find': async () => {
      deps.requireStaff();
      return { packs: offered() };
    },
    'content:install': async ({ file }) => {
      deps.requireStaff();
      if (!offered().some((pack) => pack.file === file)) throw new HostRequestError('That content pack is not available.');
      return outcome(contentPacks.install(file));
    },
    'content:rollback': async () => {
      deps.requireStaff();
      return outcome(contentPacks.rollback());
    },
  };
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Installs the newest pack in the office's watch folder that is newer than the content in use:
 * now, then once a day. Returns a stop function. What happened is logged (never anything about a
 * visitor).
 */
export function watchContentFolder(contentPacks: ContentPackStore, configStore: ConfigStore, log: Logger): () => void {
  const check = (): void => {
    const folder = configStore.read().config.contentWatchFolder;
    if (!folder) return;
    const newest = packsIn(folder)[0];
    if (!newest || newest.version <= contentPacks.status().active.version) return;
    const result = contentPacks.install(newest.file);
    if (result.ok) log.info('content', `watch folder: installed content pack version ${result.info.version}`);
    else log.warn('content', `watch folder: refused a content pack: ${REFUSAL_TEXT[result.refusal.code]}`);
  };
  check();
  const timer = setInterval(check, DAY_MS);
  // A daily check must never keep a stopping host alive.
  timer.unref();
  return () => clearInterval(timer);
}
