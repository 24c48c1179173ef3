// The scenario editor (`host.html#editor`), loaded lazily by the console: write a case in forms instead of JSON.
// Start from a blank case, a copy of a bundled one or a saved one; every field says what it does in play; the
// check runs on every change (the same one-pass check as `npm run scenario:check`) and each problem shows at its
// field; texts stand side by side per declared language; "Does it teach?" runs the tournament in a worker; the
// seats can be previewed as their students will see them; the case is saved on the server, downloaded as a file,
// or played at once as a session with bots. The draft is kept in this browser while it is written.
import {
  BENEFIT_CATEGORIES,
  EVIDENCE_KINDS,
  LANGUAGES,
  OBC_ROLES,
  PURCHASE_TYPES,
  type Language,
} from '../../../shared/scenario/schema.ts';
import { STAGE_IDS } from '../../../shared/rules/types.ts';
import { jsonPath } from '../../../shared/scenario/check.ts';
import { setOwn } from '../../../shared/own.ts';
import { loadScenario } from '../../../shared/scenario/load.ts';
import { previewTable, seatPreviews } from '../../../shared/session/preview.ts';
import { publicScenario } from '../../../shared/rules/view.ts';
import { LANGUAGE_NAMES, formatNumber, formatPercent, localize, t, tk } from '../../i18n/index.ts';
import { ct } from '../../i18n/console.ts';
import { et, loadEditorLanguage, problemIn, type EditorKey } from '../../i18n/editor.ts';
import {
  createSession,
  listScenarios,
  type Preview,
  type SavedSummary,
  type ScenarioSummary,
} from '../../net/host-api.ts';
import { h, replace } from '../../ui/dom.ts';
import { StatusLine, failureText, saveFile } from '../common.ts';
import { remember } from '../known-sessions.ts';
import { PreparePanel } from '../prepare.ts';
import { savedApi } from '../saved-owner.ts';
import { draftProblems, problemsByPath, type Problem } from './problems.ts';
import {
  addDimension,
  blankDraft,
  duplicate,
  exportText,
  getAt,
  languagesOf,
  missingTranslations,
  openText,
  rebalance,
  removeDimension,
  renameDimension,
  setAt,
  setText,
  textIn,
  textPaths,
  type Draft,
  type Json,
  type Path,
} from './model.ts';
import {
  checkField,
  group,
  idOf,
  numberField,
  selectField,
  stringField,
  structureButton,
  textField,
  type FieldHost,
} from './fields.ts';
import { runTeach, type TeachReply } from './teach.ts';
import { adviceText, checkText, strategyName } from './teach-text.ts';
import './editor.css';

const DRAFT_STORAGE = 'bc.editor.draft';
const CHECK_DELAY_MS = 150;

type Source = { kind: 'blank' } | { kind: 'bundled'; id: string } | { kind: 'saved'; id: string };

function storedDraft(): { draft: Draft; savedId: string | null } | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_STORAGE);
    if (!raw) return null;
    const value = JSON.parse(raw) as { draft?: unknown; savedId?: unknown };
    const opened = openText(JSON.stringify(value.draft ?? null));
    return opened.ok
      ? { draft: opened.draft, savedId: typeof value.savedId === 'string' ? value.savedId : null }
      : null;
  } catch {
    return null;
  }
}

const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');

