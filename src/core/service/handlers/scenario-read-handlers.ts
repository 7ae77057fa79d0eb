/** Reading scenarios: the library, one scenario, its problems, the live "try a reply", export. */
import type { scenarioOps } from '../../../shared/contract/scenario-ops';
import { AppError } from '../../../shared/errors';
import type { Scenario } from '../../../shared/domain/scenario';
import { latestPublished } from '../../../shared/domain/scenario-library';
import { scoreFreeTextReply } from '../../scoring/score-free-text-reply';
import { scenarioFileName, serialiseScenario } from '../../scenarios/scenario-files';
import { scenarioListItem } from '../../scenarios/scenario-list-item';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { findScenarioEntry, knownStandardIds, problemsOf, readableEntry, scenarioDetail, warningsOf } from './scenario-handler-support';
import { suggestRubric } from '../../scenarios/suggest-rubric';
import { checkSamples } from '../../scenarios/rubric-check';
import { conceptCatalogue } from '../../scoring/concepts/concepts';
import { promptFacts } from '../../scoring/facts/prompt-facts';
import { capitalisedWords } from '../../scoring/shouting';

export const viewOf = (ctx: HandlerContext): 'author' | 'reader' => (actorOf(ctx).role === 'leader' ? 'author' : 'reader');

export const scenarioReadHandlers = {
  listScenarios(_input, ctx) {
    const view = viewOf(ctx);
    const data = ctx.ws.data;
    return data.scenarios
      .filter((entry) => view === 'author' || entry.versions.length > 0)
      .map((entry) => scenarioListItem(entry, view === 'author' && entry.draft ? problemsOf(data, entry.draft).length : 0, view));
  },

  getScenario({ id }, ctx) {
    const view = viewOf(ctx);
    return scenarioDetail(ctx.ws.data, readableEntry(ctx.ws.data, id, view), view);
  },

  validateScenarioDraft({ id }, ctx) {
    const entry = findScenarioEntry(ctx.ws.data, id);
    const scenario = entry.draft ?? latestPublished(entry);
    if (!scenario) return { problems: [], warnings: [] };
    return { problems: problemsOf(ctx.ws.data, scenario), warnings: warningsOf(ctx.ws.data, scenario) };
  },

  rubricVocabulary({ prompt, language }) {
    return { concepts: conceptCatalogue(), promptFacts: promptFacts(prompt, language) };
  },

  suggestStepRubric(input, ctx) {
    const known = knownStandardIds(ctx.ws.data);
    const listed = input.standardIds.filter((id) => known.includes(id));
    return suggestRubric({ ...input, standardIds: listed.length > 0 ? listed : known });
  },

  checkRubricSamples({ stepId, step, samples, language, customerName, passMark, customerMessages }) {
    return checkSamples(step, samples, { language, passMark, stepId, customerMessages, knownCodes: capitalisedWords(`${step.prompt} ${step.modelAnswer}`), ...(customerName ? { customerName } : {}) });
  },

  tryScenarioReply({ stepId, step, reply, language, customerName, passMark, customerMessages }) {
    return scoreFreeTextReply(reply, step, { language, passMark, stepId, customerMessages, knownCodes: capitalisedWords(step.prompt), ...(customerName ? { customerName } : {}) });
  },

  exportScenario({ id, source, format }, ctx) {
    const view = viewOf(ctx);
    const entry = readableEntry(ctx.ws.data, id, view);
    let scenario: Scenario | null;
    if (source === 'draft') {
      if (view !== 'author') throw new AppError('FORBIDDEN', 'Only a leader can export a draft.');
      scenario = entry.draft;
      if (!scenario) throw new AppError('NOT_FOUND', 'This scenario has no unpublished changes; export the latest version instead.');
    } else if (source === 'latest') {
      scenario = latestPublished(entry) ?? (view === 'author' ? entry.draft : null);
    } else {
      scenario = entry.versions.find((v) => v.version === source) ?? null;
      if (!scenario) throw new AppError('NOT_FOUND', `Version ${source} of this scenario does not exist.`);
    }
    if (!scenario) throw new AppError('NOT_FOUND', 'There is nothing to export yet.');
    return { fileName: scenarioFileName(scenario, format), text: serialiseScenario(scenario, format) };
  },
} satisfies HandlersOf<typeof scenarioOps>;
