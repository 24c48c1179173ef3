// The editor's form fields, each bound to a path of the draft: a label, the control, a plain-language note of what
// the field does in play, and a region where the check's problems at that path show. Every control is a native,
// labelled HTML control (keyboard-usable as is); a problem sets aria-invalid and is read with the field.
import { jsonPath } from '../../../shared/scenario/check.ts';
import type { Language } from '../../../shared/scenario/schema.ts';
import { h } from '../../ui/dom.ts';
import { getAt, setAt, setText, textIn, type Draft, type Json, type Path } from './model.ts';
import { et, type EditorKey } from '../../i18n/editor.ts';

/** What the fields need of the editor: the draft, a note that it changed, and where problems go. */
export interface FieldHost {
  draft: Draft;
  changed(): void;
  /** Registers the region that shows the problems at a path (and the controls it describes). */
  region(path: Path, el: HTMLElement, controls: HTMLElement[]): void;
  languages(): Language[];
}

/** A path as an element id: `ed-buyingFirm-obc-members-0-influence`. */
export function idOf(path: Path): string {
  return `ed-${path.join('-').replace(/[^A-Za-z0-9-]/g, '_')}`;
}

function frame(
  host: FieldHost,
  path: Path,
  label: string,
  help: string | null,
  controls: HTMLElement[],
  labelFor: string | null,
  extraClass = '',
) {
  const id = idOf(path);
  const err = h('p', { class: 'field-problems', attrs: { id: `${id}-err` } });
  const hint = help ? h('p', { class: 'hint', attrs: { id: `${id}-hint` }, text: help }) : null;
  for (const c of controls)
    c.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-err`].filter(Boolean).join(' '));
  host.region(path, err, controls);
  return h(
    'div',
    { class: `field ${extraClass}`.trim(), data: { path: jsonPath(path) } },
    labelFor
      ? h('label', { attrs: { for: labelFor }, text: label })
      : h('span', { class: 'label', text: label }),
    ...controls,
    hint,
    err,
  );
}

/** A text a player reads: one input per declared language, side by side. */
export function textField(
  host: FieldHost,
  path: Path,
  label: string,
  help: string | null,
  multiline = false,
): HTMLElement {
  const languages = host.languages();
  const id = idOf(path);
  const inputs = languages.map((lang) => {
    const attrs = {
      id: languages.length > 1 ? `${id}-${lang}` : id,
      lang,
      ...(languages.length > 1 ? { 'aria-label': `${label} (${lang})` } : {}),
      value: textIn(getAt(host.draft, path), lang),
    };
    const on = {
      input: (e: Event) => {
        setText(host.draft, path, lang, (e.target as HTMLInputElement).value);
        host.changed();
      },
    };
    return multiline ? h('textarea', { attrs: { ...attrs, rows: 3 }, on }) : h('input', { attrs: attrs, on });
  });
  if (languages.length <= 1) return frame(host, path, label, help, inputs, id);
  const id0 = `${id}-${languages[0] ?? 'en'}`;
  return frame(
    host,
    path,
    label,
    help,
    [
      h(
        'div',
        { class: 'side-by-side' },
        inputs.map((input, i) =>
          h(
            'span',
            { class: 'lang-cell' },
            h('span', { class: 'lang-tag', text: languages[i] ?? '' }),
            input,
          ),
        ),
      ),
    ],
    id0,
    'text-field',
  );
}

/** A number; an empty box removes the field (the check then says it is required, where it is). */
export function numberField(
  host: FieldHost,
  path: Path,
  label: string,
  help: string | null,
  range: { min?: number; max?: number; step?: number } = {},
): HTMLElement {
  const id = idOf(path);
  const current = getAt(host.draft, path);
  const input = h('input', {
    attrs: {
      id,
      type: 'number',
      inputmode: 'decimal',
      min: range.min,
      max: range.max,
      step: range.step ?? 'any',
      value: typeof current === 'number' ? String(current) : '',
    },
    on: {
      input: () => {
        const raw = input.value.trim();
        setAt(host.draft, path, raw === '' || !Number.isFinite(Number(raw)) ? undefined : Number(raw));
        host.changed();
      },
    },
  });
  return frame(host, path, label, help, [input], id);
}

/** A plain string that is no player's text (an id, a currency code, keywords). */
export function stringField(
  host: FieldHost,
  path: Path,
  label: string,
  help: string | null,
  onCommit?: (before: string, after: string) => void,
): HTMLElement {
  const id = idOf(path);
  const current = getAt(host.draft, path);
  let before = typeof current === 'string' ? current : '';
  const input = h('input', {
    attrs: { id, spellcheck: false, autocomplete: 'off', value: before },
    on: {
      input: () => {
        setAt(host.draft, path, input.value);
        host.changed();
      },
      change: () => {
        onCommit?.(before, input.value);
        before = input.value;
      },
    },
  });
  return frame(host, path, label, help, [input], id);
}

/** One of a few values; `optional` adds a first choice that leaves the field out. */
export function selectField(
  host: FieldHost,
  path: Path,
  label: string,
  help: string | null,
  options: readonly (readonly [string, string])[],
  optional?: string,
  onChange?: () => void,
): HTMLElement {
  const id = idOf(path);
  const current = getAt(host.draft, path);
  const select = h(
    'select',
    {
      attrs: { id },
      on: {
        change: () => {
          setAt(host.draft, path, select.value === '' && optional !== undefined ? undefined : select.value);
          host.changed();
          onChange?.();
        },
      },
    },
    optional !== undefined
      ? h('option', { attrs: { value: '', selected: current === undefined }, text: optional })
      : null,
    options.map(([value, text]) => h('option', { attrs: { value, selected: current === value }, text })),
  );
  return frame(host, path, label, help, [select], id);
}

/** Yes or no. */
export function checkField(
  host: FieldHost,
  path: Path,
  label: string,
  help: string | null,
  fallback = false,
) {
  const id = idOf(path);
  const current = getAt(host.draft, path);
  const box = h('input', {
    attrs: { id, type: 'checkbox', checked: typeof current === 'boolean' ? current : fallback },
    on: {
      change: () => {
        setAt(host.draft, path, box.checked);
        host.changed();
      },
    },
  });
  const err = h('p', { class: 'field-problems', attrs: { id: `${id}-err` } });
  const hint = help ? h('p', { class: 'hint', attrs: { id: `${id}-hint` }, text: help }) : null;
  box.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-err`].filter(Boolean).join(' '));
  host.region(path, err, [box]);
  return h(
    'div',
    { class: 'field check-field', data: { path: jsonPath(path) } },
    h('label', { class: 'toggle', attrs: { for: id } }, box, ` ${label}`),
    hint,
    err,
  );
}

/** A group of fields about one thing, with its own problems region (sums, "at most one sign-off" …). */
export function group(
  host: FieldHost,
  path: Path,
  legend: string,
  help: string | null,
  ...children: (HTMLElement | null)[]
) {
  const id = idOf(path);
  const err = h('p', { class: 'field-problems', attrs: { id: `${id}-err` } });
  host.region(path, err, []);
  return h(
    'fieldset',
    { class: 'editor-group', data: { path: jsonPath(path) }, attrs: { id: `${id}-group` } },
    h('legend', { text: legend }),
    help ? h('p', { class: 'hint', text: help }) : null,
    err,
    ...children,
  );
}

/** A small button that changes the structure (add, remove): the editor re-renders after it. */
export function structureButton(
  id: string,
  key: EditorKey,
  params: Record<string, string | number>,
  run: () => void,
  danger = false,
) {
  return h('button', {
    class: `${danger ? 'danger' : 'secondary'} small`,
    attrs: { type: 'button', id },
    text: et(key, params),
    on: { click: run },
  });
}

export type { Json };
