// A copy-on-write draft of a table's state, for apply(): the handlers change the draft as if it were the state
// (assignments, push, splice, setOwn …), and finishing it gives a new state that shares every object the
// action did not change with the state it came from; the old state is never written. A rejection just drops
// the draft. Before this, apply() deep-copied the whole state for every action (40 % of the tournament's time)
// and every object of every view lost its identity, so the server's per-viewer diff had to walk everything
// (docs/performance.md, 2 December). Same idea as immer's `produce`, written for plain JSON data with the
// project's own-key rules (setOwn defines properties, which immer's drafts refuse; `__proto__` stays a plain
// key), and without freezing: nothing outside the engine writes a state.
//
// How: a draft is a Proxy over a node { base, copy }. Reading an object-valued property gives that object's
// own draft (made on first read, kept for the next); writing makes the node's shallow copy, and its parent's,
// up to the root. Finishing visits the written nodes only, and in each only the keys written or read as
// drafts: everything else is the base's own. A draft may be stored elsewhere in the tree (a splice moves
// drafts; a new object may hold one): finishing puts the draft's result there. A draft used after its draft
// was finished or dropped throws, so one that escaped (into a cache, say) fails loudly.

type Key = string | symbol;
type Obj = Record<Key, unknown>;

interface Scope {
  open: boolean;
}

interface Node {
  scope: Scope;
  base: Obj;
  /** The shallow copy, once something under this node was written. */
  copy: Obj | null;
  parent: Node | null;
  /** The drafts of the object-valued properties read so far, by key. */
  children: Map<Key, Node> | null;
  /** The keys written on this node (set, defined or deleted). */
  written: Set<Key> | null;
  proxy: Obj;
  /** The finished object (the copy with its drafts resolved, or the base when nothing was written). */
  done: Obj | null;
}

const NODE = Symbol('draft node');

function nodeOf(value: object): Node | undefined {
  return (value as Obj)[NODE] as Node | undefined;
}

export function isDraft(value: unknown): boolean {
  return value !== null && typeof value === 'object' && nodeOf(value) !== undefined;
}

function shallowCopy(base: Obj): Obj {
  if (Array.isArray(base)) return base.slice() as unknown as Obj;
  const proto = Object.getPrototypeOf(base) as object | null;
  // Spread defines own data properties (a `__proto__` key stays a key); a null-prototype map stays one.
  return proto === null ? Object.assign(Object.create(null) as Obj, base) : { ...base };
}

function define(target: Obj, key: Key, value: unknown) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The node behind a proxy's target (the target is a stand-in that only carries it). */
function live(target: Obj): Node {
  const node = target[NODE] as Node;
  if (!node.scope.open) throw new TypeError('this draft of a table state was finished or dropped');
  return node;
}

function makeNode(scope: Scope, base: Obj, parent: Node | null): Node {
  const node: Node = {
    scope,
    base,
    copy: null,
    parent,
    children: null,
    written: null,
    proxy: null as unknown as Obj,
    done: null,
  };
  // A stand-in of the same kind (arrays stay arrays to Array.isArray), carrying the node.
  const target = (Array.isArray(base) ? [] : {}) as Obj;
  target[NODE] = node;
  node.proxy = new Proxy(target, HANDLER);
  return node;
}

/** The draft of the object a node's base holds at `key`. */
function childOf(node: Node, key: Key, value: Obj): Obj {
  const known = node.children?.get(key);
  if (known && known.base === value) return known.proxy;
  const child = makeNode(node.scope, value, node);
  (node.children ??= new Map()).set(key, child);
  return child.proxy;
}

/** The node's copy, made (with its parents') on the first write under it; `key` is noted as written. */
function writable(node: Node, key: Key): Obj {
  (node.written ??= new Set()).add(key);
  if (node.copy) return node.copy;
  for (let n: Node | null = node; n && !n.copy; n = n.parent) n.copy = shallowCopy(n.base);
  return node.copy!;
}

