// Where a session's scenario came from, in English, Finnish and Polish: a small dictionary of its own, loaded with
// client/instructor/session-source.ts when a session or the list of sessions shows it (not on the first screen).
import type { Lang } from './index.ts';

export const SOURCE_KEYS = [
  'session.fromSaved',
  'session.fromSavedChanged',
  'session.fromBundled',
  'session.fromFile',
  'sessions.fromSaved',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const sourceTexts: Record<Lang, Record<SourceKey, string>> = {
  en: {
    'session.fromSaved': 'From your saved case “{title}” (version {hash}, saved {date}).',
    'session.fromSavedChanged': 'Changed since: this session plays the copy it started with.',
    'session.fromBundled': 'From the bundled case “{title}”.',
    'session.fromFile': 'From an uploaded scenario file.',
    'sessions.fromSaved': 'from your saved case “{title}”',
  },
  fi: {
    'session.fromSaved': 'Tallentamastasi tapauksesta ”{title}” (versio {hash}, tallennettu {date}).',
    'session.fromSavedChanged': 'Muutettu sen jälkeen: istunto pelaa kopiota, jolla se alkoi.',
    'session.fromBundled': 'Valmiista tapauksesta ”{title}”.',
    'session.fromFile': 'Ladatusta skenaariotiedostosta.',
    'sessions.fromSaved': 'tallentamastasi tapauksesta ”{title}”',
  },
  pl: {
    'session.fromSaved': 'Z twojego zapisanego przypadku „{title}” (wersja {hash}, zapisana {date}).',
    'session.fromSavedChanged': 'Od tamtej pory zmieniony: sesja gra kopią, z którą się zaczęła.',
    'session.fromBundled': 'Z wbudowanego przypadku „{title}”.',
    'session.fromFile': 'Z przesłanego pliku scenariusza.',
    'sessions.fromSaved': 'z twojego zapisanego przypadku „{title}”',
  },
};
