/** The scenario's details: what it is, where it happens, what it trains, who the customer is, the pass mark. */
import { Group, Input, MultiSelect, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { CHANNELS, DIFFICULTIES, JOURNEY_STAGES, TOUCHPOINTS, type Persona, type Scenario } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { CHANNEL_LABELS, DIFFICULTY_LABELS, LANGUAGES, STAGE_LABELS, TOUCHPOINT_LABELS } from '../scenario-labels';
import { fieldError, problemsUnder, type EditorProblem } from './problems';


export function MetadataForm({ scenario, onChange, problems, standards }: { scenario: Scenario; onChange: (scenario: Scenario) => void; problems: EditorProblem[]; standards: ScenarioStandardOption[] }) {
  const set = (patch: Partial<Scenario>) => onChange({ ...scenario, ...patch });
  const setPersona = (patch: Partial<Persona>) => set({ persona: { ...scenario.persona, ...patch } });
  const standardData = standards.map((s) => ({ value: s.id, label: s.source === 'draft-only' ? `${s.title} (playbook draft)` : s.title }));
  for (const id of scenario.standards) if (!standards.some((s) => s.id === id)) standardData.push({ value: id, label: `${id} (unknown)` });
  const languages = LANGUAGES.some((l) => l.value === scenario.language) ? LANGUAGES : [...LANGUAGES, { value: scenario.language, label: scenario.language }];
  const standardsError = problemsUnder(problems, 'standards').map((p) => p.message)[0];
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={4}>About the scenario</Title>
          <TextInput label="Title" value={scenario.title} onChange={(e) => set({ title: e.currentTarget.value })} error={fieldError(problems, 'title')} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select label="Channel" data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} value={scenario.channel} allowDeselect={false} onChange={(v) => v && set({ channel: v as Scenario['channel'] })} />
            <Select label="Language" data={languages} value={scenario.language} allowDeselect={false} onChange={(v) => v && set({ language: v })} error={fieldError(problems, 'language')} />
            <Select label="Journey stage" data={JOURNEY_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))} value={scenario.journeyStage} allowDeselect={false} onChange={(v) => v && set({ journeyStage: v as Scenario['journeyStage'] })} />
            <Select label="Touchpoint" data={TOUCHPOINTS.map((t) => ({ value: t, label: TOUCHPOINT_LABELS[t] }))} value={scenario.touchpoint} allowDeselect={false} onChange={(v) => v && set({ touchpoint: v as Scenario['touchpoint'] })} />
          </SimpleGrid>
          <Group align="flex-end" gap="lg">
            <Input.Wrapper label="Difficulty">
              <div>
                <SegmentedControl aria-label="Difficulty" value={scenario.difficulty} onChange={(v) => set({ difficulty: v as Scenario['difficulty'] })} data={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))} />
              </div>
            </Input.Wrapper>
            <NumberInput label="Minutes to play" min={1} max={120} w={140} value={scenario.estimatedMinutes} onChange={(v) => set({ estimatedMinutes: typeof v === 'number' && v > 0 ? v : 5 })} />
            <NumberInput
              label="Pass mark (%)"
              min={0}
              max={100}
              w={140}
              value={Math.round(scenario.passMark * 100)}
              onChange={(v) => set({ passMark: typeof v === 'number' ? Math.min(100, Math.max(0, v)) / 100 : 0.8 })}
            />
          </Group>
          <MultiSelect
            label="Standards it trains"
            description="Every standard the rubric or the replies score against must be listed here."
            data={standardData}
            value={scenario.standards}
            onChange={(ids) => set({ standards: ids })}
            searchable
            error={standardsError}
          />
          <TagsInput label="Tags" placeholder="Type a tag and press Enter" value={scenario.tags} onChange={(tags) => set({ tags })} />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={4}>The customer</Title>
          <Text size="xs" c="dimmed">
            Always a made-up name: scenarios are shown to every trainee.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label="Name (pseudonym)" value={scenario.persona.name} onChange={(e) => setPersona({ name: e.currentTarget.value })} error={fieldError(problems, 'persona.name')} />
            <TextInput label="Mood" placeholder="e.g. impatient, hopeful" value={scenario.persona.mood} onChange={(e) => setPersona({ mood: e.currentTarget.value })} />
          </SimpleGrid>
          <Textarea label="What they saw or ordered" autosize value={scenario.persona.context} onChange={(e) => setPersona({ context: e.currentTarget.value })} />
          <Textarea label="What they want" autosize value={scenario.persona.goal} onChange={(e) => setPersona({ goal: e.currentTarget.value })} />
        </Stack>
      </Paper>
    </Stack>
  );
}
