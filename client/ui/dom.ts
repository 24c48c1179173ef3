// A few DOM helpers: build elements declaratively, and re-render a region without losing the focused field
// or the caret (the view changes whenever anyone at the table acts, often while a student is typing).

type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;

export interface Props {
  class?: string;
  id?: string;
  text?: string;
  html?: never;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  data?: Record<string, string>;
  on?: Record<string, Handler>;
  style?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.id) el.id = props.id;
    if (props.text !== undefined) el.textContent = props.text;
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
      if (value === null || value === undefined) continue;
      if (name === 'value' || typeof value === 'boolean') {
        // Properties, not attributes: a textarea's value, a checkbox's checked state, disabled, open...
        if (name in el) (el as unknown as Record<string, unknown>)[name] = value;
        else if (value) el.setAttribute(name, '');
      } else el.setAttribute(name, String(value));
    }
    for (const [name, value] of Object.entries(props.data ?? {})) el.dataset[name] = value;
    for (const [name, value] of Object.entries(props.style ?? {})) el.style.setProperty(name, value);
    for (const [event, handler] of Object.entries(props.on ?? {})) el.addEventListener(event, handler);
  }
  append(el, children);
  return el;
}

function append(el: Element, children: (Child | Child[])[]) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

/** An SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (SVGElement | string | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) if (child !== null) el.append(child);
  return el;
}

/**
 * Replaces a region's content, then puts the focus (and caret) back on the field with the same id, so a
 * re-render caused by someone else's action does not interrupt typing.
 */
export function replace(region: Element, ...children: (Child | Child[])[]) {
  const active = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  const inside = active && region.contains(active) && active.id ? active.id : null;
  let start: number | null = null;
  let end: number | null = null;
  if (inside && active && 'selectionStart' in active) {
    try {
      start = active.selectionStart;
      end = active.selectionEnd;
    } catch {
      // inputs like number have no selection
    }
  }
  region.replaceChildren();
  append(region, children);
  if (inside) {
    const again = document.getElementById(inside) as HTMLInputElement | HTMLTextAreaElement | null;
    if (again && region.contains(again)) {
      again.focus({ preventScroll: true });
      if (start !== null && end !== null && 'setSelectionRange' in again) {
        try {
          again.setSelectionRange(start, end);
        } catch {
          // not a text field
        }
      }
    }
  }
}

/**
 * A list of keyed sections that re-render only when their signature changes. Each section is a function of
 * data; the signature is that data as JSON.
 */
export class Sections {
  private readonly items = new Map<string, { el: HTMLElement; sig: string }>();
  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  update(list: { key: string; sig: unknown; build: () => (Child | Child[])[]; class?: string }[]) {
    const keep = new Set(list.map((s) => s.key));
    for (const [key, item] of this.items) {
      if (!keep.has(key)) {
        item.el.remove();
        this.items.delete(key);
      }
    }
    let previous: HTMLElement | null = null;
    for (const section of list) {
      const sig = JSON.stringify(section.sig);
      let item = this.items.get(section.key);
      if (!item) {
        const el = h('section', {
          class: `card ${section.class ?? ''}`.trim(),
          data: { section: section.key },
        });
        item = { el, sig: '' };
        this.items.set(section.key, item);
      }
      if (item.sig !== sig) {
        replace(item.el, ...section.build());
        item.sig = sig;
      }
      const expected: ChildNode | null = previous ? previous.nextSibling : this.root.firstChild;
      if (expected !== item.el) {
        if (previous) previous.after(item.el);
        else this.root.prepend(item.el);
      }
      previous = item.el;
    }
  }

  /** Forces every section to render again (after a language change). */
  invalidate() {
    for (const item of this.items.values()) item.sig = '';
  }
}
