/**
 * One written reply on the review screen: its score explained in words, then every automatic check
 * (elements, must-avoid items, tone checks, length) with the reviewer's control to set it
 * differently and say why. A decision already saved shows who made it, when and why.
 */
import { Badge, List, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ReviewReply } from '../../../../shared/contract/progress-ops';
import type { OverrideCheck, OverrideStatus } from '../../../../shared/domain/attempt';
import { TONE_CHECK_WORDS, type FreeTextResult } from '../../../../shared/domain/scoring';
import { dateTime } from './report-format';

export interface Draft {
  check: OverrideCheck;
  from: OverrideStatus;
  to: OverrideStatus;
  reason: string;
}

export interface SavedDecision {
  reviewerName: string;
  at: string;
  reason: string;
  to: OverrideStatus;
}

export const draftKey = (stepId: string, check: OverrideCheck, id: string) => `${stepId}/${check}/${id}`;

type Choice = { value: OverrideStatus; label: string };
const ELEMENT_CHOICES: Choice[] = [
  { value: 'hit', label: 'Met' },
  { value: 'missed', label: 'Missed' },
  { value: 'na', label: 'N/A' },
];
const CHECK_CHOICES: Choice[] = [
  { value: 'hit', label: 'OK' },
  { value: 'missed', label: 'Not OK' },
  { value: 'na', label: 'N/A' },
];
const MUST_AVOID_CHOICES: Choice[] = [
  { value: 'hit', label: 'Keep' },
  { value: 'na', label: 'Dismiss' },
];
const COLOR: Record<OverrideStatus, string> = { hit: 'green', missed: 'red', na: 'gray' };

interface Check {
  key: string;
  check: OverrideCheck;
  label: string;
  detail: string;
  automatic: OverrideStatus;
  automaticWord: string;
  automaticColor: string;
  choices: Choice[];
}

const quoted = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join(', ');

function checksOf(step: FreeTextResult, title: (id: string | undefined) => string): Check[] {
  const checks: Check[] = [];
  const word = (choices: Choice[], s: OverrideStatus) => choices.find((c) => c.value === s)?.label ?? s;
  for (const e of step.elements) {
    const detail = [title(e.standardId), `${e.weight} ${e.weight === 1 ? 'point' : 'points'}`, e.matches.length ? `the reply says ${quoted(e.matches.map((m) => m.text))}` : e.lookedFor ? `looked for ${e.lookedFor}` : ''];
    checks.push({ key: draftKey(step.stepId, 'element', e.elementId), check: 'element', label: e.label, detail: detail.filter(Boolean).join(' · '), automatic: e.status, automaticWord: word(ELEMENT_CHOICES, e.status), automaticColor: COLOR[e.status], choices: ELEMENT_CHOICES });
  }
  for (const m of step.mustAvoid) {
    const detail = [title(m.standardId), `found ${quoted(m.matches.map((x) => x.text))}`, m.autoFail ? 'auto-fail: the score is 0' : `−${m.penalty}`];
    checks.push({ key: draftKey(step.stepId, 'must-avoid', m.itemId), check: 'must-avoid', label: `Must avoid: ${m.label}`, detail: detail.filter(Boolean).join(' · '), automatic: 'hit', automaticWord: 'Found', automaticColor: 'red', choices: MUST_AVOID_CHOICES });
  }
  for (const t of step.tone) {
    const status: OverrideStatus = t.status === 'ok' ? 'hit' : t.status === 'failed' ? 'missed' : 'na';
    const found = t.matches.length ? (t.max > 0 ? `the reply says ${quoted(t.matches.map((m) => m.text))}` : `found ${quoted(t.matches.map((m) => m.text))}`) : '';
    checks.push({ key: draftKey(step.stepId, 'tone', t.check), check: 'tone', label: TONE_CHECK_WORDS[t.check], detail: [title(t.standardId), found].filter(Boolean).join(' · '), automatic: status, automaticWord: word(CHECK_CHOICES, status), automaticColor: COLOR[status], choices: CHECK_CHOICES });
  }
  if (step.length) {
    const l = step.length;
    const range = l.min !== undefined && l.max !== undefined ? `${l.min}–${l.max}` : l.min !== undefined ? `at least ${l.min}` : `at most ${l.max}`;
    const status: OverrideStatus = l.ok ? 'hit' : 'missed';
    checks.push({ key: draftKey(step.stepId, 'length', 'length'), check: 'length', label: 'Length', detail: `${l.actual} ${l.unit === 'words' ? 'words' : 'characters'}, expected ${range}${l.penalty ? ` · −${l.penalty}` : ''}`, automatic: status, automaticWord: word(CHECK_CHOICES, status), automaticColor: COLOR[status], choices: CHECK_CHOICES.slice(0, 2) });
  }
  return checks;
}

interface ReplyScoringProps {
  step: FreeTextResult;
  reply: ReviewReply | undefined;
  standardTitles: Record<string, string>;
  drafts: Record<string, Draft>;
  saved: Record<string, SavedDecision>;
  onChange: (key: string, draft: Draft) => void;
}

export function ReplyScoring({ step, reply, standardTitles, drafts, saved, onChange }: ReplyScoringProps) {
  const title = (id: string | undefined) => (id ? (standardTitles[id] ?? '') : '');
  const heading = `Reply ${reply?.number ?? ''}`.trim();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={heading}>
      <Title order={4}>{heading}</Title>
      <Text size="sm" my="xs" style={{ whiteSpace: 'pre-wrap' }} p="xs" bg="var(--mantine-color-blue-light)">
        {step.reply}
      </Text>
      {reply && (
        <Stack gap={4} mb="sm" aria-label={`How ${heading.toLowerCase()} was scored`}>
          <Text size="sm">
            <b>Automatic:</b> {reply.automatic.headline}
          </Text>
          {reply.reviewed && (
            <Text size="sm">
              <b>After review:</b> {reply.reviewed.headline}
            </Text>
          )}
          <List size="xs" c="dimmed" spacing={2}>
            {(reply.reviewed ?? reply.automatic).lines.map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Table verticalSpacing={6} aria-label={`Checks of ${heading.toLowerCase()}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>What was checked</Table.Th>
            <Table.Th>Automatic</Table.Th>
            <Table.Th>Your result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checksOf(step, title).map((c) => (
            <CheckRow key={c.key} c={c} draft={drafts[c.key] ?? { check: c.check, from: c.automatic, to: c.automatic, reason: '' }} saved={saved[c.key]} onChange={(d) => onChange(c.key, d)} />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function CheckRow({ c, draft, saved, onChange }: { c: Check; draft: Draft; saved: SavedDecision | undefined; onChange: (d: Draft) => void }) {
  const changed = draft.to !== draft.from;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {c.label}
        </Text>
        <Text size="xs" c="dimmed">
          {c.detail}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={c.automaticColor}>
          {c.automaticWord}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <SegmentedControl
            size="xs"
            aria-label={`Your result for ${c.label}`}
            value={draft.to}
            onChange={(to) => onChange({ ...draft, to: to as OverrideStatus })}
            data={c.choices}
            color={changed ? 'violet' : undefined}
            w="fit-content"
          />
          {changed && <TextInput size="xs" aria-label={`Reason for changing ${c.label}`} placeholder="Why is the result different?" value={draft.reason} onChange={(ev) => onChange({ ...draft, reason: ev.currentTarget.value })} required />}
          {saved && saved.to === draft.to && (
            <Text size="xs" c="dimmed">
              Set by {saved.reviewerName}, {dateTime(saved.at)}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
