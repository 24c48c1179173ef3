// A room's settings, read from the environment once when the room starts (not on every use): what a test or
// an operator sets is what the whole room runs with.

export interface RoomConfig {
  /** The mean pause before a bot's move (ms): people take a few seconds to think, so do bots. */
  botDelayMs: number;
  /** Seconds a dropped client keeps its connection slot for the SDK's own reconnection. */
  reconnectSeconds: number;
  /** How many other students a student's lobby list shows (the heading counts everyone). */
  lobbyList: number;
  /** How many tables hear of a bulk change per turn of the event loop. */
  fanOutTables: number;
  /** Per client: messages a second, and the burst allowed above that. */
  messagesPerSecond: number;
  messageBurst: number;
}

export const DEFAULT_ROOM_CONFIG: RoomConfig = {
  botDelayMs: 2500,
  reconnectSeconds: 120,
  lobbyList: 40,
  fanOutTables: 4,
  messagesPerSecond: 10,
  messageBurst: 20,
};

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** The settings from the environment: `BOT_DELAY_MS` sets the bots' pace (tests make bots quick). */
export function roomConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RoomConfig {
  return { ...DEFAULT_ROOM_CONFIG, botDelayMs: positive(env.BOT_DELAY_MS, DEFAULT_ROOM_CONFIG.botDelayMs) };
}
