// Every word in the student's language, and never an id: in an English, a Finnish and a Polish session (each
// with another shipped scenario), a seller and the general manager play a round on phones with bots in the
// other seats; every text their pages show (each tab, each talk channel, the brief, the canvas, the debrief)
// and every text of the instructor's console and the projector is read, and none holds a scenario id: an
// option, a piece of evidence, a concern card, a dimension, a seat. Finnish and Polish pages show no English
// words from the bots either.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../client/i18n/en.ts';
import { fi } from '../../client/i18n/fi.ts';
import { pl } from '../../client/i18n/pl.ts';
import { consoleEn } from '../../client/i18n/console-en.ts';
import { consoleFi } from '../../client/i18n/console-fi.ts';
import { consolePl } from '../../client/i18n/console-pl.ts';
import { PHRASES } from '../../shared/bots/phrases.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { loadShipped, SCENARIO_DIR } from '../fixtures/scenarios.ts';
import { api, sleep } from '../integration/harness.ts';
import { ARTIFACTS, PHONE, hook, joinAs, savePage, waitForHook, browserSuite } from './browser.ts';

type Lang = 'en' | 'fi' | 'pl';

// Quick bots: three whole rounds in one file, on a machine the other browser tests share.
const suite = browserSuite({ botDelayMs: 40 });

/** A phone-sized page; the console and the projector are told the language as an instructor would pick it. */
async function open(url: string, lang?: Lang): Promise<{ page: Page; problems: string[] }> {
  const context = await suite.browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, hasTouch: true });
  suite.track(context);
  if (lang) await context.addInitScript((l) => window.localStorage.setItem('bc.lang', l), lang);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url);
  return { page, problems };
}

/** Every text the page shows: the rendered text, the labels read out, option and SVG texts, the canvas. */
async function shownTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label],[title],[alt],[placeholder]'))
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    for (const el of document.querySelectorAll('option, svg text, svg title, output'))
      parts.push(el.textContent ?? '');
    const canvas = (window as unknown as { __bc?: { texts?: string[] } }).__bc?.texts ?? [];
    parts.push(...canvas);
    return parts.join('\n');
  });
}

/** The ids of a scenario a screen must never show: dimensions, options, evidence, concern cards, seats. */
function idsOf(scenario: Scenario): string[] {
  return [
    scenario.meta.id,
    ...scenario.dimensions.map((d) => d.id),
    ...scenario.sellers.flatMap((s) => [
      `seller-${s.id}`,
      ...s.offering.options.map((o) => o.id),
      ...s.offering.evidence.map((e) => e.id),
    ]),
    ...scenario.buyingFirm.obc.members.flatMap((m) => [m.role, ...m.priorities.petConcerns.map((p) => p.id)]),
  ];
}

const wordRe = (id: string) =>
  // Ids are slugs (letters, digits, dashes): nothing in them needs escaping.
  new RegExp(`(?<![\\p{L}\\p{N}-])${id}(?![\\p{L}\\p{N}-])`, 'u');

function scenarioTexts(value: unknown, lang: Lang, out: string[] = [], key = ''): string[] {
  if (key === 'keywords' || key === 'id') return out;
  if (Array.isArray(value)) for (const x of value) scenarioTexts(x, lang, out, key);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o[lang] === 'string') out.push(o[lang]);
    else for (const [k, v] of Object.entries(o)) scenarioTexts(v, lang, out, k);
  }
  return out;
}

/**
 * The ids to look for in a language: all of them, less those that are also ordinary words of that language's
 * own texts ("accuracy" is an English word as well as a dimension id; it cannot be told apart there).
 */
