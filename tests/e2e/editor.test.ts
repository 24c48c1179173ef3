// The scenario editor in a real browser against the real server, at laptop size: a new scenario built from blank
// in the forms (no JSON typed), a problem shown at its field and fixed, "Does it teach?" run in its worker, the
// scenario saved on the server and a session started from it on the create screen, which a bot table plays to a
// debrief; a bundled scenario opened as a copy and downloaded is byte-equal to its file after normalisation; the
// editor is axe-clean and the console's first screen does not load it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { normalizeJson } from '../../client/instructor/editor/model.ts';
import { SCENARIO_DIR } from '../fixtures/scenarios.ts';
import { sleep } from '../integration/harness.ts';
import { DESKTOP, accessibilityProblems, joinAs, savePage, type Student, browserSuite } from './browser.ts';

const suite = browserSuite();

async function open(path: string): Promise<Student> {
  const s = await suite.open(DESKTOP, path);
  s.page.on('dialog', (dialog) => void dialog.accept());
  return s;
}

async function monitorStage(page: Page): Promise<string> {
  return (await page.locator('[data-section="T1"] .table-stage').getAttribute('data-stage')) ?? '';
}

describe('the scenario editor', () => {
  test('from blank to a played session: a problem at its field, Does it teach?, save, play to a debrief', async () => {
    const host = await open('/host.html');
    const page = host.page;
    // The console's first screen loads no editor code.
    await page.locator('#create-submit').waitFor();
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.some((s) => /editor-screen|teach-worker/.test(s))).toBe(false);

    await page.locator('#open-editor').click();
    await page.locator('#editor-blank').click();
    await page.locator('#ed-meta-title').waitFor();

    // ---- problems at their fields: an empty title says so where the title is typed ----
    await expect.poll(() => page.locator('#ed-meta-title-err').textContent()).toBe('must not be empty');
    expect(await page.locator('#ed-meta-title').getAttribute('aria-invalid')).toBe('true');

    // ---- the case in the forms ----
    await page.locator('#ed-meta-id').fill('lab-freezers');
    await page.locator('#ed-meta-title').fill('Cold chain: freezers for a research lab');
    await page.locator('#ed-meta-industry').fill('Life sciences');
    await page.locator('#ed-meta-summary').fill('A university lab replaces its ultra-low freezers.');
    await page.locator('#ed-meta-learningObjectives-0').fill('Find who decides and what each member needs');
    await page.locator('#ed-economics-unit').fill('freezer');
    await page.locator('#ed-buyingFirm-name').fill('Nordic Bio Lab');
    await page.locator('#ed-dimensions-0-label').fill('Temperature stability');
    await page.locator('#ed-dimensions-1-label').fill('Delivery and installation');
    await page.locator('#ed-dimensions-2-label').fill('Service');
    await page.locator('#ed-sellers-0-name').fill('FrostLine');
    await page.locator('#ed-sellers-1-name').fill('CryoWorks');
    // Every other text a sentence of its own, typed into its box.
    const empty = page.locator('#editor .editor-body input:not([type]), #editor .editor-body textarea');
    for (let i = 0; i < (await empty.count()); i++) {
      const box = empty.nth(i);
      if ((await box.inputValue()) === '' && !(await box.getAttribute('id'))?.includes('keywords'))
        await box.fill(`Text ${i + 1} of the case.`);
    }
    // A member's weights: moving one slider keeps the sum at 100.
    const slider = page.locator('#ed-buyingFirm-obc-members-0-priorities-weights-quality');
    await slider.focus();
    await slider.fill('80');
    await expect
      .poll(() => page.locator('#ed-buyingFirm-obc-members-0-priorities-weights-sum').textContent())
      .toContain('100');
    await expect.poll(() => page.locator('#editor-valid').count()).toBe(1);

    // ---- a cross-field problem at its field, then fixed ----
    const listPrice = page.locator('#ed-sellers-0-offering-listPrice');
    await listPrice.fill('5000');
    await expect
      .poll(() => page.locator('#ed-sellers-0-offering-listPrice-err').textContent())
      .toContain('must be above the unit cost (6000)');
    expect(await listPrice.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('#editor-problem-list summary').textContent()).toMatch(/^1 problem/);
    await savePage(page, 'editor-problem-1280x800');
    await listPrice.fill('10000');
    await expect.poll(() => page.locator('#ed-sellers-0-offering-listPrice-err').textContent()).toBe('');
    await expect.poll(() => page.locator('#editor-valid').count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ---- does it teach? The tournament in its worker ----
    await page.locator('#teach-run').click();
    await page.locator('#teach-verdict').waitFor({ timeout: 240_000 });
    expect(await page.locator('#teach-checks li').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('#teach-strategies tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(
      (await page.locator('#teach-advice li').count()) + (await page.locator('#teach-no-advice').count()),
    ).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await savePage(page, 'editor-teach-1280x800');

    // ---- the same panel in Finnish: every strategy, check and advice in words, no id, no English ----
    await page.locator('#lang-select').selectOption('fi');
    await expect.poll(() => page.locator('#teach-title').textContent()).toBe('Opettaako se?');
    const panel = (await page.locator('#teach-results').textContent()) ?? '';
    for (const id of [
      'claim-must-haves',
      'price-at-cost',
      'max-evidence',
      'no-discovery',
      'overclaim',
      'resonating-focus',
      'all-benefits',
      'favorable-points-of-difference',
      'new-task',
      'straight-rebuy',
    ])
      expect(panel, id).not.toContain(id);
    expect(panel).not.toMatch(/\b(earns less|against|win rate|is classified)\b/);
    expect(await page.locator('#teach-strategies tbody th').allTextContents()).toEqual(
      expect.arrayContaining(['Resonoiva keskittyminen', 'Suotuisat erot', 'Kaikki hyödyt']),
    );
    expect(await page.locator('#teach-checks li').first().textContent()).toContain('Resonoiva keskittyminen');
    await savePage(page, 'editor-teach-fi-1280x800');
    await page.locator('#lang-select').selectOption('en');
    await expect.poll(() => page.locator('#teach-title').textContent()).toBe('Does it teach?');

    // ---- preview: every seat as its student will see it ----
    await page.locator('#editor-preview-open').click();
    await page.locator('#preview-seat-engineering').click();
    await expect.poll(() => page.locator('#seat-preview').getAttribute('data-seat')).toBe('engineering');
    expect(await page.locator('#seat-preview #brief-weights li').count()).toBeGreaterThan(0);

    // ---- save on the server ----
    await page.locator('#editor-save').click();
    await expect.poll(() => page.locator('#editor-status').textContent()).toContain('Saved');
    // Listed in the start panel (folded while a scenario is open).
    await page.locator('#editor-saved li').first().waitFor({ state: 'attached' });

    // ---- the create screen lists it beside the bundled ones; a session starts from it ----
    await page.locator('#home-link').click();
    await page.locator('#f-source-saved').check();
    await expect
      .poll(() => page.locator('#saved-list .scenario-title').allTextContents())
      .toContain('Cold chain: freezers for a research lab');
    await page.locator('#f-min-need-recognition').fill('0.5');
    await page.locator('#f-min-specifications').fill('0.5');
    await page.locator('#f-min-rfp').fill('0.5');
    await page.locator('#f-min-post-purchase').fill('0.5');
    await page.locator('#create-submit').click();
    await page.locator('#session-code').waitFor();
    const code = (await page.locator('#session-code').textContent())!.trim();
    // The session says which saved scenario it was made from, and which version.
    await expect
      .poll(() => page.locator('#session-source').textContent())
      .toMatch(
        /^From your saved case “Cold chain: freezers for a research lab” \(version [0-9a-f]{12}, saved /,
      );

    // ---- one student joins, bots take every other seat, the table plays to a debrief ----
    const student = await open(`/?code=${code}`);
    await joinAs(student.page, 'Ann');
    await page.locator('#tab-seating').click();
    await expect.poll(() => page.locator('#unseated li').count()).toBe(1);
    await page.locator('#do-deal').click();
    await page.locator('[data-table="T1"]').first().waitFor();
    await page.locator('#tab-run').click();
    await page.locator('#all-start').click();
    // The bots may finish the post-purchase stage by themselves before the console is read again (a loaded
    // machine polls slowly): either way the round is then ended.
    const late = (stage: string) => stage === 'post-purchase' || stage === 'round-over';
    for (let i = 0; i < 60 && !late(await monitorStage(page)); i++) {
      if ((await page.locator('#all-advance').count()) > 0) await page.locator('#all-advance').click();
      await sleep(1000);
    }
    await expect.poll(async () => late(await monitorStage(page)), { timeout: 30_000 }).toBe(true);
    if ((await monitorStage(page)) === 'post-purchase') await page.locator('#all-end-round').click();
    await expect.poll(() => monitorStage(page)).toBe('round-over');
    await page.locator('#tab-debrief').click();
    await page.locator('#class-table tr[data-table="T1"]').waitFor({ timeout: 30_000 });
    await savePage(page, 'editor-session-debrief-1280x800');
    expect(host.problems).toEqual([]);
  }, 420_000);

  test('a bundled scenario opened as a copy and downloaded is its file again, after normalisation', async () => {
    const host = await open('/host.html#editor');
    const page = host.page;
    await page.locator('#editor-copy-office-supplies').click();
    // Three languages: each text has a box per language, side by side.
    await page.locator('#ed-meta-title-fi').waitFor();
    await expect.poll(() => page.locator('#editor-valid').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#editor-download').click(),
    ]);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { meta: { id: string }; $schema: string };
    // A copy has its own id and points at the served schema: put back the original's, and compare.
    expect(exported.meta.id).toBe('office-supplies-copy');
    expect(exported.$schema).toBe(`${suite.server.url}/scenario.schema.json`);
    exported.meta.id = 'office-supplies';
    exported.$schema = './scenario.schema.json';
    const original = readFileSync(new URL('office-supplies.json', SCENARIO_DIR), 'utf8');
    expect(normalizeJson(JSON.stringify(exported))).toBe(normalizeJson(original));

    // ---- translations side by side: a missing one is listed and shown at its field, in Finnish ----
    await page.locator('#lang-select').selectOption('fi');
    await expect.poll(() => page.locator('#editor-title').textContent()).toBe('Skenaarioeditori');
    await expect
      .poll(() => page.locator('#translations-missing-count').textContent())
      .toBe('Yhtään käännöstä ei puutu.');
    await page.locator('#ed-buyingFirm-name-pl').fill('');
    // The check's problem at its field, in the editor's language (the dictionaries of shared/scenario/).
    await expect
      .poll(() => page.locator('#ed-buyingFirm-name-err').textContent())
      .toBe('siitä puuttuu kieli ”pl”, jonka meta.languages määrittelee');
    await expect
      .poll(() => page.locator('#editor-problem-list li').first().textContent())
      .toBe('$.buyingFirm.name siitä puuttuu kieli ”pl”, jonka meta.languages määrittelee');
    await expect
      .poll(() => page.locator('#translations-missing-count').textContent())
      .toBe('1 käännös puuttuu:');
    await page.locator('#lang-select').selectOption('pl');
    await expect
      .poll(() => page.locator('#ed-buyingFirm-name-err').textContent())
      .toBe('brakuje tłumaczenia „pl”, które deklaruje meta.languages');
    await savePage(page, 'editor-problem-pl-1280x800');
    await page.locator('#lang-select').selectOption('fi');
    // The table's box and the form's are the same text.
    await page.locator('#tr-ed-buyingFirm-name-pl').fill('Biuro Nord');
    await expect.poll(() => page.locator('#ed-buyingFirm-name-pl').inputValue()).toBe('Biuro Nord');
    await expect.poll(() => page.locator('#editor-valid').count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await savePage(page, 'editor-translations-fi-1280x800');

    // ---- play it now: a session of the draft, with bots, opened in the console ----
    await page.locator('#editor-play').click();
    await page.locator('#session-code').waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#session=/);
    expect(host.problems).toEqual([]);
  }, 120_000);
});
