// The instructor's grades: every table's finished rounds replayed from the stored log (as the exports are),
// scored by the shared grade components under the session's weights.
import {
  DEFAULT_GRADE_WEIGHTS,
  MAX_WEIGHT,
  MEMBER_COMPONENTS,
  SELLER_COMPONENTS,
  gradeRows,
  roundsFromLog,
  studentGrades,
  type TableRounds,
} from '../../shared/session/grades.ts';
import type { LiveSession } from '../session.ts';

/** Every table's finished rounds, each with its debrief and end state, from the stored logs. */
export function tableRounds(session: LiveSession): TableRounds[] {
  return [...session.tables.values()].map((t) => ({
    table: t.id,
    rounds: roundsFromLog(session.scenarioOf(t), t.config, session.logOf(t.id)),
  }));
}

/** What the console's grades page shows: the weights, and a line per student with their rounds. */
export function gradesReport(session: LiveSession, tables = tableRounds(session)) {
  const weights = session.gradeWeights;
  const rows = gradeRows((table) => session.scenarioOf(table), tables, weights);
  return {
    sessionId: session.id,
    weights,
    defaults: DEFAULT_GRADE_WEIGHTS,
    maxWeight: MAX_WEIGHT,
    components: { seller: SELLER_COMPONENTS, member: MEMBER_COMPONENTS },
    students: studentGrades(rows),
  };
}
export type GradesReport = ReturnType<typeof gradesReport>;
