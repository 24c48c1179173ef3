// Keeps the synced state (sync.ts) in step with the live session: each student's seat and connection, each
// table's summary, the head count. Which connection receives which part is visibility.ts's business.
import type { GameEvent } from '../../shared/rules/types.ts';
import { canSee } from '../../shared/rules/view.ts';
import { localize } from '../../shared/scenario/load.ts';
import type { LiveSession, LiveTable } from '../session.ts';
import type { Timers } from './clock.ts';
import type { Recipient, Roster } from './roster.ts';
import { PlayerSync, TableSync, syncTable, type SessionSync } from './sync.ts';
import type { Visibility } from './visibility.ts';

const SPECTATOR = { kind: 'spectator' } as const;

export class Mirror<C extends Recipient> {
  readonly state: SessionSync;
  private countDue = false;
  private readonly session: LiveSession;
  private readonly roster: Roster<C>;
  private readonly visibility: Visibility;
  private readonly timers: Timers;

  constructor(
    state: SessionSync,
    session: LiveSession,
    roster: Roster<C>,
    visibility: Visibility,
    timers: Timers,
  ) {
    this.state = state;
    this.session = session;
    this.roster = roster;
    this.visibility = visibility;
    this.timers = timers;
    state.title = session.options.title ?? localize(session.scenario.meta.title, session.options.language);
    state.scenarioId = session.scenario.meta.id;
    state.language = session.options.language;
    state.status = session.status;
  }

  /** Fills the state from the session as it stands (a room starting on a session that already has a class). */
  fill(): void {
    for (const p of this.session.players.values()) if (!p.removed) this.player(p.id);
    this.state.playerCount = this.state.players.size;
    for (const table of this.session.tables.values()) this.table(table, []);
  }

  status(): void {
    this.state.status = this.session.status;
  }

  /** A student's name, seat and connection; a student new to the state is shown to whoever should see them. */
  player(playerId: string): void {
    const player = this.session.players.get(playerId);
    if (!player || player.removed) return;
    let p = this.state.players.get(playerId);
    if (!p) {
      p = new PlayerSync();
      p.id = player.id;
      p.name = player.name;
      this.state.players.set(playerId, p);
      this.visibility.addPlayer(p);
      this.countSoon();
    }
    const seated = this.session.seatOf(playerId);
    p.table = seated?.table.id ?? '';
    p.seat = seated?.seat ?? '';
    p.connected = this.roster.isConnected(playerId);
  }

  /** Every student of a table (after a change of seats there). */
  playersOf(table: LiveTable): void {
    for (const s of Object.values(table.state.seats)) for (const p of s.players) this.player(p.id);
  }

  removePlayer(playerId: string): void {
    this.state.players.delete(playerId);
    this.countSoon();
  }

  /** A table's summary after a change (`events`, of which the public ones move its version on). */
  table(table: LiveTable, events: readonly GameEvent[]): void {
    let sync = this.state.tables.get(table.id);
    if (!sync) {
      sync = new TableSync();
      this.state.tables.set(table.id, sync);
      this.visibility.addTable(sync);
    }
    let publicEvents = 0;
    for (const e of events) if (canSee(e, SPECTATOR)) publicEvents += 1;
    syncTable(sync, table.id, table.state, (players) => this.roster.connectedOf(players), publicEvents);
    const segment = this.session.segmentOf(table);
    if (sync.segment !== segment) sync.segment = segment;
  }

  /**
   * The head count, shared with every connection: during a join burst it changes with every join, so it is sent
   * at most every half second rather than to the whole class on every tick, and less often the larger the class
   * (a millisecond per student, up to 3 s): in a join burst of 3,000 it was a third of the server's socket writes
   * (docs/performance.md, 3 December).
   */
  private countSoon() {
    if (this.countDue) return;
    this.countDue = true;
    this.timers.after(Math.min(3000, Math.max(500, this.state.players.size)), () => {
      this.countDue = false;
      this.state.playerCount = this.state.players.size;
    });
  }
}
