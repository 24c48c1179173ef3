// Where a session's scenario came from, as the console says it (the session screen under its title, the list of
// sessions): the server records it when the session is created (SessionSource in shared/protocol.ts). A saved
// scenario is named with the short hash of the version the session copied, so a later edit is told apart.
// Loaded when a session shows it, with its strings (client/i18n/session-source.ts): not on the first screen.
import type { SessionSource } from '../../shared/protocol.ts';
import { fill, language } from '../i18n/index.ts';
import { sourceTexts, type SourceKey } from '../i18n/session-source.ts';

export function sourceText(key: SourceKey, params?: Record<string, string | number>): string {
  return fill(sourceTexts[language()][key], params);
}

/** The first twelve hex digits of a content hash: enough to tell versions of one scenario apart. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/** The line under a session's title; `bundledTitle` names a bundled scenario. */
export function sourceLine(source: SessionSource | undefined, bundledTitle: string): string | null {
  if (!source) return null;
  switch (source.kind) {
    case 'saved':
      return sourceText('session.fromSaved', {
        title: source.title,
        hash: shortHash(source.hash),
        date: new Date(source.savedAt).toLocaleDateString(document.documentElement.lang || undefined),
      });
    case 'bundled':
      return sourceText('session.fromBundled', { title: bundledTitle });
    case 'file':
      return sourceText('session.fromFile');
    default:
      return null;
  }
}
