/**
 * A published scenario as a manager sees it (#/scenarios/<id>): what it is about, the standards it
 * scores, a walk through the conversation as a trainee meets it, and "Assign". Nothing here edits;
 * the host refuses a manager's edits too.
 */
import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconClipboardPlus } from '@tabler/icons-react';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { ErrorState } from '../../../components/error-state';
import { assignScenarioRoute } from '../../assignments/assignments-page';
import { PreviewWalk } from '../editor/trainee-preview';
import { CHANNEL_LABELS, DIFFICULTY_LABELS, languageLabel, STAGE_LABELS } from '../scenario-labels';

export function ScenarioPreviewPage({ id }: { id: string }) {
  const detail = useAsync(() => api.getScenario({ id }), [id]);
  if (detail.error && !detail.data) return <ErrorState title="Could not open this scenario" error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loader aria-label="Loading the scenario" />;
  const latest = detail.data.versions.at(-1);
  if (!latest) return <ErrorState title="This scenario is not published yet" error={new Error('Only published scenarios can be previewed and assigned.')} />;
  const scenario = latest.scenario;
  const titleOf = new Map(detail.data.standards.map((s) => [s.id, s.title]));
  return (
    <Stack gap="md" maw={820}>
      <Anchor href="#/scenarios" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          All scenarios
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{scenario.title}</Title>
          <Text c="dimmed" size="sm">
            {CHANNEL_LABELS[scenario.channel]} · {STAGE_LABELS[scenario.journeyStage]} · {DIFFICULTY_LABELS[scenario.difficulty]} · {languageLabel(scenario.language)} · version {latest.version}
          </Text>
        </div>
        <Button component="a" href={`#/${assignScenarioRoute(id)}`} leftSection={<IconClipboardPlus size={18} />} disabled={detail.data.item.archived}>
          Assign
        </Button>
      </Group>
      {scenario.standards.length > 0 && (
        <Group gap={6} aria-label="Standards it scores">
          <Text size="sm" fw={600}>
            Scores:
          </Text>
          {scenario.standards.map((s) => (
            <Badge key={s} variant="light" tt="none">
              {titleOf.get(s) ?? s}
            </Badge>
          ))}
        </Group>
      )}
      <Paper withBorder radius="md" p="md" component="section" aria-label="Preview as trainee">
        <Title order={3} size="h4" mb="xs">
          Preview as a trainee meets it
        </Title>
        <PreviewWalk scenario={scenario} />
      </Paper>
    </Stack>
  );
}
