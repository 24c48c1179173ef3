// Which language the tool's own pages speak: the launch's launch_presentation locale, else the id token's
// `locale`, else the browser's Accept-Language, else English. The platform knows the user's chosen language
// better than the browser does, so its claims come first.
import type { Request } from 'express';
import { own } from '../../shared/own.ts';
import { LANGUAGES, type Language } from '../../shared/scenario/schema.ts';
import { CLAIM } from './claims.ts';
import { en, type LtiStrings } from './strings-en.ts';
import { fi } from './strings-fi.ts';
import { pl } from './strings-pl.ts';

export const STRINGS: ReadonlyMap<Language, LtiStrings> = new Map([
  ['en', en],
  ['fi', fi],
  ['pl', pl],
]);

/** A text of the pages, in whichever language the page is in. */
export type Text = (s: LtiStrings) => string;

export function stringsOf(language: Language): LtiStrings {
  return STRINGS.get(language) ?? en;
}

/** The supported language of a BCP 47 tag (`fi-FI`, `pl_PL`, `EN`), or undefined. */
export function supportedLanguage(tag: unknown): Language | undefined {
  if (typeof tag !== 'string' || tag.length > 64) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

/**
 * The page's language. `claims` may be the payload of an id token not (yet, or ever) verified: it picks one of
 * three languages and nothing else, so a forged token gains nothing from it, and a refused launch is still
 * explained in the user's language.
 */
export function pageLanguage(req: Request, claims?: unknown): Language {
  const record = typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  const presentation = own(record, CLAIM.launchPresentation);
  const fromPlatform =
    supportedLanguage(
      typeof presentation === 'object' && presentation !== null
        ? own(presentation as Record<string, unknown>, 'locale')
        : undefined,
    ) ?? supportedLanguage(own(record, 'locale'));
  if (fromPlatform) return fromPlatform;
  // Express (negotiator) weighs q-values and matches a regional tag to its language (fi-FI to fi); with no
  // header it answers the first, English; with none of ours, false.
  const accepted = req.acceptsLanguages(...LANGUAGES);
  return supportedLanguage(accepted) ?? 'en';
}
