// The scenario editor with the keyboard alone, in a real browser: Tab, Shift+Tab, Enter and arrow keys, no click
// and no `fill` (text is typed into the box Tab reached). A bundled scenario is opened as a copy, a member added,
// a weight moved with the arrow keys (the member's weights stay at 100), each problem reached from the problem
// list or by Tab and fixed, and the scenario saved. Every control Tab passes shows where the focus is, and the
// page stays axe-clean.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, accessibilityProblems, savePage, browserSuite } from './browser.ts';

const suite = browserSuite();

/** Controls that took the focus without showing it. */
const unseen = new Set<string>();

/** Presses Tab (or Shift+Tab) until the focus is on `selector`; each control passed must show its focus. */
async function tabTo(page: Page, selector: string, back = false, max = 900): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const at = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { hit: false, shows: true, what: 'body' };
      // A file input hidden inside its label button shows the focus on the label.
      const shown = el.classList.contains('visually-hidden') ? (el.closest('label') ?? el) : el;
      const style = getComputedStyle(shown);
      const shows = (style.boxShadow !== 'none' && style.boxShadow !== '') || style.outlineStyle !== 'none';
      return { hit: el.matches(sel), shows, what: el.id || `${el.tagName.toLowerCase()}.${el.className}` };
    }, selector);
    if (!at.shows) unseen.add(at.what);
    if (at.hit) return;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Types into the focused box, replacing what it held. */
async function typeHere(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('the scenario editor by keyboard', () => {
  test('open a copy, add a member, move a weight, fix the problems, save: keys only', async () => {
    const host = await suite.open(DESKTOP, '/host.html#editor');
    const page = host.page;
    await page.locator('#editor-copy-office-supplies').waitFor();

    // ---- a copy of a bundled scenario: the focus lands on its title ----
    await tabTo(page, '#editor-copy-office-supplies');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('ed-meta-title-en');
    await expect.poll(() => page.locator('#editor-valid').count()).toBe(1);

    // ---- a third member ----
    const m = 'ed-buyingFirm-obc-members-2';
    await tabTo(page, '#ed-add-member');
    await page.keyboard.press('Enter');
    await page.locator(`#${m}-title-en`).waitFor();
    await page.locator('#editor-problem-list').waitFor();

    // ---- the first problem, reached from the problem list: Enter on its link focuses its field ----
    await tabTo(page, '#editor-problem-list summary', true);
    await page.keyboard.press('Enter');
    await tabTo(page, `#editor-problem-list li[data-path="$.buyingFirm.obc.members[2].title"] a`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`${m}-title-en`);
    await page.keyboard.type('Quality manager');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`${m}-title-fi`);
    await page.keyboard.type('Laatupäällikkö');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kierownik jakości');

    // ---- influence, brief, by Tab ----
    await tabTo(page, `#${m}-influence`);
    await typeHere(page, '10');
    await tabTo(page, `#${m}-brief-en`);
    await page.keyboard.type('You answer for the quality of what the office buys.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vastaat ostettavien tarvikkeiden laadusta.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Odpowiadasz za jakość kupowanych materiałów.');

    // ---- a weight moved with the arrow keys: the member's weights keep summing to 100 ----
    const weights = `${m}-priorities-weights`;
    await tabTo(page, `#${weights}-ordering-ease`);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`#${weights}-ordering-ease-out`).textContent()).toBe('5');
    expect(await page.locator(`#${weights}-delivery-out`).textContent()).toBe('95');
    await expect.poll(() => page.locator(`#${weights}-sum`).textContent()).toContain('100');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator(`#${weights}-ordering-ease-out`).textContent()).toBe('3');
    expect(await page.locator(`#${weights}-delivery-out`).textContent()).toBe('97');

    // ---- the pet concern's text ----
    const concern = `${m}-priorities-petConcerns-0-text`;
    await tabTo(page, `#${concern}-en`);
    await page.keyboard.type('Cheap pens that dry out cost more than they save.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Halvat kuivuvat kynät maksavat enemmän kuin säästävät.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tanie długopisy, które wysychają, kosztują więcej, niż oszczędzają.');

    // ---- the influence no longer sums to 100: reached from the problem list, fixed at the first member ----
    await expect
      .poll(() => page.locator('#editor-problem-list li').evaluateAll((li) => li.map((x) => x.dataset.code)))
      .toEqual(['influence-sum']);
    await tabTo(page, '#editor-problem-list summary', true);
    await page.keyboard.press('Enter');
    await tabTo(page, '#editor-problem-list li[data-code="influence-sum"] a');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^ed-buyingFirm-obc-members-0-/);
    await tabTo(page, '#ed-buyingFirm-obc-members-0-influence');
    await typeHere(page, '55');
    await expect.poll(() => page.locator('#editor-valid').count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ---- save, by Shift+Tab back to the toolbar ----
    await tabTo(page, '#editor-save', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#editor-status').textContent()).toContain('Saved');
    await savePage(page, 'editor-keyboard-1280x800');
    expect([...unseen]).toEqual([]);
    expect(host.problems).toEqual([]);
  }, 240_000);
});
