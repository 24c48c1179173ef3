// Reading a text as JSON and saying where it breaks, so that the message can be in the reader's language: the
// engine's own JSON.parse message is in English whatever the page's language ("Expected ',' or '}' after property
// value in JSON at position 41"), so only the place is taken from it, as a line and column of the file. The
// console's file pickers, the editor's import and the scenario loader (scenario:check) all say it this way.

export interface Place {
  line: number;
  column: number;
}

export type JsonRead =
  | { ok: true; value: unknown }
  /** Where the text stops being JSON (1-based). */
  | { ok: false; at: Place };

export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, at: placeOf(text, error instanceof Error ? error.message : '') };
  }
}

/**
 * The line and column of a JSON.parse error: from its message's "line L column C" or "position N", else found in
 * the text itself.
 */
export function placeOf(text: string, message: string): Place {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Math.min(Number(pos[1]), text.length));
  // "Unexpected end of JSON input": the text stops too soon.
  if (/end of (JSON )?input/i.test(message)) return lineAndColumn(text, text.length);
  // "Unexpected token '}', "…" is not valid JSON" says no place: the first character at which no JSON text
  // can go on is found by halving (every beginning of a good text is a viable one, so viability is monotone).
  // A text that is all a viable beginning stops too soon: it breaks at its end.
  let good = 0;
  let bad = text.length;
  if (bad === 0 || viable(text)) return lineAndColumn(text, text.length);
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (viable(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return lineAndColumn(text, bad - 1);
}

/** Whether a text is JSON or the beginning of one (it fails only because it ends). */
function viable(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/end of (JSON )?input/i.test(message)) return true;
    const pos = /position (\d+)/.exec(message);
    return pos !== null && Number(pos[1]) >= prefix.length;
  }
}

function lineAndColumn(text: string, at: number): Place {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}
