// Dealing a class into tables: even tables, every table with both sides, seats filled in an order that keeps
// the game playable with few students (one per seller team first, then the buying center by weight of role,
// then second and third seller seats). Pure, so it can be tested and replayed.
import type { Scenario } from '../scenario/schema.ts';
import type { SeatId } from '../rules/types.ts';

export interface DealOptions {
  sellers: string[];
  sellerTeamSize: number;
}

export interface Placement {
  playerId: string;
  table: number;
  seat: SeatId;
}

/** The order in which a table's seats are filled. */
export function seatOrder(scenario: Scenario, options: DealOptions): SeatId[] {
  const members = [...scenario.buyingFirm.obc.members]
    .sort((a, b) => a.hierarchyLevel - b.hierarchyLevel || a.role.localeCompare(b.role))
    .map((m) => m.role);
  const sellerSeats = (n: number): SeatId[] =>
    options.sellers.slice(0, n).map((id) => `seller-${id}` as SeatId);
  const order: SeatId[] = [...sellerSeats(options.sellers.length), ...members];
  for (let k = 1; k < options.sellerTeamSize; k++) order.push(...sellerSeats(options.sellers.length));
  return order;
}

export function seatsPerTable(scenario: Scenario, options: DealOptions): number {
  return scenario.buyingFirm.obc.members.length + options.sellers.length * options.sellerTeamSize;
}

/** How many tables n students need, and who sits where (seat ids may repeat within a table: seller teams). */
export function deal(
  scenario: Scenario,
  playerIds: readonly string[],
  options: DealOptions,
): { tables: number; placements: Placement[] } {
  const n = playerIds.length;
  if (n === 0) return { tables: 0, placements: [] };
  const tables = Math.ceil(n / seatsPerTable(scenario, options));
  const order = seatOrder(scenario, options);
  return dealTables(
    Array.from({ length: tables }, () => order),
    playerIds,
  );
}

/**
 * Deals students into tables whose seat orders are given (tables of different segments have buying centers of
 * different sizes): round-robin over the tables, each table's seats in its order, a table that is full left
 * out. Tables of one size stay within one student of each other, as `deal` does; students beyond every seat
 * are not placed.
 */
export function dealTables(
  orders: readonly (readonly SeatId[])[],
  playerIds: readonly string[],
): { tables: number; placements: Placement[] } {
  const placements: Placement[] = [];
  let next = 0;
  const longest = Math.max(0, ...orders.map((o) => o.length));
  for (let position = 0; position < longest && next < playerIds.length; position++)
    orders.forEach((order, table) => {
      const seat = order[position];
      const playerId = playerIds[next];
      if (seat === undefined || playerId === undefined) return;
      placements.push({ playerId, table, seat });
      next += 1;
    });
  return { tables: orders.length, placements };
}
