// Names of game things in the chosen language: roles, seats, sellers, benefits, money. Used by the overlay and
// the table scene alike.
import { sellerOfSeat } from '../../shared/rules/seats.ts';
import type { PublicScenario, StoreState } from '../net/types.ts';
import { formatList, formatMoney, isLang, localize, localizeIn, t, tk } from './index.ts';

export function roleLabel(role: string): string {
  return tk(`role.${role}`, role);
}

export function sellerIdOf(seat: string): string | null {
  return sellerOfSeat(seat);
}

/** A seller by id: "Alpha (A)" when the scenario names it, else "Seller A". */
export function sellerLabel(id: string, scenario: PublicScenario | null): string {
  const seller = scenario?.sellers.find((s) => s.id === id);
  const name = seller ? localize(seller.name, scenario?.meta.languages) : '';
  return name ? `${name} (${id})` : t('role.seller', { id });
}

export function seatLabel(seat: string, scenario: PublicScenario | null): string {
  const seller = sellerIdOf(seat);
  return seller ? sellerLabel(seller, scenario) : roleLabel(seat);
}

export function dimLabel(id: string, scenario: PublicScenario | null): string {
  const dim = scenario?.dimensions.find((d) => d.id === id);
  return dim ? localize(dim.label, scenario?.meta.languages) : id;
}

export function dimList(ids: readonly string[], scenario: PublicScenario | null): string {
  return formatList(ids.map((d) => dimLabel(d, scenario)));
}

export function memberTitle(role: string, scenario: PublicScenario | null): string {
  const member = scenario?.buyingFirm.obc.members.find((m) => m.role === role);
  return member ? localize(member.title, scenario?.meta.languages) : '';
}

export function money(value: number, scenario: PublicScenario | null): string {
  return formatMoney(value, scenario?.economics.currency ?? 'EUR');
}

export function text(value: Parameters<typeof localize>[0], scenario: PublicScenario | null): string {
  return localize(value, scenario?.meta.languages);
}

/** low / medium / high for a 0–1 (or 0–2) scale. */
export function levelWord(value: number, max = 1): string {
  const share = value / max;
  return t(share < 0.34 ? 'level.low' : share < 0.67 ? 'level.medium' : 'level.high');
}

/** The letters on a seat's disc: the seller's letter, or the role's initials in the chosen language. */
export function seatInitials(seat: string): string {
  const seller = sellerIdOf(seat);
  return seller ?? tk(`role.initials.${seat}`, seat.slice(0, 2).toUpperCase());
}

type Labels = { options: Record<string, LocalText>; evidence: Record<string, LocalText> };
type LocalText = Parameters<typeof localize>[0];

function labelOf(map: Record<string, LocalText> | undefined, id: string, scenario: PublicScenario | null) {
  return map && Object.hasOwn(map, id) ? localize(map[id], scenario?.meta.languages) || id : id;
}

/** A proposal's options by name (the view names those of the proposals the seat may read). */
export function optionList(
  ids: readonly string[],
  labels: Labels | undefined,
  scenario: PublicScenario | null,
) {
  return formatList(ids.map((id) => labelOf(labels?.options, id, scenario)));
}

/** A proposal's evidence by name. */
export function evidenceList(
  ids: readonly string[],
  labels: Labels | undefined,
  scenario: PublicScenario | null,
) {
  return formatList(ids.map((id) => labelOf(labels?.evidence, id, scenario)));
}

/**
 * The session's title in the chosen language: the scenario's title, localized, unless the instructor named the
 * session. The server sends the title in the session's language; when that is the scenario's own title, the
 * student's language has its own.
 */
export function sessionTitle(state: StoreState): string {
  const sent = state.synced?.title || state.session?.title || '';
  const meta = state.scenario?.meta;
  if (meta) {
    const sessionLanguage = state.synced?.language ?? state.session?.language;
    const asSent = isLang(sessionLanguage) ? localizeIn(meta.title, sessionLanguage, ['en']) : '';
    if (!sent || sent === asSent) return localize(meta.title, meta.languages);
  }
  return sent || t('app.title');
}
