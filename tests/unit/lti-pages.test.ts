// The LTI tool's own pages in three languages (server/lti/strings-*.ts, language.ts): every key in every
// language, every value of a text in every translation, and which language a page speaks.
import express, { type Request } from 'express';
import { describe, expect, it } from 'vitest';
import { CLAIM } from '../../server/lti/claims.ts';
import { STRINGS, pageLanguage, supportedLanguage } from '../../server/lti/language.ts';
import { en } from '../../server/lti/strings-en.ts';

/** Each text of a dictionary by its path, rendered: a function with markers naming each of its values. */
function rendered(dictionary: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') {
      const values = new Proxy({}, { get: (_t, name) => `«${String(name)}»` });
      out.set(path, String((value as (p: unknown) => unknown)(values)));
    } else if (typeof value === 'object' && value !== null)
      for (const [k, v] of rendered(value, `${path}.`)) out.set(k, v);
    else throw new Error(`${path} is neither a text nor a group of texts`);
  }
  return out;
}

const markers = (text: string) => [...text.matchAll(/«[^»]+»/g)].map((m) => m[0]).sort();

describe('the strings of the LTI pages', () => {
  const english = rendered(en);

  it('has every key in English, Finnish and Polish, and nothing more', () => {
    expect(english.size).toBeGreaterThan(50);
    expect([...STRINGS.keys()]).toEqual(['en', 'fi', 'pl']);
    for (const [language, strings] of STRINGS)
      expect([...rendered(strings).keys()].sort(), language).toEqual([...english.keys()].sort());
  });

  it('fills every value of a text in every language, and leaves no placeholder or stray value', () => {
    for (const [language, strings] of STRINGS)
      for (const [key, text] of rendered(strings)) {
        const where = `${language} ${key}`;
        expect(text.trim(), where).not.toBe('');
        expect(text, where).not.toMatch(/undefined|null|\[object|\$\{|\{\{|%s/);
        expect(markers(text), where).toEqual(markers(english.get(key)!));
      }
  });

  it('translates: a Finnish or Polish text is not the English one, but for names and commands', () => {
    const same = (language: 'fi' | 'pl') =>
      [...rendered(STRINGS.get(language)!)]
        .filter(([key, text]) => english.get(key) === text)
        .map(([k]) => k);
    expect(same('fi')).toEqual([]);
    expect(same('pl')).toEqual([]);
  });
});

describe('the language of a page', () => {
  const request = (acceptLanguage?: string) =>
    Object.setPrototypeOf(
      { headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage } },
      express.request,
    ) as Request;

  it('reads a supported language from a locale tag', () => {
    expect(supportedLanguage('fi-FI')).toBe('fi');
    expect(supportedLanguage('pl_PL')).toBe('pl');
    expect(supportedLanguage('EN-gb')).toBe('en');
    expect(supportedLanguage('fil')).toBeUndefined();
    expect(supportedLanguage('de-DE')).toBeUndefined();
    expect(supportedLanguage(42)).toBeUndefined();
    expect(supportedLanguage('__proto__')).toBeUndefined();
  });

  it("takes the launch's launch_presentation locale, else the token's locale, else Accept-Language, else English", () => {
    const both = { [CLAIM.launchPresentation]: { locale: 'pl-PL' }, locale: 'fi' };
    expect(pageLanguage(request('fi'), both)).toBe('pl');
    expect(pageLanguage(request('pl'), { locale: 'fi-FI' })).toBe('fi');
    // An unsupported locale from the platform falls through to the browser's choice.
    expect(pageLanguage(request('fi-FI,fi;q=0.9,en;q=0.5'), { locale: 'sv-SE' })).toBe('fi');
    expect(pageLanguage(request('de-DE,pl;q=0.7,en;q=0.3'))).toBe('pl');
    expect(pageLanguage(request('de-DE'))).toBe('en');
    expect(pageLanguage(request())).toBe('en');
  });

  it('is never thrown off by claims of the wrong shape', () => {
    for (const claims of [
      null,
      'fi',
      [],
      { locale: 7 },
      { [CLAIM.launchPresentation]: 'fi' },
      { [CLAIM.launchPresentation]: { locale: { fi: 1 } } },
      JSON.parse('{"__proto__": {"locale": "fi"}}') as unknown,
    ])
      expect(pageLanguage(request(), claims)).toBe('en');
  });
});
