/** Free practice: every published scenario, filtered by channel, journey stage, standard and difficulty, with my best score. */
import { useMemo, useState } from 'react';
import { Badge, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconPlayerPlay, IconMessages } from '@tabler/icons-react';
import type { PracticeScenario } from '../../../../../shared/contract/training-ops';
import type { AsyncState } from '../../../app/use-async';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { channelLabel } from '../player/channel-themes';
import { percent } from '../feedback/status-marks';
import { plural } from '../../../components/plural';

const STAGE_WORD = { before: 'Before the purchase', during: 'During the purchase', after: 'After the purchase' } as const;
const DIFFICULTY_WORD = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;
const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (tag: string) => {
  try {
    return LANGUAGE.of(tag) ?? tag;
  } catch {
    return tag;
  }
};

interface Filters {
  channel: string | null;
  stage: string | null;
  standard: string | null;
  difficulty: string | null;
}
const NO_FILTERS: Filters = { channel: null, stage: null, standard: null, difficulty: null };

function matches(s: PracticeScenario, f: Filters): boolean {
  return (!f.channel || s.channel === f.channel) && (!f.stage || s.journeyStage === f.stage) && (!f.difficulty || s.difficulty === f.difficulty) && (!f.standard || s.standards.some((x) => x.id === f.standard));
}

function ScenarioCard({ s, onPlay, busy }: { s: PracticeScenario; onPlay: () => void; busy: boolean }) {
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={s.title} data-testid="practice-card">
      <Stack gap={6} h="100%">
        <Text fw={600}>{s.title}</Text>
        <Group gap={6}>
          <Badge variant="default">
            {channelLabel(s.channel)}
          </Badge>
          <Badge variant="default">
            {DIFFICULTY_WORD[s.difficulty]}
          </Badge>
          <Badge variant="default">
            {languageName(s.language)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {STAGE_WORD[s.journeyStage]} · about {s.estimatedMinutes} min · with {s.personaName}
        </Text>
        <Text size="sm">
          <Text span inherit fw={600}>
            Trains:
          </Text>{' '}
          {s.standards.map((x) => x.title.split(':')[0]).join(' · ') || '—'}
        </Text>
        <Group justify="space-between" mt="auto" pt="xs">
          <Text size="sm" fw={500}>
            {s.bestScore === null ? 'Not played yet' : `Your best: ${percent(s.bestScore)}`}
          </Text>
          <Button size="xs" leftSection={<IconPlayerPlay size={14} />} onClick={onPlay} loading={busy} color="teal.9" aria-label={`${s.inProgressAttemptId ? 'Continue' : 'Practise'}: ${s.title}`}>
            {s.inProgressAttemptId ? 'Continue' : 'Practise'}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function PracticeLibrary({ library, onPlay, startingId }: { library: AsyncState<PracticeScenario[]>; onPlay: (scenarioId: string) => void; startingId: string | null }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const all = library.data ?? [];
  const options = useMemo(() => {
    const standards = new Map(all.flatMap((s) => s.standards).map((x) => [x.id, x.title]));
    return {
      channel: [...new Set(all.map((s) => s.channel))].map((c) => ({ value: c, label: channelLabel(c) })),
      standard: [...standards].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    };
  }, [all]);
  if (library.error) return <ErrorState title="Could not load the practice library" error={library.error} onRetry={library.reload} />;
  if (!library.data) return <Loader aria-label="Loading the practice library" />;
  if (all.length === 0)
    return (
      <EmptyState icon={<IconMessages />} title="No scenarios to practise yet">
        When the owner publishes role-play scenarios, they appear here to practise as often as you like.
      </EmptyState>
    );
  const shown = all.filter((s) => matches(s, filters));
  const set = (key: keyof Filters) => (value: string | null) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <Select label="Channel" placeholder="Any channel" clearable data={options.channel} value={filters.channel} onChange={set('channel')} w={190} />
        <Select label="Journey stage" placeholder="Any stage" clearable data={Object.entries(STAGE_WORD).map(([value, label]) => ({ value, label }))} value={filters.stage} onChange={set('stage')} w={190} />
        <Select label="Standard" placeholder="Any standard" clearable searchable data={options.standard} value={filters.standard} onChange={set('standard')} w={230} />
        <Select label="Difficulty" placeholder="Any difficulty" clearable data={Object.entries(DIFFICULTY_WORD).map(([value, label]) => ({ value, label }))} value={filters.difficulty} onChange={set('difficulty')} w={150} />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown.length} of {plural(all.length, 'scenario')}
      </Text>
      {shown.length === 0 ? (
        <EmptyState icon={<IconFilterOff />} title="No scenario matches these filters" action={<Button variant="light" onClick={() => setFilters(NO_FILTERS)}>Clear the filters</Button>} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }}>
          {shown.map((s) => (
            <ScenarioCard key={s.scenarioId} s={s} onPlay={() => onPlay(s.scenarioId)} busy={startingId === s.scenarioId} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
