// Form fields bound to drafts: real DOM inputs with labels (tappable, keyboard reachable, read by screen
// readers). Each field's id is stable across re-renders so the focus can be restored.
import { h } from './dom.ts';
import { getDraft, getDraftList, setDraft, setDraftList } from './drafts.ts';

export interface Option {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

function fieldId(draft: string): string {
  return `f-${draft.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function hintEl(id: string, hint?: string) {
  return hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
}

/** The current value of a text/number/select draft, or the initial value. */
export function draftValue(draft: string, initial = ''): string {
  return getDraft(draft) ?? initial;
}

export function draftList(draft: string, initial: readonly string[] = []): string[] {
  return getDraftList(draft) ?? [...initial];
}

export function textField(o: {
  draft: string;
  label: string;
  initial?: string;
  multiline?: boolean;
  maxLength?: number;
  hint?: string;
  placeholder?: string;
  required?: boolean;
}): HTMLElement {
  const id = fieldId(o.draft);
  const value = draftValue(o.draft, o.initial ?? '');
  const attrs = {
    id,
    name: o.draft,
    maxlength: o.maxLength ?? 600,
    placeholder: o.placeholder ?? null,
    'aria-describedby': o.hint ? `${id}-hint` : null,
    required: o.required ?? false,
    value,
  };
  const input = o.multiline
    ? h('textarea', { attrs: { ...attrs, rows: 3 } })
    : h('input', { attrs: { ...attrs, type: 'text', autocomplete: 'off' } });
  input.addEventListener('input', () => setDraft(o.draft, input.value));
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id }, text: o.label }),
    input,
    hintEl(id, o.hint),
  );
}

export function numberField(o: {
  draft: string;
  label: string;
  initial: number;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  onInput?: () => void;
}): HTMLElement {
  const id = fieldId(o.draft);
  const input = h('input', {
    attrs: {
      id,
      name: o.draft,
      type: 'number',
      inputmode: 'decimal',
      min: o.min ?? null,
      max: o.max ?? null,
      step: o.step ?? 'any',
      value: draftValue(o.draft, String(o.initial)),
      'aria-describedby': o.hint ? `${id}-hint` : null,
    },
  });
  input.addEventListener('input', () => {
    setDraft(o.draft, input.value);
    o.onInput?.();
  });
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id }, text: o.label }),
    input,
    hintEl(id, o.hint),
  );
}

export function selectField(o: {
  draft: string;
  label: string;
  options: Option[];
  initial?: string;
  hint?: string;
  onChange?: (value: string) => void;
}): HTMLElement {
  const id = fieldId(o.draft);
  const current = draftValue(o.draft, o.initial ?? o.options[0]?.value ?? '');
  const select = h(
    'select',
    { attrs: { id, name: o.draft, 'aria-describedby': o.hint ? `${id}-hint` : null } },
    o.options.map((opt) =>
      h('option', {
        attrs: { value: opt.value, selected: opt.value === current, disabled: opt.disabled ?? false },
        text: opt.label,
      }),
    ),
  );
  select.addEventListener('change', () => {
    setDraft(o.draft, select.value);
    o.onChange?.(select.value);
  });
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id }, text: o.label }),
    select,
    hintEl(id, o.hint),
  );
}

/** Checkboxes; with `max`, the others disable once that many are ticked. */
export function checkGroup(o: {
  draft: string;
  legend: string;
  options: Option[];
  initial?: readonly string[];
  max?: number;
  hint?: string;
  onChange?: (values: string[]) => void;
}): HTMLElement {
  const id = fieldId(o.draft);
  const chosen = new Set(draftList(o.draft, o.initial ?? []));
  const boxes: HTMLInputElement[] = [];
  const sync = () => {
    if (o.max === undefined) return;
    const full = chosen.size >= o.max;
    for (const box of boxes) box.disabled = (full && !box.checked) || box.dataset.locked === '1';
  };
  const items = o.options.map((opt, i) => {
    const boxId = `${id}-${i}`;
    const box = h('input', {
      attrs: {
        id: boxId,
        type: 'checkbox',
        value: opt.value,
        checked: chosen.has(opt.value),
        disabled: opt.disabled ?? false,
      },
      data: opt.disabled ? { locked: '1' } : {},
    });
    boxes.push(box);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(opt.value);
      else chosen.delete(opt.value);
      const values = o.options.map((x) => x.value).filter((v) => chosen.has(v));
      setDraftList(o.draft, values);
      sync();
      o.onChange?.(values);
    });
    return h(
      'label',
      { class: 'check', attrs: { for: boxId } },
      box,
      h('span', null, opt.label, opt.hint ? h('small', { class: 'hint', text: opt.hint }) : null),
    );
  });
  sync();
  return h(
    'fieldset',
    { class: 'field checks', attrs: { 'aria-describedby': o.hint ? `${id}-hint` : null } },
    h('legend', { text: o.legend }),
    items,
    hintEl(id, o.hint),
  );
}

export function radioGroup(o: {
  draft: string;
  legend: string;
  options: Option[];
  initial?: string;
  inline?: boolean;
  onChange?: (value: string) => void;
}): HTMLElement {
  const id = fieldId(o.draft);
  const current = draftValue(o.draft, o.initial ?? '');
  return h(
    'fieldset',
    { class: `field radios${o.inline ? ' inline' : ''}` },
    h('legend', { text: o.legend }),
    o.options.map((opt, i) => {
      const radioId = `${id}-${i}`;
      const radio = h('input', {
        attrs: { id: radioId, type: 'radio', name: id, value: opt.value, checked: opt.value === current },
      });
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        setDraft(o.draft, opt.value);
        o.onChange?.(opt.value);
      });
      return h('label', { class: 'radio', attrs: { for: radioId } }, radio, h('span', { text: opt.label }));
    }),
  );
}