const HANDLER: ProxyHandler<Obj> = {
  get(target, key) {
    if (key === NODE) return target[NODE];
    const node = live(target);
    const base = node.base;
    const from = node.copy ?? base;
    // eslint-disable-next-line bc/own-keys -- own or inherited, as a read of the state itself would find
    const value = from[key];
    // Numbers, strings, the array methods …: as they are (called on the draft, they read and write through it).
    if (value === null || typeof value !== 'object') return value;
    if (!Object.hasOwn(from, key)) return value;
    // Only the object the base holds at this key gets a draft; anything the action put here (a new object,
    // a draft from elsewhere) is returned as it is.
    // eslint-disable-next-line bc/own-keys -- compared with the base's own value at the same key
    if (from !== base && !(Object.hasOwn(base, key) && base[key] === value)) return value;
    return childOf(node, key, value as Obj);
  },
  set(target, key, value) {
    return Reflect.set(writable(live(target), key), key, value);
  },
  defineProperty(target, key, descriptor) {
    return Reflect.defineProperty(writable(live(target), key), key, descriptor);
  },
  deleteProperty(target, key) {
    return Reflect.deleteProperty(writable(live(target), key), key);
  },
  has(target, key) {
    const node = live(target);
    return Reflect.has(node.copy ?? node.base, key);
  },
  ownKeys(target) {
    const node = live(target);
    return Reflect.ownKeys(node.copy ?? node.base);
  },
  getOwnPropertyDescriptor(target, key) {
    const node = live(target);
    const d = Reflect.getOwnPropertyDescriptor(node.copy ?? node.base, key);
    if (!d) return d;
    // An array's length is reported as the stand-in has it (not configurable); any other key as configurable,
    // since the stand-in does not hold it. Values are read through `get` (drafts, not the base's objects).
    if (Array.isArray(node.base) && key === 'length') return d;
    return {
      value: HANDLER.get!(target, key, node.proxy) as unknown,
      writable: true,
      enumerable: d.enumerable,
      configurable: true,
    };
  },
  getPrototypeOf(target) {
    return Object.getPrototypeOf(live(target).base) as object | null;
  },
  setPrototypeOf() {
    return false;
  },
  preventExtensions() {
    return false;
  },
};

function finishNode(node: Node): Obj {
  if (node.done) return node.done;
  const copy = node.copy;
  if (!copy) return (node.done = node.base);
  node.done = copy;
  // A key neither written nor read as a draft still holds the base's own value, which holds no draft.
  if (node.children)
    for (const [key, child] of node.children) {
      // eslint-disable-next-line bc/own-keys -- the copy's own key
      if (!Object.hasOwn(copy, key) || copy[key] !== child.base) continue;
      const finished = finishNode(child);
      if (finished !== child.base) define(copy, key, finished);
    }
  if (node.written)
    for (const key of node.written) {
      if (!Object.hasOwn(copy, key)) continue;
      // eslint-disable-next-line bc/own-keys -- the copy's own key
      const value = copy[key];
      const finished = resolve(value);
      if (finished !== value) define(copy, key, finished);
    }
  return copy;
}

/** A value the action made (or an event's facts): drafts in it become their results, in place. */
function resolve(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const node = nodeOf(value);
  if (node) return finishNode(node);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === null || typeof v !== 'object') continue;
      const r = resolve(v);
      if (r !== v) value[i] = r;
    }
    return value;
  }
  const obj = value as Obj;
  // JSON data: plain or null-prototype objects, whose enumerable keys are their own.
  for (const k in obj) {
    // eslint-disable-next-line bc/own-keys -- the object's own keys
    const v = obj[k];
    if (v === null || typeof v !== 'object') continue;
    const r = resolve(v);
    if (r !== v) define(obj, k, r);
  }
  return obj;
}

/**
 * What a draft holds right now, for a computation that only reads (a whole appraisal, say): the parts nothing
 * wrote are the base's own objects, read at full speed instead of through the draft; written parts are shallow
 * copies. Anything that is not a draft is returned as it is. Never write what it returns.
 */
export function current<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const node = nodeOf(value);
  return node ? (currentOf(node) as T) : value;
}

function currentOf(node: Node): Obj {
  const copy = node.copy;
  if (!copy) return node.base;
  const out = shallowCopy(copy);
  // As in finishNode: only the keys read as drafts or written can hold a draft.
  if (node.children)
    for (const [key, child] of node.children)
      // eslint-disable-next-line bc/own-keys -- the copy's own key
      if (child.copy && Object.hasOwn(out, key) && out[key] === child.base)
        define(out, key, currentOf(child));
  if (node.written)
    for (const key of node.written) {
      // eslint-disable-next-line bc/own-keys -- the copy's own key
      const v = Object.hasOwn(out, key) ? out[key] : undefined;
      const child = v !== null && typeof v === 'object' ? nodeOf(v) : undefined;
      if (child) define(out, key, currentOf(child));
    }
  return out;
}

export interface Draft<T> {
  /** The state to change in place. */
  readonly draft: T;
  /**
   * The new state (the base itself when nothing was written) and `extra` with every draft in it replaced by its
   * result (the events, whose facts may hold parts of the draft). The draft's proxies stop working.
   */
  finish<E>(extra: E): { state: T; extra: E };
  /** Drops the draft: the base was never written. */
  drop(): void;
}

export function createDraft<T extends object>(base: T): Draft<T> {
  const scope: Scope = { open: true };
  const root = makeNode(scope, base as unknown as Obj, null);
  return {
    draft: root.proxy as unknown as T,
    finish<E>(extra: E) {
      const state = finishNode(root) as unknown as T;
      const resolved = resolve(extra) as E;
      scope.open = false;
      return { state, extra: resolved };
    },
    drop() {
      scope.open = false;
    },
  };
}
