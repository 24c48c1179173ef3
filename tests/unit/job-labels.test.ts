// The debrief's list of who did which job names each job in the interface language: every kind of intent a
// seat can do has a label in English, Finnish and Polish (an id like `verify-claim` is never shown).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYER_ACTION_TYPES } from '../../shared/rules/action-types.ts';
import { LANGUAGES, isKey, setLanguage, t } from '../../client/i18n/index.ts';
import { jobLabel } from '../../client/ui/debrief.ts';

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
});
afterAll(async () => {
  await setLanguage('en');
  delete (globalThis as { document?: unknown }).document;
});

describe('job labels', () => {
  it.each(PLAYER_ACTION_TYPES.map((type) => ({ type })))('$type has a label', ({ type }) => {
    expect(isKey(`job.${type}`)).toBe(true);
  });

  it.each(LANGUAGES.map((lang) => ({ lang })))(
    'in $lang every label is its own text, not the id, and labels differ',
    async ({ lang }) => {
      await setLanguage(lang);
      const labels = PLAYER_ACTION_TYPES.map((type) => jobLabel(type));
      for (const [i, type] of PLAYER_ACTION_TYPES.entries()) {
        expect(labels[i]).not.toBe(type);
        expect(labels[i]!.length).toBeGreaterThan(2);
      }
      expect(new Set(labels).size).toBe(labels.length);
      if (lang !== 'en') expect(t('job.verify-claim')).not.toBe('Claims checked');
    },
  );

  it('a type no dictionary knows (an older log) is shown as recorded', () => {
    expect(jobLabel('no-such-job')).toBe('no-such-job');
  });
});
