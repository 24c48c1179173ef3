// Where things go on the table, in CSS pixels: the stage track along the top, the meeting table in the middle,
// the buying center around its far side and the sellers on the near side. Pure geometry, no Phaser.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SeatSpot {
  id: string;
  kind: 'obc' | 'seller';
  x: number;
  y: number;
  /** Where the seat's label goes: above the far side, below the near side. */
  labelY: number;
  labelX: number;
  above: boolean;
}

export interface TableLayout {
  width: number;
  height: number;
  compact: boolean;
  /** Font size of ordinary labels. */
  font: number;
  seatRadius: number;
  track: Box & { pills: Box[] };
  /** The line under the track: step and countdown. */
  info: { x: number; y: number };
  table: { cx: number; cy: number; rx: number; ry: number };
  /** The table's writable middle, for the spec board and outcome. */
  board: Box;
  seats: SeatSpot[];
}

const STAGES = 4;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function layoutTable(
  width: number,
  height: number,
  seats: readonly { id: string; kind: 'obc' | 'seller' }[],
): TableLayout {
  const compact = width < 560 || height < 420;
  const font = compact ? 11 : width > 900 && height > 600 ? 15 : 13;
  const pad = compact ? 8 : 14;
  const trackH = compact ? 30 : 36;
  const gap = compact ? 4 : 8;
  const pillW = (width - pad * 2 - gap * (STAGES - 1)) / STAGES;
  const pills = Array.from({ length: STAGES }, (_, i) => ({
    x: pad + i * (pillW + gap),
    y: pad,
    w: pillW,
    h: trackH,
  }));
  const info = { x: width / 2, y: pad + trackH + (compact ? 11 : 14) };
  const top = info.y + (compact ? 10 : 14);
  const areaH = Math.max(120, height - top - pad);
  const seatRadius = clamp(Math.min(width, areaH) / 17, 14, 28);
  const labelH = font * 2.5;
  const cx = width / 2;
  const cy = top + areaH / 2;
  // Seat centres sit on an ellipse; the table is a smaller one inside it.
  const sx = Math.max(60, width / 2 - seatRadius - (compact ? 34 : 60));
  const sy = Math.max(40, areaH / 2 - seatRadius - labelH + 4);
  const table = {
    cx,
    cy,
    rx: Math.max(50, sx - seatRadius - (compact ? 4 : 10)),
    ry: Math.max(28, sy - seatRadius * 0.7),
  };
  const obc = seats.filter((s) => s.kind === 'obc');
  const sellers = seats.filter((s) => s.kind === 'seller');
  const spots: SeatSpot[] = [];
  const place = (seat: { id: string; kind: 'obc' | 'seller' }, angle: number) => {
    const x = cx + sx * Math.cos(angle);
    const y = cy + sy * Math.sin(angle);
    const above = Math.sin(angle) < 0;
    const labelY = above ? y - seatRadius - 4 : y + seatRadius + 4;
    const labelHalf = compact ? 44 : 64;
    spots.push({
      id: seat.id,
      kind: seat.kind,
      x,
      y,
      above,
      labelY,
      labelX: clamp(x, labelHalf, width - labelHalf),
    });
  };
  obc.forEach((seat, i) => place(seat, Math.PI + ((i + 0.5) * Math.PI) / obc.length));
  sellers.forEach((seat, i) => place(seat, Math.PI - ((i + 0.5) * Math.PI) / sellers.length));
  const board = {
    x: cx - table.rx * 0.72,
    y: cy - table.ry * 0.62,
    w: table.rx * 1.44,
    h: table.ry * 1.24,
  };
  return {
    width,
    height,
    compact,
    font,
    seatRadius,
    track: { x: pad, y: pad, w: width - pad * 2, h: trackH, pills },
    info,
    table,
    board,
    seats: spots,
  };
}

/** A point part of the way from a to b. */
export function along(a: { x: number; y: number }, b: { x: number; y: number }, share: number) {
  return { x: a.x + (b.x - a.x) * share, y: a.y + (b.y - a.y) * share };
}

/** Shortens a text to fit roughly `max` characters. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
