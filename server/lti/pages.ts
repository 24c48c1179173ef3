// The plain pages of the LTI routes: a refusal that says what to tell the administrator, the form that posts
// a deep-linking response back to the platform, and the activity picker. Every value is escaped; no page
// carries a stack trace or anything the launch did not already show.
import type { Response } from 'express';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;margin:.8rem 0 .2rem;font-weight:600}select,input{font:inherit;padding:.3rem}
fieldset{border:1px solid #bbb;margin:1rem 0}button{font:inherit;padding:.5rem 1.2rem;margin-top:1rem}
.problem{border-left:4px solid #b00020;padding:.2rem 1rem;background:#fff4f4}</style></head>
<body>${body}</body></html>`;
}

/** A refused launch: the reason, and who to tell. Nothing was created. */
export function sendRefusal(res: Response, status: number, message: string): void {
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      page(
        'Buying Center could not start',
        `<h1>Buying Center could not start</h1>
<p class="problem" id="lti-problem">${escapeHtml(message)}</p>
<p>If this happens again, tell your course platform's administrator what the box above says. Nothing was
created or changed.</p>`,
      ),
    );
}

/** A page whose form posts itself (the deep-linking response goes back to the platform this way). */
export function sendAutoPost(res: Response, action: string, fields: Record<string, string>): void {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  res
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      page(
        'Returning to the course',
        `<form method="post" action="${escapeHtml(action)}">${inputs}
<p>Returning to the course…</p><noscript><button type="submit">Continue</button></noscript></form>
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

/** The deep-linking picker: scenario, table shape, bots, language and timing; `context` is the signed request. */
export function sendPicker(
  res: Response,
  context: string,
  scenarios: readonly PickerScenario[],
  error?: string,
): void {
  const options = scenarios
    .map((s) => `<option value="${escapeHtml(s.id)}">${escapeHtml(s.title)}</option>`)
    .join('');
  const stages = Object.entries(scenarios[0]?.stages ?? {})
    .map(
      ([id, minutes]) =>
        `<label for="stage-${escapeHtml(id)}">${escapeHtml(id)} (minutes, default ${minutes})</label>
<input id="stage-${escapeHtml(id)}" name="stage_${escapeHtml(id)}" type="number" min="0.5" max="120" step="0.5" placeholder="${minutes}">`,
    )
    .join('');
  res
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      page(
        'Add Buying Center to the course',
        `<h1>Add Buying Center to the course</h1>
${error ? `<p class="problem" id="lti-problem">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/lti/deep-link">
<input type="hidden" name="context" value="${escapeHtml(context)}">
<label for="title">Title in the course</label><input id="title" name="title" maxlength="120" placeholder="Buying Center">
<label for="scenario">Scenario</label><select id="scenario" name="scenario">${options}</select>
<fieldset><legend>Table shape</legend>
<label for="sellers">Seller teams per table</label>
<input id="sellers" name="sellers_per_table" type="number" min="1" max="4" placeholder="all the scenario's">
<label for="team">Students per seller team</label>
<input id="team" name="seller_team_size" type="number" min="1" max="3" value="2"></fieldset>
<label><input id="bots" name="bots" type="checkbox" value="on" checked> Bots fill empty seats</label>
<label for="language">Language</label><select id="language" name="language">
<option value="en">English</option><option value="fi">Suomi</option><option value="pl">Polski</option></select>
<fieldset><legend>Timing</legend>
<label><input id="auto" name="auto_advance" type="checkbox" value="on" checked> Stages advance on the clock</label>
${stages}</fieldset>
<button type="submit" id="lti-add">Add to the course</button>
</form>`,
      ),
    );
}
