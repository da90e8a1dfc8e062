// After the engine: the positioning drift notes and the run's record of the second opinion (model, prompt,
// usage, candidates not reviewed, notices), written into the report the same way by the CLI and the Action.
import type { Report } from '../types.js'
import { driftNotes } from './drift.js'
import type { SecondOpinion } from './review.js'

export async function finishRun(report: Report, so: SecondOpinion, artifact: { path: string; text: string } | null): Promise<Report> {
  const drift = await driftNotes(so, report.positioning.changes, artifact)
  if (drift.notes.length > 0) report.positioning.drift = drift.notes
  report.llm = so.run()
  report.notices.push(...so.notices(), ...drift.notices)
  return report
}
