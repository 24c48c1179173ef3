// Creating a session: a bundled scenario (title, industry, purchase type, languages, timing, learning
// objectives) or an uploaded file, the table shape, bots, the class language, each stage's length, and how
// tables advance. An uploaded
// file the server refuses lists every problem by JSON path, and nothing is created.
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  formatList,
  formatNumber,
  language,
  localize,
  t,
  tk,
} from '../i18n/index.ts';
import { ct } from '../i18n/console.ts';
import {
  createSession,
  listScenarios,
  type SavedSummary,
  serverConfig,
  type LocalText,
  type ScenarioSummary,
  type ServerProblem,
} from '../net/host-api.ts';
import { STAGE_IDS } from '../../shared/rules/types.ts';
import { STAGE_MINUTES_RANGE } from '../../shared/rules/stages.ts';
import { h, replace } from '../ui/dom.ts';
import { StatusLine, failureText } from './common.ts';
import { remember } from './known-sessions.ts';
import { readJson, type Place } from '../../shared/json-text.ts';
import { ownerSecret, savedApi } from './saved-owner.ts';

type Source = 'bundled' | 'saved' | 'upload' | 'segments';

/** One row of a segment plan: a scenario (bundled `b:ID` or saved `s:ID`) and how many tables play it. */
interface PlanRow {
  pick: string;
  tables: number;
}

/** At most this many segments (as the server's MAX_SEGMENTS). */
const PLAN_MAX = 6;

/** The instructor key, for this tab only (a closed tab forgets it; a refresh does not ask again). */
const KEY_STORAGE = 'bc.console.instructorKey';

