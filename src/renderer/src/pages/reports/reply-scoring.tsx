/** One written reply's automatic scoring, element by element, with the controls to set a result differently and say why. */
import { Badge, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { FreeTextResult } from '../../../../shared/domain/scoring';

export type Status = 'hit' | 'missed' | 'na';
export interface Draft {
  from: Status;
  to: Status;
  reason: string;
}

const WORD: Record<Status, string> = { hit: 'Met', missed: 'Missed', na: 'N/A' };

export function ReplyScoring({ step, drafts, draftKey, onChange }: { step: FreeTextResult; drafts: Record<string, Draft>; draftKey: (s: string, e: string) => string; onChange: (key: string, draft: Draft) => void }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4}>Reply at step “{step.stepId}”</Title>
      <Text size="sm" my="xs" style={{ whiteSpace: 'pre-wrap' }} p="xs" bg="var(--mantine-color-blue-light)">
        {step.reply}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        Automatic: {step.earned} of {step.max} points
        {step.replyTime.actualSec !== undefined ? ` · replied in ${step.replyTime.actualSec} s (target ${step.replyTime.targetSec} s)` : ''}
      </Text>
      <Table verticalSpacing={6} aria-label={`Scoring of the reply at ${step.stepId}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Element</Table.Th>
            <Table.Th>Automatic</Table.Th>
            <Table.Th>Your result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {step.elements.map((e) => {
            const key = draftKey(step.stepId, e.elementId);
            const draft = drafts[key] ?? { from: e.status, to: e.status, reason: '' };
            return (
              <Table.Tr key={e.elementId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {e.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.standardId} · weight {e.weight}
                    {e.matches.length > 0 ? ` · matched “${e.matches.map((m) => m.text).join('”, “')}”` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={e.status === 'hit' ? 'green' : e.status === 'missed' ? 'red' : 'gray'}>
                    {WORD[e.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Your result for ${e.label}`}
                      value={draft.to}
                      onChange={(to) => onChange(key, { ...draft, to: to as Status })}
                      data={(['hit', 'missed', 'na'] as const).map((s) => ({ value: s, label: WORD[s] }))}
                    />
                    {draft.to !== draft.from && (
                      <TextInput size="xs" aria-label={`Reason for changing ${e.label}`} placeholder="Why is the result different?" value={draft.reason} onChange={(ev) => onChange(key, { ...draft, reason: ev.currentTarget.value })} required />
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {step.mustAvoid.map((f) => {
            const key = draftKey(step.stepId, f.itemId);
            const draft = drafts[key] ?? { from: 'hit' as Status, to: 'hit' as Status, reason: '' };
            return (
              <Table.Tr key={f.itemId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    Must avoid: {f.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    found “{f.matches.map((m) => m.text).join('”, “')}”{f.autoFail ? ' · auto-fail' : ` · −${f.penalty}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color="red" variant="light">
                    Found
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Your result for ${f.label}`}
                      value={draft.to}
                      onChange={(to) => onChange(key, { ...draft, to: to as Status })}
                      data={[
                        { value: 'hit', label: 'Keep' },
                        { value: 'na', label: 'Dismiss' },
                      ]}
                    />
                    {draft.to !== draft.from && <TextInput size="xs" aria-label={`Reason for dismissing ${f.label}`} placeholder="Why is this a false match?" value={draft.reason} onChange={(ev) => onChange(key, { ...draft, reason: ev.currentTarget.value })} />}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group gap={6} mt="xs">
        {step.tone
          .filter((t) => t.status !== 'na' && (t.max > 0 || !t.ok))
          .map((t) => (
            <Badge key={t.check} variant="outline" color={t.ok ? 'green' : 'red'}>
              {t.check}: {t.ok ? 'ok' : 'not ok'}
            </Badge>
          ))}
      </Group>
    </Paper>
  );
}
