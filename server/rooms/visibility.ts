// Which parts of the synced state each connection receives (its StateView). There are two views, each shared
// by everyone it is for: the staff's (every student and every table's summary) and the students' (a lobby
// list of the first few dozen students). A student's own table reaches it through its view messages, not the
// synced state.
//
// Shared, because Colyseus encodes a patch once per distinct StateView and tick: with a view per student, a
// class of 3,000 cost 3,000 encodings of every tick's changes (docs/performance.md); with two, it costs two.
// A view's pending additions therefore only ever happen together with the state change that makes them (a new
// student), never on their own: Colyseus sends those to one client of a shared view only.
import { StateView } from '@colyseus/schema';
import type { PlayerSync, TableSync } from './sync.ts';
import type { Identity } from './roster.ts';

/** What this needs of a connection: the StateView Colyseus filters its patches with. */
export interface Viewing {
  view?: StateView;
}

export class Visibility {
  private readonly lobbyList: number;
  private readonly staffView = new StateView();
  private readonly studentView = new StateView();
  private listed = 0;

  constructor(lobbyList: number) {
    this.lobbyList = lobbyList;
  }

  /** A connection (new, or back without its view) gets the view for who it is. */
  show(client: Viewing, identity: Identity): void {
    client.view = identity.kind === 'player' ? this.studentView : this.staffView;
  }

  /** A new student: the staff see them, and so does every student while the lobby list has room. */
  addPlayer(sync: PlayerSync): void {
    this.staffView.add(sync);
    if (this.listed < this.lobbyList) {
      this.studentView.add(sync);
      this.listed += 1;
    }
  }

  /** A new table's summary: for the staff. */
  addTable(sync: TableSync): void {
    this.staffView.add(sync);
  }
}
