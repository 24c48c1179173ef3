// Reads an SQLite write-ahead log the way SQLite's recovery does, to tell what it would keep and what it would
// drop. On opening a database, SQLite replays its WAL up to the last commit whose frames all pass the running
// checksum and silently ignores everything from the first frame that fails: a byte flipped early in the WAL
// drops every transaction after it, with no error. Reading the file first turns that into a report.
// Format: https://www.sqlite.org/fileformat2.html#the_write_ahead_log
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

const HEADER = 32;
const FRAME_HEADER = 24;

export interface WalReport {
  /** The WAL file's size in bytes. */
  bytes: number;
  /** Whether the 32-byte header is intact (magic, version, checksum). */
  headerOk: boolean;
  pageSize: number;
  /** Frames of the current generation (the header's salts) that pass the checksum, up to the first that fails. */
  goodFrames: number;
  /** Transactions SQLite will replay. */
  commits: number;
  /** Byte offset of the first frame of this generation that fails its checksum, if any. */
  damagedAt: number | null;
  /**
   * Commit frames of this generation from the damaged frame on: transactions that were written (and, all but
   * perhaps the last, acknowledged) which SQLite will drop.
   */
  commitsAfterDamage: number;
  /** Bytes at the end that do not make a whole frame (a write cut short, or a file cut). */
  partialTail: number;
}

/** The running checksum of SQLite's WAL over `data` (a multiple of 8 bytes), from `s0, s1`. */
export function walChecksum(data: Uint8Array, bigEndian: boolean, s0: number, s1: number): [number, number] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i + 8 <= data.byteLength; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

/** Reads the WAL at `path`; null when there is none (or it is empty, as after a clean close). */
export function readWal(path: string): WalReport | null {
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const bytes = fstatSync(fd).size;
    if (bytes === 0) return null;
    const report: WalReport = {
      bytes,
      headerOk: false,
      pageSize: 0,
      goodFrames: 0,
      commits: 0,
      damagedAt: null,
      commitsAfterDamage: 0,
      partialTail: 0,
    };
    const header = Buffer.alloc(HEADER);
    if (readSync(fd, header, 0, HEADER, 0) < HEADER) {
      report.partialTail = bytes;
      return report;
    }
    const magic = header.readUInt32BE(0);
    const bigEndian = magic === 0x377f0683;
    const pageSize = header.readUInt32BE(8);
    const [c0, c1] = walChecksum(header.subarray(0, 24), bigEndian, 0, 0);
    report.headerOk =
      (magic === 0x377f0682 || magic === 0x377f0683) &&
      header.readUInt32BE(4) === 3007000 &&
      pageSize >= 512 &&
      pageSize <= 65536 &&
      (pageSize & (pageSize - 1)) === 0 &&
      c0 === header.readUInt32BE(24) &&
      c1 === header.readUInt32BE(28);
    if (!report.headerOk) return report;
    report.pageSize = pageSize;
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    const frameSize = FRAME_HEADER + pageSize;
    const frames = Math.floor((bytes - HEADER) / frameSize);
    report.partialTail = (bytes - HEADER) % frameSize;
    const frame = Buffer.alloc(frameSize);
    let [s0, s1] = [c0, c1];
    let good = 0;
    for (let i = 0; i < frames; i++) {
      readSync(fd, frame, 0, frameSize, HEADER + i * frameSize);
      const ours = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2;
      const commit = frame.readUInt32BE(4) !== 0;
      if (report.damagedAt !== null) {
        // Past the damage: frames still of this generation are work SQLite will drop.
        if (ours && commit) report.commitsAfterDamage += 1;
        continue;
      }
      // A frame of an older generation ends the log (a WAL restarted from the top leaves old frames behind).
      if (!ours) break;
      [s0, s1] = walChecksum(frame.subarray(0, 8), bigEndian, s0, s1);
      [s0, s1] = walChecksum(frame.subarray(FRAME_HEADER), bigEndian, s0, s1);
      if (s0 !== frame.readUInt32BE(16) || s1 !== frame.readUInt32BE(20)) {
        report.damagedAt = HEADER + i * frameSize;
        if (commit) report.commitsAfterDamage += 1;
        continue;
      }
      good += 1;
      if (commit) {
        report.commits += 1;
        report.goodFrames = good;
      }
    }
    return report;
  } finally {
    closeSync(fd);
  }
}