function idsToCheck(file: string, scenario: Scenario, lang: Lang): string[] {
  const own = [
    ...Object.values({ en, fi, pl }[lang]),
    ...Object.values({ en: consoleEn, fi: consoleFi, pl: consolePl }[lang]),
    ...Object.values(PHRASES[lang]),
    ...scenarioTexts(JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8')), lang),
  ].join('\n');
  return idsOf(scenario).filter((id) => !wordRe(id).test(own));
}

function leaks(text: string, ids: readonly string[]): string[] {
  const found: string[] = [];
  for (const id of ids) {
    const m = wordRe(id).exec(text);
    if (m) found.push(`${id} in "…${text.slice(Math.max(0, m.index - 40), m.index + id.length + 40)}…"`);
  }
  return found;
}

/** English words that never stand in a Finnish or Polish sentence. */
const ENGLISH = /\b(the|and|what|would|you|your|this|that|how|much|matter|we|our|is|are)\b/i;

const SESSIONS: { lang: Lang; file: string }[] = [
  { lang: 'en', file: 'hospital-monitors.json' },
  { lang: 'fi', file: 'office-supplies.json' },
  { lang: 'pl', file: 'offshore-drill-pipe.json' },
];

async function visible(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .isVisible()
    .catch(() => false);
}

/** Runs an action whose control may go away as the table moves on (bots are quick). */
async function attempt(action: () => Promise<unknown>) {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof Error) || !/Timeout|detached|not attached|not visible/i.test(error.message))
      throw error;
  }
}

const quick = { timeout: 2000 };

/** The steps at which every panel of both phones is read (stage, or stage and step, as the hook names them). */
const READ_AT = new Set(['specifications', 'rfp bidding', 'rfp evaluation', 'rfp sign-off', 'post-purchase']);

