// An event of the table as a sentence in the chosen language. The engine gives each event a short English
// summary for logs and exports, and the facts in `data`; here the facts are worded with the dictionary, so a
// Finnish or Polish table reads its feed and its debrief timeline in its own language. An event this does not
// know, or one whose facts are missing, falls back to the engine's summary.
import type { PublicScenario } from '../net/types.ts';
import { formatList, t, tk, type MessageKey } from './index.ts';
import { dimLabel, dimList, money, roleLabel, seatLabel, sellerLabel } from './labels.ts';

export interface EventLike {
  type: string;
  summary: string;
  data?: Record<string, unknown>;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((x) => typeof x === 'string') ? value : null;
const record = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/** The event's sentence in the chosen language. */
export function eventText(e: EventLike, sc: PublicScenario | null): string {
  return worded(e, sc) ?? e.summary;
}

/** The event's title (a few words) in the chosen language. */
export function eventTitle(type: string): string {
  return tk(`event.${type}`, type);
}

/** The event worded from its facts, or null when this event type or its facts are not known here. */
export function worded(e: EventLike, sc: PublicScenario | null): string | null {
  const d = e.data ?? {};
  const seller = (value: unknown) => {
    const id = str(value);
    return id === null ? null : sellerLabel(id, sc);
  };
  const sellers = (value: unknown) => {
    const ids = strings(value);
    return ids === null ? null : formatList(ids.map((id) => sellerLabel(id, sc)));
  };
  const member = (value: unknown) => {
    const role = str(value);
    return role === null ? null : roleLabel(role);
  };
  /** The key filled with the params, or null when one of them is missing. */
  const say = (key: MessageKey, params: Record<string, string | number | null>) => {
    if (Object.values(params).some((v) => v === null)) return null;
    return t(key, params as Record<string, string | number>);
  };

  switch (e.type) {
    case 'round-started':
    case 'round-over':
      return say(`ev.${e.type}`, { round: num(d.round) });
    case 'stage-started': {
      const stage = str(d.stage);
      if (stage === null) return null;
      const step = str(d.step);
      const name = tk(`stage.${stage}`, stage);
      return step === null ? name : `${name} · ${tk(`step.${step}`, step)}`;
    }
    case 'question': {
      const q = record(d.question);
      return say('ev.question', { seller: seller(q?.seller), member: member(q?.to), text: str(q?.text) });
    }
    case 'answer':
      return say('ev.answer', {
        member: member(d.role),
        seller: seller(d.seller),
        text: str(record(d.answer)?.text),
      });
    case 'benefits-marked': {
      const dims = strings(d.dimensions);
      return say('ev.benefits-marked', { member: member(d.role), benefits: dims && dimList(dims, sc) });
    }
    case 'benefits-published': {
      const dims = strings(d.benefits);
      return say('ev.benefits-published', { benefits: dims && dimList(dims, sc) });
    }
    case 'spec-proposed': {
      const item = record(d.item);
      const kind = str(item?.kind) === 'weight' ? 'weight' : 'must-have';
      const dim = str(item?.dimension);
      return say(`ev.spec-proposed.${kind}`, {
        member: member(item?.by),
        dimension: dim && dimLabel(dim, sc),
        value: num(item?.value),
      });
    }
    case 'spec-settled': {
      const status = str(d.status);
      const dim = str(d.dimension);
      if (status !== 'adopted' && status !== 'rejected' && status !== 'superseded') return null;
      return say(`ev.spec-settled.${status}`, { dimension: dim && dimLabel(dim, sc), value: num(d.value) });
    }
    case 'spec-vote': {
      const dim = str(d.dimension);
      return say(d.support === false ? 'ev.spec-vote.against' : 'ev.spec-vote.for', {
        member: member(d.role),
        dimension: dim && dimLabel(dim, sc),
      });
    }
    case 'spec-published': {
      const items = Array.isArray(d.items) ? d.items.map(record) : null;
      if (items === null) return null;
      return say('ev.spec-published', { count: items.filter((i) => i?.kind === 'must-have').length });
    }
    case 'supplier-disqualified': {
      if (d.by === 'rfp') {
        const dim = str(d.dimension);
        return say('ev.supplier-disqualified.rfp', {
          seller: seller(d.seller),
          dimension: dim && dimLabel(dim, sc),
          value: num(d.minLevel),
        });
      }
      return say('ev.supplier-disqualified', {
        member: member(d.by),
        seller: seller(d.seller),
        reason: str(d.reason),
      });
    }
    case 'proposal-received':
    case 'bafo-received':
      return say(`ev.${e.type}`, { seller: seller(d.seller) });
    case 'proposal-submitted':
      return say('ev.proposal-submitted', { revision: num(record(d.proposal)?.revision) });
    case 'proposals-opened':
    case 'bafo-requested':
      return say(`ev.${e.type}`, { sellers: sellers(d.sellers) });
    case 'proposal-scored':
      return say('ev.proposal-scored', {
        member: member(d.role),
        seller: seller(d.seller),
        score: num(d.score),
      });
    case 'bafo-submitted': {
      const price = num(d.price);
      return say('ev.bafo-submitted', { price: price === null ? null : money(price, sc) });
    }
    case 'vote-cast':
      return say('ev.vote-cast', { member: member(d.role), seller: seller(d.seller) });
    case 'voted':
      return say('ev.voted', { member: member(d.role) });
    case 'decision':
      return d.winner === null ? t('ev.decision.none') : say('ev.decision', { seller: seller(d.winner) });
    case 'contract-rejected': {
      const comment = str(d.comment);
      const params = { member: member(d.by), seller: seller(d.seller) };
      return comment
        ? say('ev.contract-rejected.comment', { ...params, comment })
        : say('ev.contract-rejected', params);
    }
    case 'signed': {
      const comment = str(d.comment);
      const params = { member: member(d.role), seller: seller(d.seller) };
      return comment ? say('ev.signed.comment', { ...params, comment }) : say('ev.signed', params);
    }
    case 'contract-awarded': {
      if (d.winner === null) return t('ev.contract-awarded.none');
      const price = num(d.price);
      return say('ev.contract-awarded', {
        seller: seller(d.winner),
        price: price === null ? null : money(price, sc),
      });
    }
    case 'performance-delivered': {
      const gaps = record(d.gaps);
      return say('ev.performance-delivered', {
        seller: seller(d.seller),
        count: gaps === null ? null : Object.keys(gaps).length,
      });
    }
    case 'supplier-rated': {
      const comment = str(d.comment);
      const params = { member: member(d.role), rating: num(d.rating) };
      return comment
        ? say('ev.supplier-rated.comment', { ...params, comment })
        : say('ev.supplier-rated', params);
    }
    case 'claim-checked': {
      const dim = str(d.dimension);
      return say(d.confirmed === false ? 'ev.claim-checked.refuted' : 'ev.claim-checked', {
        member: member(d.by),
        seller: seller(d.seller),
        dimension: dim && dimLabel(dim, sc),
      });
    }
    case 'check-requested': {
      const dim = str(d.dimension);
      const method = str(d.method);
      return say('ev.check-requested', {
        member: member(d.by),
        seller: seller(d.seller),
        dimension: dim && dimLabel(dim, sc),
        method: method && tk(`method.${method}`, method),
      });
    }
    case 'check-dropped': {
      const dim = str(d.dimension);
      return say('ev.check-dropped', { seller: seller(d.seller), dimension: dim && dimLabel(dim, sc) });
    }
    case 'pitch-set':
    case 'evidence-attached':
    case 'offering-drafted':
    case 'evidence-prepared':
      return say(`ev.${e.type}`, { seller: seller(d.seller) });
    case 'follow-up':
      return say('ev.follow-up', { seller: seller(d.seller), member: member(d.to), text: str(d.text) });
    case 'service-response':
      return say(d.remedy === true ? 'ev.service-response.remedy' : 'ev.service-response', {
        seller: seller(d.seller),
        text: str(d.text),
      });
    case 'acceptance-failed': {
      const dims = strings(d.dimensions);
      return say('ev.acceptance-failed', { seller: seller(d.seller), dimensions: dims && dimList(dims, sc) });
    }
    case 'priorities-predicted': {
      const members = strings(d.members);
      return say('ev.priorities-predicted', { seller: seller(d.seller), count: members && members.length });
    }
    case 'winner-predicted':
      return say('ev.winner-predicted', { member: member(d.role), seller: seller(d.seller) });
    case 'timer-extended':
      return say('ev.timer-extended', { seconds: num(d.seconds) });
    case 'market-news': {
      const dim = str(d.dimension);
      return say('ev.market-news', { dimension: dim && dimLabel(dim, sc) });
    }
    case 'priorities-shifted': {
      const dim = str(d.dimension);
      const weight = (w: unknown) => num(record(w)?.[dim ?? ''] ?? 0);
      return say('ev.priorities-shifted', {
        member: member(d.role),
        dimension: dim && dimLabel(dim, sc),
        before: weight(d.before),
        after: weight(d.after),
      });
    }
    case 'message': {
      const m = record(d.message);
      const from = str(m?.from);
      const params = { from: from && seatLabel(from, sc), text: str(m?.text) };
      return m?.channel === 'obc'
        ? say('ev.message.obc', params)
        : say('ev.message.thread', { ...params, seller: seller(m?.seller) });
    }
    case 'ready': {
      const seat = str(d.seat);
      return say(d.ready === false ? 'ev.not-ready' : 'ev.ready', { seat: seat && seatLabel(seat, sc) });
    }
    case 'seat-changed': {
      const seat = str(d.seat);
      const label = seat && seatLabel(seat, sc);
      return str(d.name) === null
        ? say('ev.seat-changed', { seat: label })
        : say('ev.seat-joined', { name: str(d.name), seat: label });
    }
    case 'paused':
    case 'resumed':
    case 'contract-forced':
    case 'no-deal':
    case 'timer-expired':
    case 'all-ready':
    case 'bafo-closed':
      return t(`ev.${e.type}`);
    default:
      return null;
  }
}
