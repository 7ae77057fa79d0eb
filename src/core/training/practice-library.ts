/** Every published, not archived scenario as the practice library lists it, with my record on each. */
import type { PracticeScenario } from '../../shared/contract/training-ops';
import { latestPublished, type ScenarioEntry } from '../../shared/domain/scenario-library';
import type { StandardTitles } from './standard-titles';
import type { SummaryLike } from './training-home';

export function practiceLibrary(scenarios: readonly ScenarioEntry[], summaries: readonly SummaryLike[], standardTitles: StandardTitles): PracticeScenario[] {
  const list: PracticeScenario[] = [];
  for (const entry of scenarios) {
    const s = latestPublished(entry);
    if (!s || entry.archivedAt !== null) continue;
    const mine = summaries.filter((a) => a.scenarioId === s.id);
    const scores = mine.filter((a) => a.status === 'finished' && a.score !== null).map((a) => a.score as number);
    const open = mine.filter((a) => a.status === 'in-progress' && a.assignmentId === null).sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
    list.push({
      scenarioId: s.id,
      version: s.version,
      title: s.title,
      channel: s.channel,
      journeyStage: s.journeyStage,
      difficulty: s.difficulty,
      language: s.language,
      estimatedMinutes: s.estimatedMinutes,
      standards: s.standards.map(standardTitles),
      personaName: s.persona.name,
      bestScore: scores.length ? Math.max(...scores) : null,
      attemptsFinished: scores.length,
      inProgressAttemptId: open?.id ?? null,
    });
  }
  return list.sort((a, b) => a.title.localeCompare(b.title));
}