export class EditorScreen implements FieldHost {
  readonly el: HTMLElement;
  draft: Draft = blankDraft();
  /** The saved scenario this draft replaces on save, if it was opened from one (or saved once). */
  private savedId: string | null = null;
  private readonly body = h('div', { class: 'editor-body' });
  private readonly summary = h('div', { attrs: { id: 'editor-problems', 'aria-live': 'polite' } });
  private readonly status = new StatusLine('editor-status');
  private readonly regions = new Map<string, { el: HTMLElement; controls: HTMLElement[] }>();
  private problems: Problem[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private bundled: ScenarioSummary[] = [];
  private saved: SavedSummary[] = [];
  private teach: TeachReply | null = null;
  private teaching = false;
  private preview: PreparePanel | null = null;
  private readonly teachRegion = h('div', { attrs: { id: 'teach-results', 'aria-live': 'polite' } });
  private readonly previewRegion = h('div', { attrs: { id: 'editor-preview' } });
  private started = false;

  constructor() {
    this.el = h('div', { class: 'editor', attrs: { id: 'editor' } });
    const kept = storedDraft();
    if (kept) {
      this.draft = kept.draft;
      this.savedId = kept.savedId;
      this.started = true;
    }
    void loadEditorLanguage().then(() => {
      this.render();
      void this.loadLists();
    });
  }

  refresh() {
    // A status said in the old language would stay in it: it goes with the change of language.
    this.status.clear();
    void loadEditorLanguage().then(() => this.render());
  }

  destroy() {
    if (this.timer) clearTimeout(this.timer);
  }

  languages(): Language[] {
    const l = languagesOf(this.draft);
    return l.length > 0 ? l : ['en'];
  }

  region(path: Path, el: HTMLElement, controls: HTMLElement[]) {
    this.regions.set(jsonPath(path), { el, controls });
  }

  changed() {
    this.keep();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  /** Structure changed (a member, a dimension, a language added or removed): build the forms again. */
  private rebuild() {
    this.keep();
    const focused = document.activeElement?.id;
    this.renderForms();
    if (focused) document.getElementById(focused)?.focus();
  }

  private keep() {
    try {
      window.localStorage.setItem(
        DRAFT_STORAGE,
        JSON.stringify({ draft: this.draft, savedId: this.savedId }),
      );
    } catch {
      // storage unavailable: the draft lives as long as the page
    }
  }

  private async loadLists() {
    const [b, s] = await Promise.all([listScenarios(), savedApi().list()]);
    if (b.ok) this.bundled = b.data;
    if (s.ok) this.saved = s.data;
    // Only the start panel shows the lists: the forms (and the caret in them) stay as they are.
    this.el.querySelector('#editor-start')?.replaceWith(this.startPanel());
  }

  // ---- the page ----

  private render() {
    this.regions.clear();
    replace(
      this.el,
      h(
        'section',
        { class: 'card', attrs: { 'aria-labelledby': 'editor-title' } },
        h('h1', { attrs: { id: 'editor-title' }, text: et('editor.heading') }),
        h('p', { class: 'hint', text: et('editor.intro') }),
        this.startPanel(),
      ),
      this.started ? this.toolbar() : null,
      this.started ? this.summary : null,
      this.started ? this.body : null,
      this.started ? this.teachCard() : null,
      this.started ? this.previewCard() : null,
    );
    if (this.started) this.renderForms();
  }

  private startPanel() {
    const choose = (source: Source) => void this.start(source);
    return h(
      'details',
      { class: 'editor-start', attrs: { id: 'editor-start', open: !this.started } },
      h('summary', { text: et('start.heading') }),
      h(
        'div',
        { class: 'row wrap' },
        h('button', {
          class: 'primary',
          attrs: { type: 'button', id: 'editor-blank' },
          text: et('start.blank'),
          on: { click: () => choose({ kind: 'blank' }) },
        }),
        h(
          'label',
          { class: 'button secondary', attrs: { for: 'editor-import' } },
          et('start.import'),
          h('input', {
            class: 'visually-hidden',
            attrs: { id: 'editor-import', type: 'file', accept: '.json,application/json' },
            on: { change: (e) => void this.importFile(e.target as HTMLInputElement) },
          }),
        ),
      ),
      h('h2', { text: et('start.bundled') }),
      h(
        'ul',
        { class: 'editor-sources' },
        this.bundled.map((s) =>
          h(
            'li',
            null,
            h('span', { text: localize(s.title, s.languages) }),
            h('button', {
              class: 'secondary small',
              attrs: { type: 'button', id: `editor-copy-${s.id}` },
              text: et('start.copy'),
              on: { click: () => choose({ kind: 'bundled', id: s.id }) },
            }),
            h('a', {
              class: 'button secondary small',
              attrs: {
                href: `/api/scenarios/${encodeURIComponent(s.id)}.json`,
                download: `${s.id}.json`,
                id: `template-${s.id}`,
              },
              text: et('start.template'),
            }),
          ),
        ),
      ),
      h('h2', { text: et('start.saved') }),
      this.saved.length === 0
        ? h('p', { class: 'hint', attrs: { id: 'editor-saved-none' }, text: et('start.savedNone') })
        : h(
            'ul',
            { class: 'editor-sources', attrs: { id: 'editor-saved' } },
            this.saved.map((s) =>
              h(
                'li',
                { data: { saved: s.id } },
                h('span', { text: localize(s.summary.title, s.summary.languages) }),
                h('button', {
                  class: 'secondary small',
                  attrs: { type: 'button', id: `editor-edit-${s.id}` },
                  text: et('start.edit'),
                  on: { click: () => choose({ kind: 'saved', id: s.id }) },
                }),
                h('button', {
                  class: 'secondary small',
                  attrs: { type: 'button', id: `editor-dup-${s.id}` },
                  text: et('start.duplicate'),
                  on: { click: () => void this.start({ kind: 'saved', id: s.id }, true) },
                }),
                h('button', {
                  class: 'secondary small',
                  attrs: { type: 'button', id: `editor-export-${s.id}` },
                  text: et('start.download'),
                  on: { click: () => void this.downloadSaved(s.id) },
                }),
                h('button', {
                  class: 'danger small',
                  attrs: { type: 'button', id: `editor-delete-${s.id}` },
                  text: et('start.delete'),
                  on: { click: () => void this.deleteSaved(s) },
                }),
              ),
            ),
          ),
    );
  }

  private async start(source: Source, copy = false) {
    if (this.started && !window.confirm(et('start.replace'))) return;
    this.status.busy();
    if (source.kind === 'blank') {
      this.draft = blankDraft();
      this.savedId = null;
    } else if (source.kind === 'bundled') {
      const res = await fetch(`/api/scenarios/${encodeURIComponent(source.id)}.json`);
      const opened = res.ok ? openText(await res.text()) : null;
      if (!opened?.ok) {
        this.status.fail(et('status.openFailed'));
        return;
      }
      const draft = duplicate(opened.draft);
      // A copy lives outside scenarios/: it points at the schema by its address.
      setAt(draft, ['$schema'], `${window.location.origin}/scenario.schema.json`);
      this.draft = draft;
      this.savedId = null;
    } else {
      const r = await savedApi().get(source.id);
      const opened = r.ok ? openText(JSON.stringify(r.data.scenario)) : null;
      if (!opened?.ok) {
        this.status.fail(r.ok ? et('status.openFailed') : failureText(r));
        return;
      }
      this.draft = copy ? duplicate(opened.draft) : opened.draft;
      this.savedId = copy ? null : source.id;
    }
    this.started = true;
    this.teach = null;
    this.preview = null;
    this.keep();
    this.status.clear();
    this.render();
    // The title's box (its first language's, with several): the keyboard goes on from there.
    const title = this.firstControl(jsonPath(['meta', 'title']));
    if (title) document.getElementById(title)?.focus();
  }

  private async importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const opened = openText(await file.text());
    if (!opened.ok) {
      const name = file.name;
      this.status.fail(
        opened.at ? et('status.notJsonAt', { name, ...opened.at }) : et('status.notObject', { name }),
      );
      return;
    }
    this.draft = opened.draft;
    this.savedId = null;
    this.started = true;
    this.teach = null;
    this.keep();
    this.render();
    this.status.ok(et('status.imported', { name: file.name }));
  }

  private toolbar() {
    return h(
      'div',
      { class: 'card editor-toolbar row wrap', attrs: { role: 'group', 'aria-label': et('toolbar.label') } },
      h('button', {
        class: 'primary',
        attrs: { type: 'button', id: 'editor-save' },
        text: this.savedId ? et('toolbar.saveAgain') : et('toolbar.save'),
        on: { click: () => void this.save() },
      }),
      h('button', {
        class: 'secondary',
        attrs: { type: 'button', id: 'editor-download' },
        text: et('toolbar.download'),
        on: { click: () => this.download() },
      }),
      h('button', {
        class: 'secondary',
        attrs: { type: 'button', id: 'editor-play' },
        text: et('toolbar.play'),
        on: { click: () => void this.play() },
      }),
      this.status.el,
    );
  }

  // ---- the forms ----

  private renderForms() {
    this.regions.clear();
    replace(
      this.body,
      this.caseSection(),
      this.firmSection(),
      this.dimensionsSection(),
      this.membersSection(),
      this.sellersSection(),
      this.stagesSection(),
      this.translationsSection(),
    );
    this.check();
  }

  private section(
    id: string,
    title: EditorKey,
    intro: EditorKey | null,
    ...children: (HTMLElement | null)[]
  ) {
    return h(
      'section',
      {
        class: 'card editor-section',
        attrs: { id: `editor-${id}`, 'aria-labelledby': `editor-${id}-title` },
      },
      h('h2', { attrs: { id: `editor-${id}-title` }, text: et(title) }),
      intro ? h('p', { class: 'hint', text: et(intro) }) : null,
      ...children,
    );
  }

  private caseSection() {
    const objectives = list(getAt(this.draft, ['meta', 'learningObjectives']));
    const declared = languagesOf(this.draft);
    return this.section(
      'case',
      'case.heading',
      'case.intro',
      stringField(this, ['meta', 'id'], et('case.id'), et('case.idHelp')),
      textField(this, ['meta', 'title'], et('case.title'), et('case.titleHelp')),
      textField(this, ['meta', 'industry'], et('case.industry'), null),
      textField(this, ['meta', 'summary'], et('case.summary'), et('case.summaryHelp'), true),
      group(
        this,
        ['meta', 'languages'],
        et('case.languages'),
        et('case.languagesHelp'),
        h(
          'div',
          { class: 'row wrap' },
          LANGUAGES.map((l) =>
            h(
              'label',
              { class: 'toggle', attrs: { for: `ed-lang-${l}` } },
              h('input', {
                attrs: { type: 'checkbox', id: `ed-lang-${l}`, checked: declared.includes(l) },
                on: {
                  change: (e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const next = LANGUAGES.filter((x) => (x === l ? on : declared.includes(x)));
                    setAt(this.draft, ['meta', 'languages'], next);
                    this.rebuild();
                  },
                },
              }),
              ` ${LANGUAGE_NAMES[l]}`,
            ),
          ),
        ),
      ),
      group(
        this,
        ['meta', 'learningObjectives'],
        et('case.objectives'),
        et('case.objectivesHelp'),
        ...objectives.map((_, i) =>
          h(
            'div',
            { class: 'row-item' },
            textField(this, ['meta', 'learningObjectives', i], et('case.objective', { n: i + 1 }), null),
            objectives.length > 1
              ? structureButton(
                  `ed-remove-objective-${i}`,
                  'action.remove',
                  { what: et('case.objective', { n: i + 1 }) },
                  () => {
                    setAt(this.draft, ['meta', 'learningObjectives', i], undefined);
                    this.rebuild();
                  },
                  true,
                )
              : null,
          ),
        ),
        structureButton('ed-add-objective', 'action.add', { what: et('case.objectiveOne') }, () => {
          setAt(this.draft, ['meta', 'learningObjectives', objectives.length], '');
          this.rebuild();
        }),
      ),
      numberField(this, ['meta', 'suggestedMinutes'], et('case.minutes'), et('case.minutesHelp'), {
        min: 1,
        max: 600,
        step: 1,
      }),
      selectField(
        this,
        ['purchaseType'],
        et('case.purchaseType'),
        et('case.purchaseTypeHelp'),
        PURCHASE_TYPES.map((p) => [p, tk(`purchase.${p}`, p)] as const),
      ),
      group(
        this,
        ['economics'],
        et('economics.heading'),
        et('economics.intro'),
        stringField(this, ['economics', 'currency'], et('economics.currency'), et('economics.currencyHelp')),
        numberField(this, ['economics', 'quantity'], et('economics.quantity'), et('economics.quantityHelp'), {
          min: 1,
          step: 1,
        }),
        textField(this, ['economics', 'unit'], et('economics.unit'), et('economics.unitHelp')),
        numberField(
          this,
          ['economics', 'valuePerPoint'],
          et('economics.valuePerPoint'),
          et('economics.valuePerPointHelp'),
          { min: 0 },
        ),
      ),
    );
  }

  private firmSection() {
    const f = ['buyingFirm'];
    const members = list(getAt(this.draft, [...f, 'obc', 'members']));
    const roles = members.map((m) => str(getAt(m, ['role']))).filter(Boolean);
    return this.section(
      'firm',
      'firm.heading',
      'firm.intro',
      textField(this, [...f, 'name'], et('firm.name'), null),
      textField(this, [...f, 'narrative'], et('firm.narrative'), et('firm.narrativeHelp'), true),
      group(
        this,
        [...f, 'firmographics'],
        et('firm.firmographics'),
        et('firm.firmographicsHelp'),
        textField(this, [...f, 'firmographics', 'industry'], et('case.industry'), null),
        numberField(this, [...f, 'firmographics', 'employees'], et('firm.employees'), null, {
          min: 1,
          step: 1,
        }),
        numberField(
          this,
          [...f, 'firmographics', 'revenueMillions'],
          et('firm.revenue'),
          et('firm.optional'),
          { min: 0 },
        ),
        textField(this, [...f, 'firmographics', 'location'], et('firm.location'), null),
        selectField(
          this,
          [...f, 'firmographics', 'ownership'],
          et('firm.ownership'),
          null,
          (['private', 'public', 'government', 'non-profit', 'cooperative'] as const).map(
            (o) => [o, et(`ownership.${o}`)] as const,
          ),
        ),
      ),
      group(
        this,
        [...f, 'obc'],
        et('obc.heading'),
        et('obc.intro'),
        selectField(
          this,
          [...f, 'obc', 'formality'],
          et('obc.formality'),
          et('obc.formalityHelp'),
          this.levels3(),
        ),
        selectField(
          this,
          [...f, 'obc', 'centralization'],
          et('obc.centralization'),
          et('obc.centralizationHelp'),
          this.levels3(),
        ),
        selectField(
          this,
          [...f, 'obc', 'decisionRule', 'kind'],
          et('obc.rule'),
          et('obc.ruleHelp'),
          (['influence-weighted-vote', 'majority-vote', 'single-decider'] as const).map(
            (k) => [k, et(`rule.${k}`)] as const,
          ),
        ),
        selectField(
          this,
          [...f, 'obc', 'decisionRule', 'decider'],
          et('obc.decider'),
          et('obc.deciderHelp'),
          roles.map((r) => [r, tk(`role.${r}`, r)] as const),
          et('obc.noDecider'),
        ),
        textField(
          this,
          [...f, 'obc', 'decisionRule', 'description'],
          et('obc.ruleDescription'),
          et('obc.ruleDescriptionHelp'),
        ),
      ),
      this.customersGroup(),
      this.segmentGroup(),
    );
  }

  /** Derived demand (optional): the buyer's own customers, what they need, the benefits that map to. */
  private customersGroup() {
    const path = ['buyingFirm', 'customers'];
    const dimsPath = [...path, 'dimensions'];
    // Absent until the author adds it: an optional part is never half written by filling in the boxes.
    if (getAt(this.draft, path) === undefined)
      return group(
        this,
        path,
        et('customers.heading'),
        et('customers.help'),
        structureButton(`${idOf(path)}-add`, 'action.add', { what: et('customers.one') }, () => {
          setAt(this.draft, path, { who: '', needs: '', dimensions: [] });
          this.rebuild();
        }),
      );
    const chosen = list(getAt(this.draft, dimsPath)).map(str);
    return group(
      this,
      path,
      et('customers.heading'),
      et('customers.help'),
      textField(this, [...path, 'who'], et('customers.who'), null),
      textField(this, [...path, 'needs'], et('customers.needs'), null, true),
      h(
        'div',
        { class: 'row wrap', attrs: { id: idOf(dimsPath) } },
        h('span', { class: 'hint', text: et('customers.dimensions') }),
        this.dimensionToggles(dimsPath, chosen),
      ),
      structureButton(`${idOf(path)}-remove`, 'action.remove', { what: et('customers.one') }, () => {
        setAt(this.draft, path, undefined);
        this.rebuild();
      }),
    );
  }

  /** The buyer as a market segment (optional): what the fields do not already say. */
  private segmentGroup() {
    const path = ['segment'];
    if (getAt(this.draft, path) === undefined)
      return group(
        this,
        path,
        et('segment.heading'),
        et('segment.help'),
        structureButton(`${idOf(path)}-add`, 'action.add', { what: et('segment.one') }, () => {
          setAt(this.draft, path, { label: '', behavioral: '', needs: '' });
          this.rebuild();
        }),
      );
    return group(
      this,
      path,
      et('segment.heading'),
      et('segment.help'),
      textField(this, [...path, 'label'], et('segment.label'), null),
      textField(this, [...path, 'behavioral'], et('segment.behavioral'), null, true),
      textField(this, [...path, 'needs'], et('segment.needs'), null, true),
      textField(this, [...path, 'firmographic'], et('segment.firmographic'), et('firm.optional')),
      textField(this, [...path, 'decisionProcess'], et('segment.decisionProcess'), et('firm.optional')),
      structureButton(`${idOf(path)}-remove`, 'action.remove', { what: et('segment.one') }, () => {
        setAt(this.draft, path, undefined);
        this.rebuild();
      }),
    );
  }

  private levels3() {
    return (['low', 'medium', 'high'] as const).map((l) => [l, et(`level.${l}`)] as const);
  }

  private dimensionIds(): string[] {
    return list(getAt(this.draft, ['dimensions']))
      .map((d) => str(getAt(d, ['id'])))
      .filter(Boolean);
  }

  /** A checkbox per benefit dimension for a list of dimension ids at `dimsPath` (ticked: in the list). */
  private dimensionToggles(dimsPath: Path, chosen: readonly string[]): HTMLElement[] {
    return this.dimensionIds().map((d) => {
      const cid = `${idOf(dimsPath)}-${d}`;
      return h(
        'label',
        { class: 'toggle', attrs: { for: cid } },
        h('input', {
          attrs: { type: 'checkbox', id: cid, checked: chosen.includes(d) },
          on: {
            change: (e) => {
              const on = (e.target as HTMLInputElement).checked;
              const now = list(getAt(this.draft, dimsPath)).map(str);
              setAt(
                this.draft,
                dimsPath,
                on ? [...now.filter((x) => x !== d), d] : now.filter((x) => x !== d),
              );
              this.changed();
            },
          },
        }),
        ` ${this.dimensionName(d)}`,
      );
    });
  }

  private dimensionName(id: string): string {
    const d = list(getAt(this.draft, ['dimensions'])).find((x) => getAt(x, ['id']) === id);
    const label = textIn(getAt(d, ['label']), this.languages()[0] ?? 'en');
    return label ? `${label} (${id})` : id;
  }

  private dimensionOptions() {
    return this.dimensionIds().map((d) => [d, this.dimensionName(d)] as const);
  }

  private dimensionsSection() {
    const dims = list(getAt(this.draft, ['dimensions']));
    return this.section(
      'dimensions',
      'dimensions.heading',
      'dimensions.intro',
      group(
        this,
        ['dimensions'],
        et('dimensions.list'),
        null,
        ...dims.map((_, i) =>
          h(
            'div',
            { class: 'editor-item', attrs: { id: `ed-dimension-${i}` } },
            h('h3', { text: et('dimensions.one', { n: i + 1 }) }),
            stringField(
              this,
              ['dimensions', i, 'id'],
              et('field.id'),
              et('dimensions.idHelp'),
              (before, after) => {
                if (before && after && before !== after) {
                  renameDimension(this.draft, before, after);
                  this.rebuild();
                }
              },
            ),
            textField(this, ['dimensions', i, 'label'], et('field.label'), null),
            selectField(
              this,
              ['dimensions', i, 'category'],
              et('dimensions.category'),
              et('dimensions.categoryHelp'),
              BENEFIT_CATEGORIES.map((c) => [c, et(`category.${c}`)] as const),
            ),
            textField(
              this,
              ['dimensions', i, 'description'],
              et('field.description'),
              et('dimensions.descriptionHelp'),
              true,
            ),
            dims.length > 2
              ? structureButton(
                  `ed-remove-dimension-${i}`,
                  'action.remove',
                  { what: et('dimensions.one', { n: i + 1 }) },
                  () => {
                    removeDimension(this.draft, i);
                    this.rebuild();
                  },
                  true,
                )
              : null,
          ),
        ),
        dims.length < 12
          ? structureButton('ed-add-dimension', 'action.add', { what: et('dimensions.oneWord') }, () => {
              addDimension(this.draft);
              this.rebuild();
            })
          : null,
      ),
    );
  }

  private membersSection() {
    const base = ['buyingFirm', 'obc', 'members'];
    const members = list(getAt(this.draft, base));
    const used = new Set(members.map((m) => str(getAt(m, ['role']))));
    return this.section(
      'members',
      'members.heading',
      'members.intro',
      group(
        this,
        base,
        et('members.list'),
        et('members.listHelp'),
        ...members.map((_, i) => this.memberForm(i, members.length)),
        members.length < 5
          ? structureButton('ed-add-member', 'action.add', { what: et('members.oneWord') }, () => {
              const role = OBC_ROLES.find((r) => !used.has(r)) ?? 'engineering';
              const dims = this.dimensionIds();
              setAt(this.draft, [...base, members.length], {
                role,
                title: '',
                hierarchyLevel: 3,
                influence: 0,
                veto: false,
                signOff: false,
                brief: '',
                priorities: {
                  weights: dims[0] ? { [dims[0]]: 100 } : {},
                  priceSensitivity: 0.5,
                  riskAversion: 0.5,
                  mustHaves: [],
                  petConcerns: [{ id: `${role}-concern`, dimension: dims[0] ?? '', text: '', keywords: [] }],
                },
              });
              this.rebuild();
            })
          : null,
      ),
    );
  }

  private memberForm(i: number, count: number) {
    const m = ['buyingFirm', 'obc', 'members', i];
    const p = [...m, 'priorities'];
    const role = str(getAt(this.draft, [...m, 'role']));
    return h(
      'div',
      { class: 'editor-item', attrs: { id: `ed-member-${i}` } },
      h('h3', { text: role ? tk(`role.${role}`, role) : et('members.one', { n: i + 1 }) }),
      selectField(
        this,
        [...m, 'role'],
        et('members.role'),
        et('members.roleHelp'),
        OBC_ROLES.map((r) => [r, tk(`role.${r}`, r)] as const),
        undefined,
        () => this.rebuild(),
      ),
      textField(this, [...m, 'title'], et('members.title'), null),
      numberField(this, [...m, 'influence'], et('members.influence'), et('members.influenceHelp'), {
        min: 1,
        max: 100,
        step: 1,
      }),
      numberField(this, [...m, 'hierarchyLevel'], et('members.hierarchy'), et('members.hierarchyHelp'), {
        min: 1,
        max: 5,
        step: 1,
      }),
      checkField(this, [...m, 'signOff'], et('members.signOff'), et('members.signOffHelp')),
      checkField(this, [...m, 'veto'], et('members.veto'), et('members.vetoHelp')),
      textField(this, [...m, 'brief'], et('members.brief'), et('members.briefHelp'), true),
      h('h4', { text: et('members.hidden') }),
      this.weightsForm(i),
      numberField(
        this,
        [...p, 'priceSensitivity'],
        et('members.priceSensitivity'),
        et('members.priceSensitivityHelp'),
        { min: 0, max: 2, step: 0.05 },
      ),
      numberField(this, [...p, 'riskAversion'], et('members.riskAversion'), et('members.riskAversionHelp'), {
        min: 0,
        max: 1,
        step: 0.05,
      }),
      this.mustHavesForm(i),
      this.concernsForm(i),
      count > 1
        ? structureButton(
            `ed-remove-member-${i}`,
            'action.remove',
            { what: role ? tk(`role.${role}`, role) : String(i + 1) },
            () => {
              setAt(this.draft, m, undefined);
              this.rebuild();
            },
            true,
          )
        : null,
    );
  }

  /** The member's weights as sliders that keep the sum at 100: moving one shares the rest among the others. */
  private weightsForm(i: number) {
    const path = ['buyingFirm', 'obc', 'members', i, 'priorities', 'weights'];
    const dims = this.dimensionIds();
    const weightOf = (d: string) => {
      const v = getAt(this.draft, [...path, d]);
      return typeof v === 'number' ? v : 0;
    };
    const outputs = new Map<string, { input: HTMLInputElement; out: HTMLOutputElement }>();
    const sum = h('p', { class: 'hint', attrs: { id: `${idOf(path)}-sum` } });
    const showSum = () => {
      const total = dims.reduce((a, d) => a + weightOf(d), 0);
      sum.textContent = et('weights.sum', { sum: formatNumber(total, 0) });
    };
    const rows = dims.map((d) => {
      const id = idOf([...path, d]);
      const out = h('output', { attrs: { for: id, id: `${id}-out` }, text: String(weightOf(d)) });
      const input = h('input', {
        attrs: {
          id,
          type: 'range',
          min: 0,
          max: 100,
          step: 1,
          value: String(weightOf(d)),
          'aria-valuetext': `${weightOf(d)}`,
        },
        on: {
          input: () => {
            // The weights as numbers, with the dimensions the member weighs so far (others stay left out).
            const kept = getAt(this.draft, path);
            const had = (x: string) =>
              kept !== null && typeof kept === 'object' && !Array.isArray(kept) && Object.hasOwn(kept, x);
            const current: Record<string, number> = {};
            for (const x of dims) if (had(x)) setOwn(current, x, weightOf(x));
            const next = rebalance(current, dims, d, Number(input.value));
            setAt(this.draft, path, next);
            for (const [x, o] of outputs) {
              const v = weightOf(x);
              if (x !== d) o.input.value = String(v);
              o.out.textContent = String(v);
              o.input.setAttribute('aria-valuetext', String(v));
            }
            showSum();
            this.changed();
          },
        },
      });
      outputs.set(d, { input, out });
      // A weight's own problem (a negative or non-number value from an opened file) shows under its slider.
      const err = h('p', { class: 'field-problems', attrs: { id: `${id}-err` } });
      input.setAttribute('aria-describedby', `${id}-err`);
      this.region([...path, d], err, [input]);
      return h(
        'div',
        null,
        h(
          'div',
          { class: 'slider-row' },
          h('label', { attrs: { for: id }, text: this.dimensionName(d) }),
          input,
          out,
        ),
        err,
      );
    });
    showSum();
    return group(this, path, et('weights.heading'), et('weights.help'), ...rows, sum);
  }

  private mustHavesForm(i: number) {
    const path = ['buyingFirm', 'obc', 'members', i, 'priorities', 'mustHaves'];
    const items = list(getAt(this.draft, path));
    return group(
      this,
      path,
      et('mustHaves.heading'),
      et('mustHaves.help'),
      ...items.map((_, j) =>
        h(
          'div',
          { class: 'row-item' },
          selectField(this, [...path, j, 'dimension'], et('field.dimension'), null, this.dimensionOptions()),
          numberField(
            this,
            [...path, j, 'minLevel'],
            et('mustHaves.minLevel'),
            et('mustHaves.minLevelHelp'),
            { min: 1, max: 5, step: 1 },
          ),
          structureButton(
            `${idOf(path)}-remove-${j}`,
            'action.remove',
            { what: et('mustHaves.one') },
            () => {
              setAt(this.draft, [...path, j], undefined);
              this.rebuild();
            },
            true,
          ),
        ),
      ),
      structureButton(`${idOf(path)}-add`, 'action.add', { what: et('mustHaves.one') }, () => {
        setAt(this.draft, [...path, items.length], { dimension: this.dimensionIds()[0] ?? '', minLevel: 3 });
        this.rebuild();
      }),
    );
  }

  private concernsForm(i: number) {
    const path = ['buyingFirm', 'obc', 'members', i, 'priorities', 'petConcerns'];
    const items = list(getAt(this.draft, path));
    return group(
      this,
      path,
      et('concerns.heading'),
      et('concerns.help'),
      ...items.map((_, j) =>
        h(
          'div',
          { class: 'editor-subitem' },
          stringField(this, [...path, j, 'id'], et('field.id'), null),
          selectField(
            this,
            [...path, j, 'dimension'],
            et('field.dimension'),
            et('concerns.dimensionHelp'),
            this.dimensionOptions(),
          ),
          textField(this, [...path, j, 'text'], et('concerns.text'), et('concerns.textHelp'), true),
          this.keywordsField([...path, j, 'keywords']),
          items.length > 1
            ? structureButton(
                `${idOf(path)}-remove-${j}`,
                'action.remove',
                { what: et('concerns.one') },
                () => {
                  setAt(this.draft, [...path, j], undefined);
                  this.rebuild();
                },
                true,
              )
            : null,
        ),
      ),
      structureButton(`${idOf(path)}-add`, 'action.add', { what: et('concerns.one') }, () => {
        setAt(this.draft, [...path, items.length], {
          id: `concern-${items.length + 1}`,
          dimension: this.dimensionIds()[0] ?? '',
          text: '',
          keywords: [],
        });
        this.rebuild();
      }),
    );
  }

  /** Keywords as words separated by commas (a list in the file). */
  private keywordsField(path: Path) {
    const id = idOf(path);
    const words = list(getAt(this.draft, path)).map(str);
    const input = h('input', {
      attrs: { id, value: words.join(', '), spellcheck: false },
      on: {
        input: () => {
          setAt(
            this.draft,
            path,
            input.value
              .split(',')
              .map((w) => w.trim())
              .filter(Boolean),
          );
          this.changed();
        },
      },
    });
    const err = h('p', { class: 'field-problems', attrs: { id: `${id}-err` } });
    input.setAttribute('aria-describedby', `${id}-hint ${id}-err`);
    this.region(path, err, [input]);
    return h(
      'div',
      { class: 'field', data: { path: jsonPath(path) } },
      h('label', { attrs: { for: id }, text: et('concerns.keywords') }),
      input,
      h('p', { class: 'hint', attrs: { id: `${id}-hint` }, text: et('concerns.keywordsHelp') }),
      err,
    );
  }

  private sellersSection() {
    const sellers = list(getAt(this.draft, ['sellers']));
    return this.section(
      'sellers',
      'sellers.heading',
      'sellers.intro',
      group(
        this,
        ['sellers'],
        et('sellers.list'),
        et('sellers.listHelp'),
        ...sellers.map((_, i) => this.sellerForm(i, sellers.length)),
        sellers.length < 4
          ? structureButton('ed-add-seller', 'action.add', { what: et('sellers.oneWord') }, () => {
              const taken = new Set(sellers.map((x) => str(getAt(x, ['id']))));
              const id = ['A', 'B', 'C', 'D'].find((x) => !taken.has(x)) ?? 'D';
              const levels: Record<string, number> = {};
              for (const d of this.dimensionIds()) setOwn(levels, d, 3);
              setAt(this.draft, ['sellers', sellers.length], {
                id,
                name: '',
                description: '',
                incumbent: false,
                trust: 0.5,
                offering: { levels, unitCost: 6000, listPrice: 10000, options: [], evidence: [] },
              });
              this.rebuild();
            })
          : null,
      ),
    );
  }

  private sellerForm(i: number, count: number) {
    const s = ['sellers', i];
    const o = [...s, 'offering'];
    const id = str(getAt(this.draft, [...s, 'id']));
    return h(
      'div',
      { class: 'editor-item', attrs: { id: `ed-seller-${i}` } },
      h('h3', { text: et('sellers.one', { id: id || String(i + 1) }) }),
      stringField(this, [...s, 'id'], et('field.id'), et('sellers.idHelp')),
      textField(this, [...s, 'name'], et('sellers.name'), null),
      textField(this, [...s, 'description'], et('field.description'), et('sellers.descriptionHelp'), true),
      checkField(this, [...s, 'incumbent'], et('sellers.incumbent'), et('sellers.incumbentHelp')),
      numberField(this, [...s, 'trust'], et('sellers.trust'), et('sellers.trustHelp'), {
        min: 0,
        max: 1,
        step: 0.05,
      }),
      group(
        this,
        [...o, 'levels'],
        et('sellers.levels'),
        et('sellers.levelsHelp'),
        ...this.dimensionIds().map((d) =>
          numberField(this, [...o, 'levels', d], this.dimensionName(d), null, { min: 1, max: 5, step: 1 }),
        ),
      ),
      numberField(this, [...o, 'unitCost'], et('sellers.unitCost'), et('sellers.unitCostHelp'), { min: 0 }),
      numberField(this, [...o, 'listPrice'], et('sellers.listPrice'), et('sellers.listPriceHelp'), {
        min: 0,
      }),
      this.optionsForm(i),
      this.evidenceForm(i),
      count > 1
        ? structureButton(
            `ed-remove-seller-${i}`,
            'action.remove',
            { what: et('sellers.one', { id }) },
            () => {
              setAt(this.draft, s, undefined);
              this.rebuild();
            },
            true,
          )
        : null,
    );
  }

  private optionsForm(i: number) {
    const path = ['sellers', i, 'offering', 'options'];
    const items = list(getAt(this.draft, path));
    return group(
      this,
      path,
      et('options.heading'),
      et('options.help'),
      ...items.map((_, j) =>
        h(
          'div',
          { class: 'editor-subitem' },
          stringField(this, [...path, j, 'id'], et('field.id'), null),
          textField(this, [...path, j, 'label'], et('field.label'), null),
          textField(this, [...path, j, 'description'], et('field.description'), null),
          selectField(this, [...path, j, 'dimension'], et('field.dimension'), null, this.dimensionOptions()),
          numberField(this, [...path, j, 'lift'], et('options.lift'), et('options.liftHelp'), {
            min: 1,
            max: 2,
            step: 1,
          }),
          numberField(this, [...path, j, 'unitCost'], et('options.unitCost'), et('options.unitCostHelp'), {
            min: 0,
          }),
          structureButton(
            `${idOf(path)}-remove-${j}`,
            'action.remove',
            { what: et('options.one') },
            () => {
              setAt(this.draft, [...path, j], undefined);
              this.rebuild();
            },
            true,
          ),
        ),
      ),
      structureButton(`${idOf(path)}-add`, 'action.add', { what: et('options.one') }, () => {
        const sid = str(getAt(this.draft, ['sellers', i, 'id'])).toLowerCase() || 'x';
        setAt(this.draft, [...path, items.length], {
          id: `${sid}-option-${items.length + 1}`,
          label: '',
          description: '',
          unitCost: 100,
          dimension: this.dimensionIds()[0] ?? '',
          lift: 1,
        });
        this.rebuild();
      }),
    );
  }

  private evidenceForm(i: number) {
    const path = ['sellers', i, 'offering', 'evidence'];
    const items = list(getAt(this.draft, path));
    return group(
      this,
      path,
      et('evidence.heading'),
      et('evidence.help'),
      ...items.map((_, j) => {
        const dimsPath = [...path, j, 'dimensions'];
        const chosen = list(getAt(this.draft, dimsPath)).map(str);
        return h(
          'div',
          { class: 'editor-subitem' },
          stringField(this, [...path, j, 'id'], et('field.id'), null),
          selectField(
            this,
            [...path, j, 'kind'],
            et('evidence.kind'),
            null,
            EVIDENCE_KINDS.map((k) => [k, et(`evidence.kind.${k}`)] as const),
          ),
          textField(this, [...path, j, 'label'], et('field.label'), null),
          textField(this, [...path, j, 'description'], et('field.description'), null),
          numberField(this, [...path, j, 'cost'], et('evidence.cost'), et('evidence.costHelp'), { min: 0 }),
          numberField(
            this,
            [...path, j, 'credibility'],
            et('evidence.credibility'),
            et('evidence.credibilityHelp'),
            { min: 0, max: 1, step: 0.05 },
          ),
          group(
            this,
            dimsPath,
            et('evidence.dimensions'),
            null,
            h('div', { class: 'row wrap' }, this.dimensionToggles(dimsPath, chosen)),
          ),
          structureButton(
            `${idOf(path)}-remove-${j}`,
            'action.remove',
            { what: et('evidence.one') },
            () => {
              setAt(this.draft, [...path, j], undefined);
              this.rebuild();
            },
            true,
          ),
        );
      }),
      structureButton(`${idOf(path)}-add`, 'action.add', { what: et('evidence.one') }, () => {
        const sid = str(getAt(this.draft, ['sellers', i, 'id'])).toLowerCase() || 'x';
        setAt(this.draft, [...path, items.length], {
          id: `${sid}-evidence-${items.length + 1}`,
          kind: 'case-study',
          label: '',
          description: '',
          cost: 1000,
          credibility: 0.3,
          dimensions: this.dimensionIds().slice(0, 1),
        });
        this.rebuild();
      }),
    );
  }

  private stagesSection() {
    return this.section(
      'stages',
      'stages.heading',
      'stages.intro',
      ...STAGE_IDS.map((st) =>
        numberField(
          this,
          ['stages', st, 'minutes'],
          et('stages.minutes', { stage: t(`stage.${st}`) }),
          null,
          { min: 0.5, max: 120, step: 0.5 },
        ),
      ),
      numberField(
        this,
        ['stages', 'need-recognition', 'maxQuestionsPerSeller'],
        et('stages.questions'),
        et('stages.questionsHelp'),
        { min: 1, max: 50, step: 1 },
      ),
      checkField(this, ['stages', 'rfp', 'allowBafo'], et('stages.bafo'), et('stages.bafoHelp'), true),
      numberField(this, ['rounds', 'count'], et('rounds.count'), et('rounds.countHelp'), {
        min: 1,
        max: 3,
        step: 1,
      }),
      selectField(
        this,
        ['rounds', 'nextPurchaseType'],
        et('rounds.next'),
        et('rounds.nextHelp'),
        PURCHASE_TYPES.map((p) => [p, tk(`purchase.${p}`, p)] as const),
        et('rounds.nextDecided'),
      ),
      checkField(this, ['rounds', 'carryTrust'], et('rounds.carryTrust'), et('rounds.carryTrustHelp'), true),
    );
  }

  /** Every text, one column per declared language, with what is missing listed first. */
  private translationsSection() {
    const languages = languagesOf(this.draft);
    const missing = missingTranslations(this.draft);
    if (languages.length < 2)
      return this.section(
        'translations',
        'translations.heading',
        null,
        h('p', { class: 'hint', text: et('translations.one') }),
      );
    const rows = textPaths(this.draft).map((path) => {
      const pid = `tr-${idOf(path)}`;
      return h(
        'tr',
        null,
        h('th', { attrs: { scope: 'row', id: pid }, text: jsonPath(path).slice(2) }),
        languages.map((lang) =>
          h(
            'td',
            null,
            h('textarea', {
              attrs: {
                id: `${pid}-${lang}`,
                lang,
                rows: 2,
                'aria-labelledby': `${pid} tr-head-${lang}`,
                value: textIn(getAt(this.draft, path), lang),
              },
              on: {
                input: (e) => {
                  const words = (e.target as HTMLTextAreaElement).value;
                  const field = document.getElementById(
                    languages.length > 1 ? `${idOf(path)}-${lang}` : idOf(path),
                  ) as HTMLInputElement | null;
                  if (field) field.value = words;
                  setText(this.draft, path, lang, words);
                  this.changed();
                },
              },
            }),
          ),
        ),
      );
    });
    return this.section(
      'translations',
      'translations.heading',
      'translations.intro',
      h('p', {
        attrs: { id: 'translations-missing-count' },
        text: et('translations.missing', { count: missing.length }),
      }),
      missing.length > 0
        ? h(
            'ul',
            { class: 'translations-missing', attrs: { id: 'translations-missing' } },
            missing.slice(0, 200).map((m) =>
              h(
                'li',
                null,
                h('a', {
                  attrs: { href: `#tr-${idOf(m.path)}-${m.lang}` },
                  text: `${jsonPath(m.path).slice(2)} · ${LANGUAGE_NAMES[m.lang]}`,
                  on: { click: (e) => this.focusId(e, `tr-${idOf(m.path)}-${m.lang}`) },
                }),
              ),
            ),
          )
        : null,
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'translations' },
          h('caption', { text: et('translations.caption') }),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'col' }, text: et('translations.field') }),
              languages.map((l) =>
                h('th', { attrs: { scope: 'col', id: `tr-head-${l}` }, text: LANGUAGE_NAMES[l] }),
              ),
            ),
          ),
          h('tbody', null, rows),
        ),
      ),
    );
  }

  private focusId(e: Event, id: string) {
    e.preventDefault();
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }

  // ---- the check ----

  private check() {
    this.timer = null;
    this.problems = draftProblems(this.draft);
    const byPath = problemsByPath(this.problems);
    for (const { el, controls } of this.regions.values()) {
      el.replaceChildren();
      for (const c of controls) c.removeAttribute('aria-invalid');
    }
    // Each problem at its field, or at the nearest group that holds it.
    const placed = new Map<string, string>();
    for (const [path, messages] of byPath) {
      let at = path;
      while (!this.regions.has(at) && at !== '$') at = parentPath(at);
      const region = this.regions.get(at);
      placed.set(path, at);
      if (!region) continue;
      for (const message of messages)
        region.el.append(
          h('span', { class: 'problem', text: at === path ? message : `${path.slice(2)}: ${message}` }),
        );
      for (const c of region.controls) c.setAttribute('aria-invalid', 'true');
    }
    const missing = document.getElementById('translations-missing-count');
    if (missing)
      missing.textContent = et('translations.missing', { count: missingTranslations(this.draft).length });
    replace(
      this.summary,
      this.problems.length === 0
        ? h('p', { class: 'status done', attrs: { id: 'editor-valid' }, text: et('check.valid') })
        : h(
            'details',
            { class: 'error-list', attrs: { id: 'editor-problem-list' } },
            h('summary', { text: et('check.problems', { count: this.problems.length }) }),
            h(
              'ul',
              null,
              this.problems.slice(0, 100).map((p) => {
                const target = this.firstControl(placed.get(p.path) ?? p.path);
                return h(
                  'li',
                  { data: { path: p.path, code: p.code } },
                  target
                    ? h('a', {
                        attrs: { href: `#${target}` },
                        text: p.path,
                        on: { click: (e) => this.focusId(e, target) },
                      })
                    : h('code', { text: p.path }),
                  ' ',
                  h('span', { text: problemIn(p) }),
                );
              }),
            ),
          ),
    );
  }

  /**
   * The control a link to a path focuses: the field's own, the first box of a text's languages, or for a group
   * (a sum, "at most one sign-off") its first control. Never a problem's paragraph, which takes no focus.
   */
  private firstControl(path: string): string | null {
    const region = this.regions.get(path);
    if (!region) return null;
    const focusable = 'input[id], select[id], textarea[id], button[id]';
    for (const c of region.controls) {
      if (c.id && c.matches('input, select, textarea, button')) return c.id;
      const inner = c.querySelector<HTMLElement>(focusable);
      if (inner) return inner.id;
    }
    return region.el.closest('fieldset, .field')?.querySelector<HTMLElement>(focusable)?.id ?? null;
  }

  // ---- does it teach? ----

  private teachCard() {
    this.renderTeach();
    return h(
      'section',
      { class: 'card', attrs: { id: 'editor-teach', 'aria-labelledby': 'teach-title' } },
      h('h2', { attrs: { id: 'teach-title' }, text: et('teach.heading') }),
      h('p', { class: 'hint', text: et('teach.intro') }),
      h('button', {
        class: 'primary',
        attrs: { type: 'button', id: 'teach-run' },
        text: et('teach.run'),
        on: { click: () => void this.runTeach() },
      }),
      this.teachRegion,
    );
  }

  private async runTeach() {
    if (this.teaching) return;
    if (this.problems.length > 0) {
      replace(
        this.teachRegion,
        h('p', {
          class: 'error',
          attrs: { id: 'teach-invalid' },
          text: et('teach.invalid', { count: this.problems.length }),
        }),
      );
      return;
    }
    this.teaching = true;
    replace(
      this.teachRegion,
      h('p', { class: 'loading', attrs: { id: 'teach-running' }, text: et('teach.running') }),
    );
    try {
      this.teach = await runTeach({ draft: structuredClone(this.draft), runs: 1, seed: 1 });
    } catch {
      this.teach = null;
      replace(this.teachRegion, h('p', { class: 'error', text: et('teach.failed') }));
      return;
    } finally {
      this.teaching = false;
    }
    this.renderTeach();
  }

  private renderTeach() {
    const r = this.teach;
    if (!r) return;
    if (!r.ok) {
      replace(this.teachRegion, h('p', { class: 'error', text: et('teach.invalid', { count: r.problems }) }));
      return;
    }
    const checks = r.result.lesson.checks;
    const currency = str(getAt(this.draft, ['economics', 'currency']));
    replace(
      this.teachRegion,
      h('p', {
        attrs: { id: 'teach-verdict' },
        class: r.result.lesson.holds ? 'status done' : 'status error',
        text: r.result.lesson.holds
          ? et('teach.holds')
          : et('teach.fails', { failed: checks.filter((c) => !c.holds).length, count: checks.length }),
      }),
      h('p', {
        class: 'hint',
        text: et('teach.figures', {
          runs: r.result.runs,
          rounds: r.result.rounds,
          seconds: formatNumber(r.ms / 1000, 1),
        }),
      }),
      h('h3', { text: et('teach.checks') }),
      h(
        'ul',
        { class: 'teach-checks', attrs: { id: 'teach-checks' } },
        checks.map((c) => {
          const text = checkText(c);
          return h(
            'li',
            { data: { holds: String(c.holds), check: c.id } },
            h('strong', { text: c.holds ? et('teach.ok') : et('teach.fail') }),
            ` ${text.name}`,
            h('span', { class: 'hint', text: ` (${text.detail})` }),
          );
        }),
      ),
      h('h3', { text: et('teach.strategies') }),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { attrs: { id: 'teach-strategies' } },
          h('caption', { text: et('teach.strategiesCaption') }),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'col' }, text: et('teach.strategy') }),
              h('th', { attrs: { scope: 'col' }, text: et('teach.bids') }),
              h('th', { attrs: { scope: 'col' }, text: et('teach.winRate') }),
              h('th', { attrs: { scope: 'col' }, text: et('teach.meanMargin', { currency }) }),
              h('th', { attrs: { scope: 'col' }, text: et('teach.totalMargin', { currency }) }),
            ),
          ),
          h(
            'tbody',
            null,
            Object.entries(r.result.strategies).map(([name, f]) =>
              h(
                'tr',
                { data: { strategy: name } },
                h('th', { attrs: { scope: 'row' }, text: strategyName(name) }),
                h('td', { text: String(f.bids) }),
                h('td', { text: formatPercent(f.winRate) }),
                h('td', { text: formatNumber(f.meanMargin, 0) }),
                h('td', { text: formatNumber(f.totalMargin, 0) }),
              ),
            ),
          ),
        ),
      ),
      h('h3', { text: et('teach.advice') }),
      r.advice.length === 0
        ? h('p', { class: 'hint', attrs: { id: 'teach-no-advice' }, text: et('teach.noAdvice') })
        : h(
            'ul',
            { attrs: { id: 'teach-advice' } },
            r.advice.map((a) => {
              let at = a.path;
              while (!this.regions.has(at) && at !== '$') at = parentPath(at);
              const target = this.firstControl(at);
              return h(
                'li',
                null,
                h('span', { text: adviceText(a, (id) => this.dimensionLabel(id)) }),
                ' ',
                target
                  ? h('a', {
                      attrs: { href: `#${target}` },
                      text: et('teach.goTo'),
                      on: { click: (e) => this.focusId(e, target) },
                    })
                  : null,
              );
            }),
          ),
    );
  }

  /** A dimension's label in the console's language (else the draft's first), for advice that names it. */
  private dimensionLabel(id: string): string | undefined {
    const dimension = list(getAt(this.draft, ['dimensions'])).find(
      (d) => typeof d === 'object' && d !== null && !Array.isArray(d) && d.id === id,
    );
    if (!dimension || typeof dimension !== 'object' || Array.isArray(dimension)) return undefined;
    const label = dimension.label;
    if (typeof label === 'string') return label;
    if (typeof label !== 'object' || label === null || Array.isArray(label)) return undefined;
    return localize(label, languagesOf(this.draft)) || undefined;
  }

  // ---- preview, save, download, play ----

  private previewCard() {
    return h(
      'section',
      { class: 'card', attrs: { id: 'editor-preview-card', 'aria-labelledby': 'editor-preview-title' } },
      h('h2', { attrs: { id: 'editor-preview-title' }, text: et('preview.heading') }),
      h('p', { class: 'hint', text: et('preview.intro') }),
      h('button', {
        class: 'secondary',
        attrs: { type: 'button', id: 'editor-preview-open' },
        text: et('preview.open'),
        on: { click: () => this.openPreview() },
      }),
      this.previewRegion,
    );
  }

  private openPreview() {
    const loaded = loadScenario(this.draft);
    if (!loaded.ok) {
      replace(
        this.previewRegion,
        h('p', { class: 'error', text: et('teach.invalid', { count: loaded.problems.length }) }),
      );
      return;
    }
    const scenario = loaded.scenario;
    const state = previewTable(scenario, { seed: 1 }, Date.now());
    const lang = scenario.meta.languages[0] ?? 'en';
    const data: Preview = {
      sessionId: '',
      code: 'PREVIEW',
      title: localize(scenario.meta.title, scenario.meta.languages),
      language: lang,
      scenario: publicScenario(scenario),
      seats: seatPreviews(scenario, state),
    };
    this.preview = new PreparePanel({ api: { preview: () => Promise.resolve({ ok: true as const, data }) } });
    replace(this.previewRegion, this.preview.el);
    this.preview.open();
  }

  private body_(): Draft {
    return structuredClone(this.draft);
  }

  private async save() {
    if (this.problems.length > 0) {
      this.status.fail(et('status.fixFirst', { count: this.problems.length }));
      document.getElementById('editor-problem-list')?.setAttribute('open', '');
      return;
    }
    this.status.busy();
    const r = await savedApi().save(this.body_(), this.savedId ?? undefined);
    if (!r.ok) {
      this.status.fail(
        r.problems ? et('status.serverProblems', { count: r.problems.length }) : failureText(r),
      );
      return;
    }
    this.savedId = r.data.id;
    this.keep();
    this.status.ok(et('status.saved', { title: localize(r.data.summary.title, r.data.summary.languages) }));
    const s = await savedApi().list();
    if (s.ok) this.saved = s.data;
    const save = document.getElementById('editor-save');
    if (save) save.textContent = et('toolbar.saveAgain');
    const start = this.el.querySelector('#editor-start');
    if (start) start.replaceWith(this.startPanel());
  }

  private download() {
    const id = str(getAt(this.draft, ['meta', 'id'])) || 'scenario';
    saveFile(new Blob([exportText(this.draft)], { type: 'application/json' }), `${id}.json`);
    this.status.ok(
      this.problems.length > 0
        ? et('status.downloadedInvalid', { count: this.problems.length })
        : et('status.downloaded'),
    );
  }

  private async downloadSaved(id: string) {
    const r = await savedApi().download(id);
    if (!r.ok) {
      this.status.fail(failureText(r));
      return;
    }
    const s = this.saved.find((x) => x.id === id);
    saveFile(r.data, `${s?.summary.id ?? 'scenario'}.json`);
  }

  private async deleteSaved(s: SavedSummary) {
    if (!window.confirm(et('start.confirmDelete', { title: localize(s.summary.title, s.summary.languages) })))
      return;
    const r = await savedApi().remove(s.id);
    if (!r.ok && r.status !== 404) {
      this.status.fail(failureText(r));
      return;
    }
    if (this.savedId === s.id) this.savedId = null;
    this.saved = this.saved.filter((x) => x.id !== s.id);
    const start = this.el.querySelector('#editor-start');
    if (start) start.replaceWith(this.startPanel());
  }

  /** "Play it now": a session of this draft with bots in every empty seat, opened in the console. */
  private async play() {
    if (this.problems.length > 0) {
      this.status.fail(et('status.fixFirst', { count: this.problems.length }));
      return;
    }
    this.status.busy();
    let key = '';
    try {
      key = window.sessionStorage.getItem('bc.console.instructorKey') ?? '';
    } catch {
      // no key stored
    }
    const lang = languagesOf(this.draft)[0] ?? 'en';
    const r = await createSession(
      { scenario: this.body_(), bots: true, sellerTeamSize: 1, language: lang },
      key || undefined,
    );
    if (!r.ok) {
      this.status.fail(r.code?.startsWith('instructor-key') ? ct('create.keyMissing') : failureText(r));
      return;
    }
    remember({
      sessionId: r.data.sessionId,
      secret: r.data.hostSecret,
      code: r.data.code,
      title: '',
      createdAt: Date.now(),
    });
    window.location.hash = `session=${encodeURIComponent(r.data.sessionId)}`;
  }
}

/** `$.a.b[2]` → `$.a.b`, `$.a["x y"]` → `$.a`. */
export function parentPath(path: string): string {
  const m = /^(.*?)(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/.exec(path);
  return m?.[1] ? m[1] : '$';
}
