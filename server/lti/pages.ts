// The plain pages of the LTI routes: a refusal that says what to tell the administrator, the form that posts
// a deep-linking response back to the platform, and the activity picker. Every value is escaped; no page
// carries a stack trace or anything the launch did not already show. Each page is in one language (language.ts),
// named in its `lang` attribute.
import type { Response } from 'express';
import type { Language } from '../../shared/scenario/schema.ts';
import { STAGE_IDS } from '../../shared/rules/steps.ts';
import { stringsOf, type Text } from './language.ts';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;margin:.8rem 0 .2rem;font-weight:600}select,input{font:inherit;padding:.3rem}
fieldset{border:1px solid #bbb;margin:1rem 0}button{font:inherit;padding:.5rem 1.2rem;margin-top:1rem}
.problem{border-left:4px solid #b00020;padding:.2rem 1rem;background:#fff4f4}</style></head>
<body>${body}</body></html>`;
}

/** A refused launch: the reason, and who to tell. Nothing was created. */
export function sendRefusal(res: Response, language: Language, status: number, text: Text): void {
  const t = stringsOf(language);
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .set('Content-Language', language)
    .send(
      page(
        language,
        t.refusalTitle,
        `<h1>${escapeHtml(t.refusalTitle)}</h1>
<p class="problem" id="lti-problem">${escapeHtml(text(t))}</p>
<p>${escapeHtml(t.refusalAdvice)}</p>`,
      ),
    );
}

/** A page whose form posts itself (the deep-linking response goes back to the platform this way). */
export function sendAutoPost(
  res: Response,
  language: Language,
  action: string,
  fields: Record<string, string>,
): void {
  const t = stringsOf(language);
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  res
    .type('html')
    .set('Cache-Control', 'no-store')
    .set('Content-Language', language)
    .send(
      page(
        language,
        t.returningTitle,
        `<form method="post" action="${escapeHtml(action)}">${inputs}
<p>${escapeHtml(t.returning)}</p><noscript><button type="submit">${escapeHtml(t.continue)}</button></noscript></form>
<script>document.forms[0].submit()</script>`,
      ),
    );
}

export interface PickerScenario {
  id: string;
  title: string;
  languages: readonly string[];
  sellers: number;
  stages: Record<string, number>;
}

/** The session languages, each named in itself. */
const LANGUAGE_NAMES: readonly [Language, string][] = [
  ['en', 'English'],
  ['fi', 'Suomi'],
  ['pl', 'Polski'],
];

/**
 * The deep-linking picker: scenario, table shape, bots, language and timing; `context` is the signed request.
 * The session's language starts as the page's own.
 */
export function sendPicker(
  res: Response,
  language: Language,
  context: string,
  scenarios: readonly PickerScenario[],
  error?: Text,
): void {
  const t = stringsOf(language);
  const options = scenarios
    .map((s) => `<option value="${escapeHtml(s.id)}">${escapeHtml(s.title)}</option>`)
    .join('');
  const stageNames = new Map<string, string>(STAGE_IDS.map((id) => [id, t.stages[id]]));
  const stages = Object.entries(scenarios[0]?.stages ?? {})
    .map(([id, minutes]) => {
      const label = t.pickerStageMinutes({ stage: stageNames.get(id) ?? id, minutes });
      return `<label for="stage-${escapeHtml(id)}">${escapeHtml(label)}</label>
<input id="stage-${escapeHtml(id)}" name="stage_${escapeHtml(id)}" type="number" min="0.5" max="120" step="0.5" placeholder="${minutes}">`;
    })
    .join('');
  const languages = LANGUAGE_NAMES.map(
    ([id, name]) =>
      `<option value="${id}"${id === language ? ' selected' : ''} lang="${id}">${name}</option>`,
  ).join('');
  res
    .type('html')
    .set('Cache-Control', 'no-store')
    .set('Content-Language', language)
    .send(
      page(
        language,
        t.pickerTitle,
        `<h1>${escapeHtml(t.pickerTitle)}</h1>
${error ? `<p class="problem" id="lti-problem">${escapeHtml(error(t))}</p>` : ''}
<form method="post" action="/lti/deep-link">
<input type="hidden" name="context" value="${escapeHtml(context)}">
<label for="title">${escapeHtml(t.pickerCourseTitle)}</label><input id="title" name="title" maxlength="120" placeholder="${escapeHtml(t.product)}">
<label for="scenario">${escapeHtml(t.pickerScenario)}</label><select id="scenario" name="scenario">${options}</select>
<fieldset><legend>${escapeHtml(t.pickerTableShape)}</legend>
<label for="sellers">${escapeHtml(t.pickerSellers)}</label>
<input id="sellers" name="sellers_per_table" type="number" min="1" max="4" placeholder="${escapeHtml(t.pickerSellersAll)}">
<label for="team">${escapeHtml(t.pickerTeamSize)}</label>
<input id="team" name="seller_team_size" type="number" min="1" max="3" value="2"></fieldset>
<label><input id="bots" name="bots" type="checkbox" value="on" checked> ${escapeHtml(t.pickerBots)}</label>
<label for="language">${escapeHtml(t.pickerLanguage)}</label><select id="language" name="language">${languages}</select>
<fieldset><legend>${escapeHtml(t.pickerTiming)}</legend>
<label><input id="auto" name="auto_advance" type="checkbox" value="on" checked> ${escapeHtml(t.pickerAutoAdvance)}</label>
${stages}</fieldset>
<button type="submit" id="lti-add">${escapeHtml(t.pickerAdd)}</button>
</form>`,
      ),
    );
}
