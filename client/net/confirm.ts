// Which event tells the sender that its action went through. The server answers a refused action with an
// `error` and an accepted one with the events it caused, in the order the messages were sent.
import { sellerOfSeat } from '../../shared/rules/seats.ts';
import type { GameEvent, PlayerAction } from './types.ts';

type Data = Record<string, unknown>;

function field(data: Data, ...path: string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Data)[key];
  }
  return value;
}

/** Whether `event` is the echo of `action` sent from `seat`. */
export function confirms(action: PlayerAction, event: GameEvent, seat: string | null): boolean {
  const d = event.data as Record<string, unknown>;
  const seller = sellerOfSeat(seat);
  switch (action.type) {
    case 'chat':
      return (
        event.type === 'message' &&
        field(d, 'message', 'from') === seat &&
        field(d, 'message', 'text') === action.text.trim()
      );
    case 'ask-question':
      return (
        event.type === 'question' &&
        field(d, 'question', 'seller') === seller &&
        field(d, 'question', 'text') === action.text.trim()
      );
    case 'answer-question':
      return event.type === 'answer' && d.questionId === action.questionId;
    case 'mark-benefits':
      return event.type === 'benefits-marked' && d.role === seat;
    case 'propose-spec-item':
      return (
        event.type === 'spec-proposed' &&
        field(d, 'item', 'by') === seat &&
        field(d, 'item', 'dimension') === action.dimension
      );
    case 'vote-spec-item':
      return event.type === 'spec-vote' && d.itemId === action.itemId && d.role === seat;
    case 'disqualify-supplier':
      return event.type === 'supplier-disqualified' && d.seller === action.seller && d.by === seat;
    case 'submit-proposal':
      return event.type === 'proposal-submitted';
    case 'verify-claim':
      return event.type === 'claim-checked' && d.seller === action.seller && d.dimension === action.dimension;
    case 'score-proposal':
      return event.type === 'proposal-scored' && d.seller === action.seller;
    case 'request-bafo':
      return event.type === 'bafo-requested';
    case 'submit-bafo':
      return event.type === 'bafo-submitted';
    case 'vote':
      return event.type === 'vote-cast' && d.seller === action.seller;
    case 'sign-off':
      return action.approve
        ? event.type === 'signed' && d.role === seat
        : event.type === 'contract-rejected' && d.by === seat;
    case 'rate-supplier':
      return event.type === 'supplier-rated' && d.role === seat;
    case 'ready':
      return event.type === 'ready' && d.seat === seat && d.ready === action.ready;
  }
}