function storedKey(): string {
  try {
    return window.sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

function storeKey(key: string) {
  try {
    if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
    else window.sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // storage unavailable: the field keeps the key while the page is open
  }
}

export class CreateForm {
  readonly el: HTMLElement;
  private scenarios: ScenarioSummary[] = [];
  /** This instructor's saved scenarios (the editor's), listed beside the bundled ones. */
  private saved: SavedSummary[] = [];
  private chosenSaved: string | null = null;
  private source: Source = 'bundled';
  private chosen: string | null = null;
  /** The segment plan being written (source 'segments'). */
  private plan: PlanRow[] = [];
  /** The uploaded file, parsed (or why it is not JSON). */
  private upload: { name: string; value: unknown } | { name: string; error: Place } | null = null;
  private problems: ServerProblem[] = [];
  private readonly status = new StatusLine('create-status');
  private readonly body: HTMLElement;
  private busy = false;
  /** Whether this server needs the instructor key to create a session (it says so in /api/config). */
  private keyRequired = false;
  private keyRegion: HTMLElement = h('div');

  constructor() {
    this.body = h('div');
    this.el = h(
      'section',
      { class: 'card', attrs: { id: 'create', 'aria-labelledby': 'create-title' } },
      this.body,
    );
    void listScenarios().then((r) => {
      if (r.ok) {
        this.scenarios = r.data;
        this.chosen ??= r.data[0]?.id ?? null;
        if (this.plan.length === 0) this.plan = this.defaultPlan();
      } else this.status.fail(failureText(r));
      this.renderSource();
    });
    void savedApi()
      .list()
      .then((r) => {
        if (!r.ok) return;
        this.saved = r.data;
        this.chosenSaved ??= r.data[0]?.id ?? null;
        if (this.source === 'saved') this.renderSource();
        this.render();
      });
    void serverConfig().then((r) => {
      if (r.ok && r.data.instructorKeyRequired) this.showKey();
    });
    this.render();
  }

  /** Shows the instructor key field (once the server says it needs one, or refused a create without it). */
  private showKey() {
    if (this.keyRequired) return;
    this.keyRequired = true;
    this.renderKey();
  }

  private renderKey() {
    const typed = this.value('f-instructor-key') || storedKey();
    replace(
      this.keyRegion,
      this.keyRequired
        ? h(
            'div',
            { class: 'field' },
            h('label', { attrs: { for: 'f-instructor-key' }, text: ct('create.key') }),
            h('input', {
              attrs: {
                id: 'f-instructor-key',
                type: 'password',
                autocomplete: 'current-password',
                spellcheck: false,
                'aria-describedby': 'f-instructor-key-hint',
                value: typed,
              },
            }),
            h('p', { class: 'hint', attrs: { id: 'f-instructor-key-hint' }, text: ct('create.keyHint') }),
          )
        : null,
    );
  }

  refresh() {
    this.render();
  }

  /**
   * A plan to start from: a bundled pair made for comparing segments (two scenarios that name each other's
   * sellers, the hospital and the small clinic), else the first two bundled scenarios.
   */
  private defaultPlan(): PlanRow[] {
    const ids = this.scenarios.map((s) => s.id);
    const pair = ['hospital-monitors', 'clinic-monitors'].every((id) => ids.includes(id))
      ? ['hospital-monitors', 'clinic-monitors']
      : ids.slice(0, 2);
    return pair.map((id) => ({ pick: `b:${id}`, tables: 1 }));
  }

  private summaryOf(pick: string): ScenarioSummary | undefined {
    const id = pick.slice(2);
    return pick.startsWith('s:')
      ? this.saved.find((s) => s.id === id)?.summary
      : this.scenarios.find((s) => s.id === id);
  }

  private get current(): ScenarioSummary | undefined {
    if (this.source === 'segments') return this.summaryOf(this.plan[0]?.pick ?? '');
    if (this.source === 'saved') return this.saved.find((s) => s.id === this.chosenSaved)?.summary;
    return this.source === 'bundled' ? this.scenarios.find((s) => s.id === this.chosen) : undefined;
  }

  /** Builds the whole form (first time, and after a language change). */
  private render() {
    const typed = this.value('f-instructor-key');
    if (typed) storeKey(typed);
    this.keyRegion = h('div');
    this.sourceRegion = h('div');
    this.optionsRegion = this.options();
    this.problemsRegion = h('div');
    replace(
      this.body,
      h('h1', { id: 'create-title', text: ct('create.heading') }),
      h(
        'fieldset',
        { class: 'radios' },
        h('legend', { text: ct('create.source') }),
        this.radio('source', 'bundled', ct('create.bundled'), this.source === 'bundled', () => {
          this.source = 'bundled';
          this.renderSource();
        }),
        this.saved.length > 0
          ? this.radio('source', 'saved', ct('create.saved'), this.source === 'saved', () => {
              this.source = 'saved';
              this.renderSource();
            })
          : null,
        this.radio('source', 'upload', ct('create.upload'), this.source === 'upload', () => {
          this.source = 'upload';
          this.renderSource();
        }),
        this.radio('source', 'segments', ct('create.segments'), this.source === 'segments', () => {
          this.source = 'segments';
          this.renderSource();
        }),
      ),
      h(
        'p',
        { class: 'hint' },
        h('a', { attrs: { href: '#editor', id: 'open-editor' }, text: ct('create.editor') }),
        ` ${ct('create.editorHint')}`,
      ),
      this.sourceRegion,
      this.optionsRegion,
      this.keyRegion,
      this.problemsRegion,
      h(
        'div',
        { class: 'row' },
        h('button', {
          class: 'primary',
          attrs: { type: 'button', id: 'create-submit' },
          text: ct('create.submit'),
          on: { click: () => void this.submit() },
        }),
      ),
      this.status.el,
    );
    this.renderSource();
    this.renderKey();
    // Problems of the last attempt stay listed, in the new language after a change of language.
    this.renderProblems();
  }

  private sourceRegion: HTMLElement = h('div');
  private optionsRegion: HTMLElement = h('div');
  private problemsRegion: HTMLElement = h('div');

  /** The scenario picker or the file input; the options follow the chosen scenario without losing the rest. */
  private renderSource() {
    replace(
      this.sourceRegion,
      this.source === 'bundled'
        ? this.catalog()
        : this.source === 'saved'
          ? this.savedList()
          : this.source === 'segments'
            ? this.planEditor()
            : this.uploader(),
      this.objectives(),
    );
    this.syncOptions();
  }

  /**
   * The chosen scenario's learning objectives (for an uploaded file, as it states them: the server checks the
   * file when the session is created). Shown here and on the projector, never on the students' phones.
   */
  private objectives() {
    let list: LocalText[] = [];
    let languages: readonly string[] = [];
    const sc = this.current;
    if (sc) {
      list = sc.learningObjectives;
      languages = sc.languages;
    } else if (this.upload && 'value' in this.upload) {
      const meta = (
        this.upload.value as { meta?: { learningObjectives?: unknown; languages?: unknown } } | null
      )?.meta;
      if (Array.isArray(meta?.learningObjectives))
        list = meta.learningObjectives.filter(
          (o): o is LocalText => typeof o === 'string' || (typeof o === 'object' && o !== null),
        );
      if (Array.isArray(meta?.languages)) languages = meta.languages.filter((l) => typeof l === 'string');
    }
    if (list.length === 0) return null;
    return h(
      'section',
      {
        class: 'objectives-box',
        attrs: { id: 'create-objectives', 'aria-labelledby': 'create-objectives-title' },
      },
      h('h2', { attrs: { id: 'create-objectives-title' }, text: ct('create.objectives') }),
      h(
        'ul',
        { class: 'objectives' },
        list.map((o) => h('li', { text: localize(o, languages) })),
      ),
      h('p', { class: 'hint', text: ct('create.objectivesHint') }),
    );
  }

  private syncOptions() {
    const sc = this.current;
    const sellers = document.getElementById('f-sellers') as HTMLSelectElement | null;
    if (sellers) {
      const n = sc?.sellers ?? 4;
      replace(
        sellers,
        Array.from({ length: n }, (_, i) =>
          h('option', { attrs: { value: i + 1, selected: i + 1 === n }, text: String(i + 1) }),
        ),
      );
    }
    for (const st of STAGE_IDS) {
      const input = document.getElementById(`f-min-${st}`) as HTMLInputElement | null;
      if (input) {
        input.value = sc ? String(sc.stages[st] ?? '') : '';
        input.placeholder = sc ? '' : ct('create.scenarioMinutes');
      }
    }
    const lang = document.getElementById('f-language') as HTMLSelectElement | null;
    if (lang) {
      for (const option of Array.from(lang.options)) {
        const l = option.value as (typeof LANGUAGES)[number];
        option.textContent =
          sc && !sc.languages.includes(l)
            ? ct('create.languageMissing', { language: LANGUAGE_NAMES[l] })
            : LANGUAGE_NAMES[l];
      }
      if (sc && !sc.languages.includes(lang.value)) lang.value = sc.languages[0] ?? 'en';
    }
  }

  private radio(name: string, value: string, label: string, checked: boolean, on: () => void) {
    const id = `f-${name}-${value}`;
    return h(
      'label',
      { attrs: { for: id } },
      h('input', {
        attrs: { type: 'radio', name, id, value, checked },
        on: { change: on },
      }),
      ` ${label}`,
    );
  }

  private catalog() {
    if (this.scenarios.length === 0) return h('p', { class: 'hint', text: ct('create.loading') });
    return h(
      'fieldset',
      { class: 'scenario-list', attrs: { id: 'scenario-list' } },
      h('legend', { text: ct('create.scenario') }),
      this.scenarios.map((s) => {
        const id = `scenario-${s.id}`;
        const langs = s.languages;
        return h(
          'label',
          { class: `scenario-card${s.id === this.chosen ? ' chosen' : ''}`, attrs: { for: id } },
          h('input', {
            attrs: { type: 'radio', name: 'scenario', id, value: s.id, checked: s.id === this.chosen },
            on: {
              change: () => {
                this.chosen = s.id;
                this.renderSource();
              },
            },
          }),
          h(
            'span',
            { class: 'scenario-text' },
            h('strong', { class: 'scenario-title', text: localize(s.title, langs) }),
            h('span', {
              class: 'hint',
              text: `${localize(s.industry, langs)} · ${tk(`purchase.${s.purchaseType}`, s.purchaseType)}`,
            }),
            h('span', { class: 'scenario-summary', text: localize(s.summary, langs) }),
            h('a', {
              class: 'hint',
              attrs: {
                href: `/api/scenarios/${encodeURIComponent(s.id)}.json`,
                download: `${s.id}.json`,
                id: `download-${s.id}`,
              },
              text: ct('create.template'),
            }),
            h('span', {
              class: 'hint',
              text: ct('create.facts', {
                languages: formatList(langs.map((l) => LANGUAGE_NAMES[l as 'en'] ?? l)),
                minutes: s.suggestedMinutes,
                members: s.obcSize,
                sellers: s.sellers,
                rounds: s.rounds,
              }),
            }),
            h('span', {
              class: 'hint',
              text: STAGE_IDS.map(
                (st) => `${t(`stage.short.${st}`)} ${formatNumber(s.stages[st] ?? 0, 1)}′`,
              ).join(' · '),
            }),
          ),
        );
      }),
    );
  }

  private savedList() {
    return h(
      'fieldset',
      { class: 'scenario-list', attrs: { id: 'saved-list' } },
      h('legend', { text: ct('create.savedPick') }),
      this.saved.map((x) => {
        const s = x.summary;
        const id = `saved-${x.id}`;
        return h(
          'label',
          { class: `scenario-card${x.id === this.chosenSaved ? ' chosen' : ''}`, attrs: { for: id } },
          h('input', {
            attrs: { type: 'radio', name: 'saved', id, value: x.id, checked: x.id === this.chosenSaved },
            on: {
              change: () => {
                this.chosenSaved = x.id;
                this.renderSource();
              },
            },
          }),
          h(
            'span',
            { class: 'scenario-text' },
            h('strong', { class: 'scenario-title', text: localize(s.title, s.languages) }),
            h('span', {
              class: 'hint',
              text: `${localize(s.industry, s.languages)} · ${tk(`purchase.${s.purchaseType}`, s.purchaseType)}`,
            }),
            h('span', { class: 'scenario-summary', text: localize(s.summary, s.languages) }),
          ),
        );
      }),
    );
  }

  /** The segment plan: a row per segment (scenario and tables), rows added and removed. */
  private planEditor() {
    const options = [
      ...this.scenarios.map((s) => ({ value: `b:${s.id}`, label: localize(s.title, s.languages) })),
      ...this.saved.map((x) => ({
        value: `s:${x.id}`,
        label: ct('create.segmentSaved', { title: localize(x.summary.title, x.summary.languages) }),
      })),
    ];
    return h(
      'fieldset',
      { class: 'segment-plan', attrs: { id: 'segment-plan' } },
      h('legend', { text: ct('create.segmentsLegend') }),
      h('p', { class: 'hint', text: ct('create.segmentsHint') }),
      this.plan.map((row, i) =>
        h(
          'div',
          { class: 'row wrap segment-row', data: { segment: String(i + 1) } },
          h(
            'div',
            { class: 'field' },
            h('label', {
              attrs: { for: `f-segment-${i}` },
              text: ct('create.segmentScenario', { n: i + 1 }),
            }),
            h(
              'select',
              {
                attrs: { id: `f-segment-${i}` },
                on: {
                  change: (e) => {
                    row.pick = (e.target as HTMLSelectElement).value;
                    this.renderSource();
                  },
                },
              },
              options.map((o) =>
                h('option', { attrs: { value: o.value, selected: o.value === row.pick }, text: o.label }),
              ),
            ),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { attrs: { for: `f-segment-tables-${i}` }, text: ct('create.segmentTables') }),
            h('input', {
              attrs: {
                id: `f-segment-tables-${i}`,
                type: 'number',
                min: 1,
                max: 200,
                step: 1,
                value: row.tables,
              },
              on: {
                change: (e) => {
                  row.tables = Number((e.target as HTMLInputElement).value);
                },
              },
            }),
          ),
          this.plan.length > 2
            ? h('button', {
                class: 'secondary small',
                attrs: { type: 'button', id: `segment-remove-${i}` },
                text: ct('create.segmentRemove'),
                on: {
                  click: () => {
                    this.plan.splice(i, 1);
                    this.renderSource();
                  },
                },
              })
            : null,
        ),
      ),
      this.plan.length < PLAN_MAX
        ? h('button', {
            class: 'secondary small',
            attrs: { type: 'button', id: 'segment-add' },
            text: ct('create.segmentAdd'),
            on: {
              click: () => {
                this.plan.push({ pick: options[0]?.value ?? '', tables: 1 });
                this.renderSource();
              },
            },
          })
        : null,
    );
  }

  private uploader() {
    const input = h('input', {
      attrs: { type: 'file', id: 'scenario-file', accept: '.json,application/json' },
      on: {
        change: () => {
          const file = input.files?.[0];
          this.problems = [];
          if (!file) {
            this.upload = null;
            this.renderSource();
            return;
          }
          void file.text().then((text) => {
            const read = readJson(text);
            this.upload = read.ok
              ? { name: file.name, value: read.value }
              : { name: file.name, error: read.at };
            this.status.clear();
            this.renderProblems();
            this.renderSource();
          });
        },
      },
    });
    return h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'scenario-file' }, text: ct('create.file') }),
      input,
      h('p', { class: 'hint', text: ct('create.fileHint') }),
      this.upload
        ? h('p', {
            attrs: { id: 'scenario-file-name' },
            class: 'error' in this.upload ? 'error' : 'hint',
            text:
              'error' in this.upload
                ? this.notJson(this.upload.name, this.upload.error)
                : ct('create.fileChosen', { name: this.upload.name }),
          })
        : null,
    );
  }

  /** The session's options, built once; syncOptions fills in what depends on the scenario. */
  private options() {
    const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: id }, text: label }),
        control,
        hint ? h('p', { class: 'hint', text: hint }) : null,
      );
    return h(
      'div',
      { class: 'create-options' },
      field('f-title', ct('create.title'), h('input', { attrs: { id: 'f-title', maxlength: 120 } })),
      h(
        'fieldset',
        { class: 'grid-fields' },
        h('legend', { text: ct('create.shape') }),
        field('f-sellers', ct('create.sellers'), h('select', { attrs: { id: 'f-sellers' } })),
        field(
          'f-team',
          ct('create.team'),
          h(
            'select',
            { attrs: { id: 'f-team' } },
            [1, 2, 3].map((n) => h('option', { attrs: { value: n, selected: n === 2 }, text: String(n) })),
          ),
          ct('create.teamHint'),
        ),
        field(
          'f-language',
          ct('create.language'),
          h(
            'select',
            { attrs: { id: 'f-language' } },
            LANGUAGES.map((l) => h('option', { attrs: { value: l }, text: LANGUAGE_NAMES[l] })),
          ),
        ),
      ),
      h(
        'label',
        { class: 'toggle', attrs: { for: 'f-bots' } },
        h('input', { attrs: { type: 'checkbox', id: 'f-bots', checked: true } }),
        ` ${ct('create.bots')}`,
      ),
      h(
        'fieldset',
        { class: 'grid-fields' },
        h('legend', { text: ct('create.timers') }),
        STAGE_IDS.map((st) =>
          field(
            `f-min-${st}`,
            ct('create.minutes', { stage: t(`stage.${st}`) }),
            h('input', {
              attrs: {
                id: `f-min-${st}`,
                type: 'number',
                inputmode: 'decimal',
                min: STAGE_MINUTES_RANGE.min,
                max: STAGE_MINUTES_RANGE.max,
                step: 0.5,
              },
            }),
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'radios' },
        h('legend', { text: ct('create.pace') }),
        this.radio('pace', 'own', ct('create.paceOwn'), true, () => undefined),
        this.radio('pace', 'together', ct('create.paceTogether'), false, () => undefined),
      ),
    );
  }

  private renderProblems() {
    replace(this.problemsRegion, this.problemList());
    void this.translateProblems();
  }

  /** The server writes its problems in English: each is rewritten in the console's language from its code. */
  private async translateProblems() {
    if (language() === 'en' || this.problems.length === 0) return;
    const problems = this.problems;
    const write = await (await import('../i18n/problems.ts')).problemWriter(language());
    if (problems !== this.problems) return;
    this.problemsRegion.querySelectorAll('.problem-text').forEach((span, i) => {
      const p = problems[i];
      if (p) span.textContent = write(p);
    });
  }

  private problemList() {
    if (this.problems.length === 0) return null;
    return h(
      'div',
      { class: 'error-list', attrs: { id: 'create-problems', role: 'alert', tabindex: -1 } },
      h('p', { text: ct('create.problems', { count: this.problems.length }) }),
      h(
        'ul',
        null,
        this.problems.map((p) =>
          h(
            'li',
            null,
            h('code', { text: p.path }),
            ' ',
            h('span', { class: 'problem-text', text: p.message }),
          ),
        ),
      ),
    );
  }

  /** A file that is not JSON, with where it breaks. */
  private notJson(name: string, at: Place): string {
    return ct('create.notJsonAt', { name, ...at });
  }

  private value(id: string): string {
    return (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  }

  /** The request body from the form; the server checks it all again. */
  private requestBody(): Record<string, unknown> | { invalid: string } {
    const body: Record<string, unknown> = {};
    if (this.source === 'bundled') {
      if (!this.chosen) return { invalid: ct('create.pick') };
      body.scenarioId = this.chosen;
    } else if (this.source === 'saved') {
      if (!this.chosenSaved) return { invalid: ct('create.pick') };
      // The server reads it from its store with this browser's owner secret, and records which one it was.
      body.savedScenarioId = this.chosenSaved;
    } else if (this.source === 'segments') {
      if (this.plan.length < 2 || this.plan.some((r) => !this.summaryOf(r.pick)))
        return { invalid: ct('create.segmentsPick') };
      body.segments = this.plan.map((r) => ({ pick: r.pick, tables: r.tables }));
    } else {
      if (!this.upload) return { invalid: ct('create.pickFile') };
      if ('error' in this.upload) return { invalid: this.notJson(this.upload.name, this.upload.error) };
      body.scenario = this.upload.value;
    }
    const title = this.value('f-title').trim();
    if (title) body.title = title;
    body.sellersPerTable = Number(this.value('f-sellers')) || undefined;
    body.sellerTeamSize = Number(this.value('f-team')) || 2;
    body.language = this.value('f-language') || 'en';
    body.bots = (document.getElementById('f-bots') as HTMLInputElement | null)?.checked ?? true;
    body.autoAdvance = !(document.getElementById('f-pace-together') as HTMLInputElement | null)?.checked;
    const sc = this.current;
    const minutes: Record<string, number> = {};
    for (const st of STAGE_IDS) {
      const raw = this.value(`f-min-${st}`).trim();
      if (!raw) continue;
      const m = Number(raw);
      if (!Number.isFinite(m)) return { invalid: ct('create.badMinutes', { stage: t(`stage.${st}`) }) };
      // Only what differs from the scenario is an override.
      if (!sc || sc.stages[st] !== m) minutes[st] = m;
    }
    if (Object.keys(minutes).length > 0) body.stageMinutes = minutes;
    return body;
  }

  private async submit() {
    const body = this.requestBody();
    if ('invalid' in body) {
      this.status.fail(String(body.invalid));
      return;
    }
    // A plan names its scenarios as a single session does: bundled ones by id, saved ones by their saved id (the
    // server reads them with the owner's secret, sent below).
    let saved = typeof body.savedScenarioId === 'string';
    if (Array.isArray(body.segments)) {
      body.segments = (body.segments as PlanRow[]).map((row) =>
        row.pick.startsWith('b:')
          ? { scenarioId: row.pick.slice(2), tables: row.tables }
          : { savedScenarioId: row.pick.slice(2), tables: row.tables },
      );
      saved = (body.segments as Record<string, unknown>[]).some((x) => 'savedScenarioId' in x);
    }
    if (this.busy) return;
    this.busy = true;
    this.problems = [];
    this.renderProblems();
    this.status.busy();
    const key = this.keyRequired ? this.value('f-instructor-key').trim() : '';
    if (this.keyRequired && !key) {
      this.busy = false;
      this.status.fail(ct('create.keyMissing'));
      document.getElementById('f-instructor-key')?.focus();
      return;
    }
    const r = await createSession(body, key || undefined, saved ? ownerSecret() : undefined);
    this.busy = false;
    if (!r.ok && (r.code === 'instructor-key-required' || r.code === 'instructor-key-wrong')) {
      // The server needs a key this form did not know of, or the one typed is wrong: ask for it.
      storeKey('');
      this.showKey();
      this.status.fail(ct(r.code === 'instructor-key-wrong' ? 'create.keyWrong' : 'create.keyMissing'));
      document.getElementById('f-instructor-key')?.focus();
      return;
    }
    if (!r.ok) {
      this.problems = r.problems ?? [];
      this.renderProblems();
      this.status.fail(r.problems ? ct('create.invalid') : failureText(r));
      document.getElementById('create-problems')?.focus();
      return;
    }
    if (key) storeKey(key);
    remember({
      sessionId: r.data.sessionId,
      secret: r.data.hostSecret,
      code: r.data.code,
      title: typeof body.title === 'string' ? body.title : '',
      createdAt: Date.now(),
    });
    // The secret stays in this browser's list: the address only names the session.
    window.location.hash = `session=${encodeURIComponent(r.data.sessionId)}`;
  }
}
