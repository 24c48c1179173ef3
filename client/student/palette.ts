// The table's colours: a dark room, a green table, one colour per role. Text is near-white on dark fills and
// near-black on light ones, for legible contrast.
import { isSellerSeat } from '../../shared/rules/seats.ts';

export const COLORS = {
  background: 0x0f2233,
  table: 0x1d5a46,
  tableRim: 0x2f7d62,
  board: 0x0f2f26,
  text: '#f4f7fb',
  textDim: '#b8c7d6',
  textDark: '#101820',
  pill: 0x1c3a52,
  pillDone: 0x2b5573,
  pillActive: 0xffc857,
  ready: 0x5fd08a,
  online: 0x5fd08a,
  offline: 0x6b7b8c,
  me: 0xffffff,
  question: 0xfdf6e3,
  answer: 0xe3f2fd,
  line: 0xfdf6e3,
  card: 0xf7f4ea,
  cardSealed: 0x56697a,
  winner: 0xffc857,
  gap: 0xff7a6b,
  delivered: 0x5fd08a,
} as const;

const ROLE_COLORS: Record<string, number> = {
  engineering: 0x5b9bf5,
  production: 0xf2a33a,
  marketing: 0xd77be0,
  procurement: 0x3cc0ad,
  'general-management': 0xe8d44d,
};

const SELLER_COLORS = [0xef6a5b, 0x9d8cf5, 0x67c8f0, 0xf08fb6];

export function seatColor(seat: string): number {
  if (isSellerSeat(seat)) {
    const index = seat.charCodeAt(seat.length - 1) - 65;
    return (
      SELLER_COLORS[((index % SELLER_COLORS.length) + SELLER_COLORS.length) % SELLER_COLORS.length] ??
      0xef6a5b
    );
  }
  return ROLE_COLORS[seat] ?? 0x8aa0b4;
}

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}
