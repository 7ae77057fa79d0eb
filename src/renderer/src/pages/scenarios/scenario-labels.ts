/** Words and colours the scenario screens show for the schema's values, in one place. */
import type { Channel, Difficulty, JourneyStage, Step, Touchpoint } from '../../../../shared/domain/scenario';
import type { ScenarioStatus } from '../../../../shared/contract/scenario-ops';

export const CHANNEL_LABELS: Record<Channel, string> = {
  'instagram-dm': 'Instagram DM',
  'instagram-comment': 'Instagram comment',
  'facebook-messenger': 'Facebook Messenger',
  'facebook-comment': 'Facebook comment',
  'live-sale-comment': 'Live-sale comment',
  whatsapp: 'WhatsApp',
  tiktok: 'TikTok',
  line: 'LINE',
  telegram: 'Telegram',
};

export const STAGE_LABELS: Record<JourneyStage, string> = { before: 'Before the purchase', during: 'During the purchase', after: 'After the purchase' };
export const STAGE_SHORT_LABELS: Record<JourneyStage, string> = { before: 'Before buying', during: 'Buying', after: 'After buying' };
export const TOUCHPOINT_LABELS: Record<Touchpoint, string> = { people: 'People', product: 'Product', both: 'People and product' };
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export const STEP_TYPES = ['customer', 'choice', 'free-text', 'ending'] as const satisfies readonly Step['type'][];
export const STEP_TYPE_LABELS: Record<Step['type'], string> = {
  customer: 'Customer',
  choice: 'Choice',
  'free-text': 'Free text',
  ending: 'Ending',
};
export const STEP_TYPE_HINTS: Record<Step['type'], string> = {
  customer: 'What the customer writes',
  choice: 'The trainee picks one of 2–4 replies',
  'free-text': 'The trainee writes a reply, scored by a rubric',
  ending: 'How the conversation ends',
};
export const STEP_TYPE_COLORS: Record<Step['type'], string> = { customer: 'blue', choice: 'grape', 'free-text': 'teal', ending: 'orange' };

export const STATUS_LABELS: Record<ScenarioStatus, string> = { draft: 'Draft', published: 'Published', both: 'Published · draft changes' };
export const STATUS_COLORS: Record<ScenarioStatus, string> = { draft: 'gray', published: 'teal', both: 'yellow' };

export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'ms', label: 'Bahasa Melayu' },
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'tl', label: 'Tagalog / Taglish' },
  { value: 'th', label: 'ไทย (Thai)' },
];
export const languageLabel = (tag: string): string => LANGUAGES.find((l) => l.value === tag)?.label ?? tag;

/** One badge text for where a scenario stands. */
export function statusText(status: ScenarioStatus, latestVersion: number | null): string {
  if (status === 'draft') return 'Draft';
  if (status === 'published') return `Published v${latestVersion}`;
  return `v${latestVersion} + draft changes`;
}

export const RATING_COLORS = { good: 'teal', neutral: 'gray', poor: 'red' } as const;

/** One line saying what a step holds, for the outline. */
export function stepSummary(step: Step): string {
  switch (step.type) {
    case 'customer':
      return step.messages[0]?.text || step.messages[0]?.image?.caption || '(no message yet)';
    case 'choice':
      return step.prompt || `${step.options.length} replies`;
    case 'free-text':
      return step.prompt || step.actualReply?.text || step.modelAnswer || 'Trainee writes a reply';
    case 'ending':
      return step.outcome;
  }
}