describe('every word in the session’s language, and never an id', () => {
  for (const { lang, file } of SESSIONS) {
    test(`${lang}: ${file} — students, console and projector show no scenario id`, async () => {
      const started = Date.now();
      const scenario = loadShipped(file);
      const ids = idsToCheck(file, scenario, lang);
      // The ids that matter most must be among those checked in every language.
      for (const id of [
        ...scenario.sellers.flatMap((s) => s.offering.options.map((o) => o.id)),
        ...scenario.sellers.flatMap((s) => s.offering.evidence.map((e) => e.id)),
      ])
        expect(ids).toContain(id);
      const created = await api(suite.server.url, 'POST', '/api/sessions', {
        scenarioId: scenario.meta.id,
        language: lang,
        sellerTeamSize: 1,
        bots: true,
        seed: 7,
      });
      expect(created.status).toBe(201);
      const { sessionId, code, hostSecret } = created.json as Record<string, string>;
      const base = `/api/sessions/${sessionId}`;
      const texts: { where: string; text: string }[] = [];
      const read = async (page: Page, where: string) => texts.push({ where, text: await shownTexts(page) });

      // Two students: the first deal seats seller A and seller B; the second moves to the general manager.
      const seller = await open(`${suite.server.url}/?code=${code}`);
      await read(seller.page, 'join page');
      await joinAs(seller.page, 'Ann');
      await seller.page.locator('#lobby-players').waitFor();
      const member = await open(`${suite.server.url}/?code=${code}`);
      // Watch for a lobby drawn in any language but the session's (the page starts in English).
      await member.page.evaluate((l) => {
        const w = window as unknown as { lobbyInOtherLanguage: boolean };
        w.lobbyInOtherLanguage = false;
        new MutationObserver(() => {
          if (document.querySelector('#main .steps') && document.documentElement.lang !== l)
            w.lobbyInOtherLanguage = true;
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }, lang);
      await joinAs(member.page, 'Gus');
      await member.page.locator('#lobby-players').waitFor();
      // The lobby waits for the session's language (its dictionary is a chunk of its own): it is never drawn
      // in the page's English first, so once it shows, the page is in the session's language already.
      expect(await member.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(
        await member.page.evaluate(
          () => (window as unknown as { lobbyInOtherLanguage: boolean }).lobbyInOtherLanguage,
        ),
      ).toBe(false);
      await read(member.page, 'lobby');
      expect((await api(suite.server.url, 'POST', `${base}/deal`, { bots: true }, hostSecret)).status).toBe(
        200,
      );
      await waitForHook(member.page, (h) => h.seat === 'seller-B', 'Gus seated');
      const snapshot = await api(suite.server.url, 'GET', base, undefined, hostSecret);
      const gus = snapshot.json.players.find((p: { name: string }) => p.name === 'Gus');
      const moved = await api(
        suite.server.url,
        'POST',
        `${base}/players/${gus.id}/move`,
        { table: 'T1', seat: 'general-management' },
        hostSecret,
      );
      expect(moved.status).toBe(200);
      await api(suite.server.url, 'POST', `${base}/tables/T1/seats/seller-B/bot`, { bot: true }, hostSecret);
      await waitForHook(member.page, (h) => h.seat === 'general-management', 'Gus in the buying center');
      await waitForHook(seller.page, (h) => h.seat === 'seller-A', 'Ann at seller A');

      const consolePage = await open(
        `${suite.server.url}/host.html#session=${encodeURIComponent(sessionId!)}&secret=${encodeURIComponent(hostSecret!)}`,
        lang,
      );
      const projector = await open(`${suite.server.url}/projector.html?code=${code}`, lang);
      await consolePage.page.locator('#session-code').waitFor();
      await consolePage.page.locator('#tab-seating').click();
      await consolePage.page.locator('[data-table="T1"]').first().waitFor();
      await read(consolePage.page, 'console seating');

      await api(
        suite.server.url,
        'POST',
        `${base}/tables/T1/actions`,
        { action: { type: 'start' } },
        hostSecret,
      );
      for (const s of [seller, member])
        await waitForHook(s.page, (h) => h.stage === 'need-recognition', 'stage 1');
      await consolePage.page.locator('#tab-run').click();

      // Discovery: Ann asks the general manager about a benefit; Gus answers and shows a concern card.
      await seller.page.locator('#f-ask-to').selectOption('general-management');
      await seller.page.locator('#f-ask-topic').selectOption(scenario.dimensions[0]!.id);
      await seller.page.locator('#f-ask-text').fill(lang === 'en' ? 'What matters most?' : '?');
      await seller.page.locator('#do-ask').click();
      // Ann's question (the bot at seller B asks the general manager too): its card goes to Ann.
      const question = member.page.locator('article.question', { hasText: '(A)' }).first();
      await question.waitFor();
      const qid = await question.getAttribute('data-question');
      await member.page.locator(`#f-answer-${qid}-text`).fill('…');
      if ((await member.page.locator(`#f-answer-${qid}-cards-0`).count()) > 0)
        await member.page.locator(`#f-answer-${qid}-cards-0`).check();
      await member.page.locator(`#answer-${qid}`).click();
      await seller.page.locator('#revealed-concerns li').first().waitFor();

      /** Every panel of a student's page: the three tabs, each talk channel, and the brief. */
      const readAll = async (page: Page, where: string) => {
        for (const tab of ['act', 'talk', 'table']) {
          if (!(await visible(page, `#tab-${tab}`))) continue;
          await attempt(() => page.locator(`#tab-${tab}`).click(quick));
          if (tab === 'talk' && (await page.locator('#f-talk-channel').count()) > 0) {
            const channels = await page
              .locator('#f-talk-channel option')
              .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
            for (const c of channels) {
              await attempt(() => page.locator('#f-talk-channel').selectOption(c, quick));
              await read(page, `${where} talk ${c}`);
            }
          } else await read(page, `${where} ${tab}`);
        }
        await attempt(() => page.locator('#tab-act').click(quick));
        if (await visible(page, '#open-brief')) {
          await attempt(() => page.locator('#open-brief').click(quick));
          await read(page, `${where} brief`);
          await page.keyboard.press('Escape');
        }
      };
      await readAll(seller.page, 'seller, discovery');
      await readAll(member.page, 'member, discovery');
      // The table at 390 px: every seat's label is shown whole (wrapped, not cut) inside the canvas, and no
      // speech bubble covers the student's own label.
      for (const s of [seller, member]) {
        const h = await waitForHook(s.page, (x) => x.drawn.bubbles > 0, 'bubbles');
        const flat = (x: string) => x.replace(/\s+/g, ' ').trim();
        for (const l of h.labels) {
          expect(flat(l.shown), `${lang}: the label of ${l.seat}`).toBe(flat(l.text));
          expect(l.x, l.seat).toBeGreaterThanOrEqual(0);
          expect(l.x + l.w, l.seat).toBeLessThanOrEqual(h.size.width + 0.5);
        }
        const mine = h.labels.find((l: { seat: string }) => l.seat === h.seat);
        expect(mine).toBeDefined();
        for (const b of h.bubbles)
          expect(
            b.x < mine.x + mine.w && mine.x < b.x + b.w && b.y < mine.y + mine.h && mine.y < b.y + b.h,
            `a bubble covers ${h.seat}'s label`,
          ).toBe(false);
      }
      await savePage(seller.page, `discovery-${lang}-390x844`);
      await savePage(member.page, `discovery-member-${lang}-390x844`);

      // From here on each page does what its seat can do, and every panel is read at each new step.
      const seen = new Set<string>();
      let proposed = false;
      const deadline = Date.now() + 150_000;
      let over = false;
      while (!over) {
        if (Date.now() > deadline)
          throw new Error(`the round did not end: ${JSON.stringify(await hook(member.page))}`);
        for (const [s, who] of [
          [seller, 'seller'],
          [member, 'member'],
        ] as const) {
          const h = await hook(s.page);
          const where = `${who}, ${h?.stage ?? h?.phase} ${h?.step ?? ''}`;
          // Every panel is read where the screens change (the other steps show the same offers and threads):
          // the specification, the bids, the evaluation of the offers, the delivery.
          const step = `${h?.stage ?? ''} ${h?.step ?? ''}`.trim();
          if (h && READ_AT.has(step) && !seen.has(where)) {
            seen.add(where);
            if (process.env.E2E_TRACE) process.stderr.write(`[${lang} ${Date.now() - started}ms] ${where}\n`);
            await readAll(s.page, where);
            if (h.step === null || h.step === 'bidding') {
              // The console and the projector change with the stages.
              await read(consolePage.page, `console run, ${where}`);
              await read(projector.page, `projector, ${where}`);
            }
          }
          if (
            who === 'seller' &&
            h?.step === 'bidding' &&
            !proposed &&
            (await visible(s.page, '#prop-step-2'))
          ) {
            // The proposal in its steps: an option and a piece of evidence, two benefits, a message.
            await s.page.locator('#prop-step-2').click();
            if ((await s.page.locator('#f-prop-options-0').count()) > 0)
              await s.page.locator('#f-prop-options-0').check();
            if ((await s.page.locator('#f-prop-evidence-0').count()) > 0)
              await s.page.locator('#f-prop-evidence-0').check();
            await s.page.locator('#prop-step-3').click();
            // What the seller truly delivers on the option's benefit counts the option's lift.
            const option = scenario.sellers.find((x) => x.id === 'A')!.offering.options[0];
            if (option) {
              const level =
                scenario.sellers.find((x) => x.id === 'A')!.offering.levels[option.dimension] ?? 0;
              const lifted = Math.min(5, level + option.lift);
              const label = await s.page
                .locator(`label[for="f-prop-claim-${option.dimension}"]`)
                .textContent();
              const deliver = { en, fi, pl }[lang]['proposal.true'];
              expect(label).toContain(deliver.replace('{level}', String(lifted)));
            }
            await s.page.locator('#f-prop-lead-0').check();
            await s.page.locator('#f-prop-lead-1').check();
            await s.page.locator('#prop-step-4').click();
            await s.page.locator('#f-prop-msgTo').selectOption('general-management');
            await s.page.locator('#f-prop-msg-general-management-text').fill('…');
            await savePage(s.page, `proposal-${lang}-390x844`);
            await s.page.locator('#do-proposal').click();
            await expect.poll(() => s.page.locator('#proposal-revision').count()).toBe(1);
            proposed = true;
          }
          // What the seat can do now, read in one round trip (the machine is shared: fewer calls, quicker loop).
          const can = await s.page.evaluate(() => {
            const shown = (sel: string) => {
              const el = document.querySelector<HTMLElement>(sel);
              return Boolean(el && el.offsetParent !== null);
            };
            const toggle = document.querySelector<HTMLInputElement>('#ready-toggle');
            return {
              bafo: shown('#do-bafo'),
              vote: shown('#vote-A') && !document.querySelector('[data-section="vote"] .current'),
              signoff: shown('#signoff-approve'),
              rate: shown('#do-rate') && !document.querySelector('[data-section="rate"] .current'),
              ready: Boolean(toggle && toggle.offsetParent !== null && !toggle.checked),
            };
          });
          if (can.bafo) await attempt(() => s.page.locator('#do-bafo').click(quick));
          if (can.vote) await attempt(() => s.page.locator('#vote-A').click(quick));
          if (can.signoff) await attempt(() => s.page.locator('#signoff-approve').click(quick));
          if (can.rate)
            await attempt(async () => {
              await s.page.locator('#f-rate-stars-3').check(quick);
              await s.page.locator('#do-rate').click(quick);
            });
          if (can.ready) await attempt(() => s.page.locator('#ready-toggle').click(quick));
        }
        over = (await Promise.all([seller, member].map((s) => hook(s.page)))).every(
          (x) => x?.phase === 'round-over',
        );
        await sleep(200);
      }
      expect(proposed).toBe(true);

      // The debrief, each offer's part of it, on both phones.
      for (const [s, who] of [
        [seller, 'seller'],
        [member, 'member'],
      ] as const) {
        await s.page.locator('#debrief-lessons li').first().waitFor();
        // The first screen, then every section opened (each one tap away), so every text of it is read.
        await read(s.page, `${who} debrief, first screen`);
        const folds = s.page.locator('#debrief details.fold > summary');
        for (let i = 0; i < (await folds.count()); i++) await folds.nth(i).click();
        await read(s.page, `${who} debrief`);
        const offers = s.page.locator('#debrief-offers [role="group"] button');
        for (let i = 0; i < (await offers.count()); i++) {
          await offers.nth(i).click();
          await read(s.page, `${who} debrief, offer ${i}`);
        }
      }
      await savePage(member.page, `debrief-${lang}-390x844`);
      for (const section of ['value', 'offers'])
        await member.page
          .locator(`#debrief-${section}`)
          .screenshot({ path: join(ARTIFACTS, `debrief-${section}-${lang}-390.png`) });

      // The console's class debrief with one table up close, and the projector's results.
      await consolePage.page.locator('#tab-debrief').click();
      await consolePage.page.locator('#class-notes li').first().waitFor();
      await consolePage.page.locator('#drill-T1').click();
      await expect.poll(() => consolePage.page.locator('#drill-timeline li').count()).toBeGreaterThan(5);
      await read(consolePage.page, 'console class debrief');
      await projector.page.locator('#proj-results tr[data-table="T1"]').waitFor();
      await read(projector.page, 'projector results');

      const found = texts.flatMap(({ where, text }) => leaks(text, ids).map((l) => `${where}: ${l}`));
      expect(found).toEqual([]);
      // The page speaks the session's language: its own words are there, and in Finnish and Polish the bots'
      // questions and answers carry no English.
      const all = texts.map((x) => x.text).join('\n');
      expect(all).toContain({ en, fi, pl }[lang]['tabs.talk']);
      // The debrief's trust is a percentage, not a raw decimal.
      const trust = { en, fi, pl }[lang]['debrief.trust'].split('{before}')[0]!;
      expect(all).toMatch(new RegExp(`${trust}\\d+\\s?%\\s→\\s\\d+\\s?%`));
      if (lang !== 'en') {
        const botLines = [PHRASES[lang].answerConcern, PHRASES[lang].answerNothing].filter((p) =>
          all.includes(p),
        );
        expect(botLines.length).toBeGreaterThan(0);
        for (const phrase of Object.values(PHRASES.en)) expect(all).not.toContain(phrase.slice(0, 24));
        const threads = texts.filter((x) => x.where.startsWith('member, discovery talk'));
        for (const { text } of threads)
          for (const line of text.split('\n').filter((l) => l.includes('?') && l.length > 20))
            expect(line, 'a bot question in English').not.toMatch(ENGLISH);
      }
      for (const s of [seller, member, consolePage, projector]) expect(s.problems).toEqual([]);
    }, 240_000);
  }
});
