// Grades to the course's gradebook (AGS): each LMS student's grade under the instructor's weights (the same
// numbers as the console's grades page, server/http/grades.ts) posted to the resource link's line item, after
// each round (a sweep notices a table's round or phase changed) and on the instructor's command. A score is
// posted once: a student whose last posted score and round count are unchanged is skipped; a failure is
// retried a few times with a growing wait, and its status shows in the console.
import type { Registry } from '../registry.ts';
import type { LiveSession } from '../session.ts';
import { gradesReport } from '../http/grades.ts';
import { SCOPE } from './claims.ts';
import type { LtiStore, ScoreRow, ScoreStatus } from './store.ts';
import { ServiceError, type PlatformServices } from './services.ts';

export interface PassbackOptions {
  /** How often the sweep looks for finished rounds (0: no sweep, only commands). */
  sweepMs?: number;
  /** Attempts per score before it stays failed until the next command. */
  maxAttempts?: number;
  /** The first retry's wait; each next one doubles it. */
  retryMs?: number;
}

export interface StudentScoreStatus {
  playerId: string;
  name: string;
  userId: string;
  grade: number | null;
  rounds: number;
  status: ScoreStatus | 'not-graded' | 'unchanged';
  attempts: number;
  error: string | null;
}

export class GradePassback {
  private readonly registry: Registry;
  private readonly lti: LtiStore;
  private readonly services: PlatformServices;
  private readonly maxAttempts: number;
  private readonly retryMs: number;
  private readonly running = new Map<string, Promise<StudentScoreStatus[]>>();
  private readonly seen = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(registry: Registry, lti: LtiStore, services: PlatformServices, options: PassbackOptions = {}) {
    this.registry = registry;
    this.lti = lti;
    this.services = services;
    this.maxAttempts = options.maxAttempts ?? 4;
    this.retryMs = options.retryMs ?? 2000;
    const sweepMs = options.sweepMs ?? 5000;
    if (sweepMs > 0) {
      this.timer = setInterval(() => void this.sweep().catch(() => undefined), sweepMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Syncs every linked session this process serves whose tables moved since the last look. */
  async sweep(): Promise<void> {
    for (const link of this.lti.links()) {
      const session = this.registry.local(link.sessionId);
      if (!session || !link.services.lineItem) continue;
      // Grades change when a round ends (a table's history grows) or the weights change; nothing else counts.
      const mark = JSON.stringify([
        session.gradeWeights,
        [...session.tables.values()].map((t) => [
          t.id,
          t.state.history.length,
          t.state.phase === 'round-over',
        ]),
      ]);
      if (this.seen.get(session.id) === mark && !this.lti.scores(session.id).some((s) => s.status !== 'sent'))
        continue;
      this.seen.set(session.id, mark);
      await this.sync(session);
    }
  }

  /** What the gradebook has of each LMS student, without posting. */
  status(session: LiveSession): StudentScoreStatus[] {
    const subs = this.lti.subsOf(session.id);
    const posted = new Map(this.lti.scores(session.id).map((s) => [s.playerId, s]));
    return gradesReport(session)
      .students.filter((s) => subs.has(s.playerId))
      .map((s) => {
        const row = posted.get(s.playerId);
        return {
          playerId: s.playerId,
          name: s.name,
          userId: subs.get(s.playerId) ?? '',
          grade: s.grade,
          rounds: s.rounds.filter((r) => r.grade !== null).length,
          status: row ? row.status : s.grade === null ? 'not-graded' : 'pending',
          attempts: row?.attempts ?? 0,
          error: row?.error ?? null,
        };
      });
  }

  /** Posts every changed score of the session (one run at a time per session, so nothing goes twice). */
  sync(session: LiveSession, now = Date.now()): Promise<StudentScoreStatus[]> {
    const running = this.running.get(session.id);
    if (running) return running.then(() => this.sync(session, now));
    const run = this.post(session, now).finally(() => this.running.delete(session.id));
    this.running.set(session.id, run);
    return run;
  }

  private async post(session: LiveSession, now: number): Promise<StudentScoreStatus[]> {
    const link = this.lti.linkOfSession(session.id);
    if (!link?.services.lineItem)
      throw new ServiceError('The course did not give this activity a gradebook column.');
    if (link.services.agsScopes && !link.services.agsScopes.includes(SCOPE.score))
      throw new ServiceError('The course does not let the tool post scores (AGS score scope).');
    const platform = this.lti.platform(link.issuer, link.clientId);
    if (!platform) throw new ServiceError(`The platform ${link.issuer} is no longer registered.`);
    const lineItem = link.services.lineItem;
    const posted = new Map(this.lti.scores(session.id).map((s) => [s.playerId, s]));
    const out: StudentScoreStatus[] = [];
    for (const student of this.status(session)) {
      const before = posted.get(student.playerId);
      if (student.grade === null) {
        out.push(student);
        continue;
      }
      if (before && before.score === student.grade && before.rounds === student.rounds) {
        // Posted already (or failed for good on this very score): never again unless it changes.
        if (before.status === 'sent' || before.attempts >= this.maxAttempts) {
          out.push({ ...student, status: before.status === 'sent' ? 'unchanged' : before.status });
          continue;
        }
        if (
          before.status === 'failed' &&
          now < before.updatedAt + this.retryMs * 2 ** (before.attempts - 1)
        ) {
          out.push(student);
          continue;
        }
      }
      const attempts =
        before && before.score === student.grade && before.rounds === student.rounds ? before.attempts : 0;
      const row: ScoreRow = {
        sessionId: session.id,
        playerId: student.playerId,
        rounds: student.rounds,
        score: student.grade,
        status: 'pending',
        attempts: attempts + 1,
        error: null,
        updatedAt: now,
      };
      try {
        await this.services.postScore(platform, lineItem, SCOPE.score, {
          userId: student.userId,
          scoreGiven: student.grade,
          scoreMaximum: 100,
          comment: `Buying Center: mean of ${student.rounds} graded round${student.rounds === 1 ? '' : 's'} under the instructor's weights.`,
          timestamp: new Date(now).toISOString(),
          activityProgress: 'Completed',
          gradingProgress: 'FullyGraded',
        });
        row.status = 'sent';
      } catch (error) {
        row.status = 'failed';
        row.error = error instanceof ServiceError ? error.message : 'The score could not be posted.';
      }
      this.lti.saveScore(row);
      out.push({ ...student, status: row.status, attempts: row.attempts, error: row.error });
    }
    await this.registry.store.durable();
    return out;
  }
}
