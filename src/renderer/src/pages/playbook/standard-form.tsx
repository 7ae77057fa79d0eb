/** Creating or editing a service standard: every structured field, lists one item per line. */
import { useState } from 'react';
import { Checkbox, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { CHANNELS, type ServiceStandard } from '../../../../shared/domain/playbook';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';
import { CHANNEL_LABELS } from './standard-details';
import { FormFooter } from '../../components/form-footer';
import { usePendingWork } from '../../components/pending-work';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

interface FormState {
  title: string;
  statement: string;
  whyItMatters: string;
  lookFors: string;
  donts: string;
  good: string;
  poor: string;
  channels: string[];
  hasTarget: boolean;
  targetText: string;
  targetValue: number | string;
  targetUnit: string;
  targetKind: string;
}

function initial(s: ServiceStandard | null): FormState {
  return {
    title: s?.title ?? '',
    statement: s?.statement ?? '',
    whyItMatters: s?.whyItMatters ?? '',
    lookFors: s?.lookFors.join('\n') ?? '',
    donts: s?.donts.join('\n') ?? '',
    good: s?.examples.good.join('\n') ?? '',
    poor: s?.examples.poor.join('\n') ?? '',
    channels: s?.channels ?? [],
    hasTarget: !!s?.target,
    targetText: s?.target?.text ?? '',
    // A new target starts empty: a pre-filled "5 minutes" was saved by leaders who never chose it.
    targetValue: s?.target?.value ?? '',
    targetUnit: s?.target?.unit ?? '',
    targetKind: s?.target?.kind ?? 'first-reply-minutes',
  };
}

type TargetField = 'targetText' | 'targetValue' | 'targetUnit';

/** What the leader still has to fill in before a target can be saved, said per field. */
function missingTarget(form: FormState): Partial<Record<TargetField, string>> {
  const missing: Partial<Record<TargetField, string>> = {};
  if (!form.targetText.trim()) missing.targetText = 'Say the target in words, e.g. “First reply within 5 minutes”.';
  if (form.targetValue === '' || !(Number(form.targetValue) > 0)) missing.targetValue = 'Enter the number to reach, above zero, e.g. 5.';
  if (!form.targetUnit.trim()) missing.targetUnit = 'Name the unit, e.g. minutes.';
  return missing;
}

const HOST_TARGET_PATHS: Record<TargetField, string> = { targetText: 'target.text', targetValue: 'target.value', targetUnit: 'target.unit' };

export function StandardForm({ standard, opened, onClose, onSaved }: { standard: ServiceStandard | null; opened: boolean; onClose: () => void; onSaved: (s: ServiceStandard) => void }) {
  const [form, setForm] = useState(() => initial(standard));
  const submit = useSubmit();
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const [targetErrors, setTargetErrors] = useState<Partial<Record<TargetField, string>>>({});
  const field = (key: keyof FormState) => submit.fieldErrors[key] ?? submit.fieldErrors[`patch.${key}`];
  const targetError = (key: TargetField) => targetErrors[key] ?? field(HOST_TARGET_PATHS[key] as keyof FormState);
  const setTarget = <K extends TargetField>(key: K, value: FormState[K]) => {
    set(key, value);
    setTargetErrors(({ [key]: _fixed, ...rest }) => rest);
  };
  // An open form with changes is not saved behind the author's back, but closing the window warns.
  usePendingWork(() => opened && JSON.stringify(form) !== JSON.stringify(initial(standard)));

  const save = () => {
    const missing = form.hasTarget ? missingTarget(form) : {};
    setTargetErrors(missing);
    if (Object.keys(missing).length > 0) return;
    return submit.run(async () => {
      const fields = {
        title: form.title,
        statement: form.statement,
        whyItMatters: form.whyItMatters,
        lookFors: lines(form.lookFors),
        donts: lines(form.donts),
        examples: { good: lines(form.good), poor: lines(form.poor) },
        channels: form.channels as ServiceStandard['channels'],
        ...(form.hasTarget ? { target: { kind: form.targetKind || 'target', value: Number(form.targetValue), unit: form.targetUnit, text: form.targetText } } : {}),
      };
      const saved = standard ? await api.updatePlaybookStandard({ id: standard.id, patch: fields, removeTarget: !form.hasTarget }) : await api.createPlaybookStandard(fields);
      onSaved(saved);
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={standard ? `Edit “${standard.title}”` : 'Add a service standard'} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <TextInput label="Title" description={standard ? `Its id stays “${standard.id}”, so links and scores keep working.` : 'The id is made from the title once and never changes.'} value={form.title} onChange={(e) => set('title', e.currentTarget.value)} required error={field('title')} data-autofocus />
          <Textarea label="The standard in one sentence" value={form.statement} onChange={(e) => set('statement', e.currentTarget.value)} required autosize minRows={2} error={field('statement')} />
          <Textarea label="Why it matters to the customer" description="Markdown" value={form.whyItMatters} onChange={(e) => set('whyItMatters', e.currentTarget.value)} autosize minRows={3} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label="Look for" description="Observable behaviours in a reply, one per line" value={form.lookFors} onChange={(e) => set('lookFors', e.currentTarget.value)} autosize minRows={3} />
            <Textarea label="Don'ts" description="One per line" value={form.donts} onChange={(e) => set('donts', e.currentTarget.value)} autosize minRows={3} />
            <Textarea label="Good example replies" description="One per line" value={form.good} onChange={(e) => set('good', e.currentTarget.value)} autosize minRows={3} />
            <Textarea label="Poor example replies" description="One per line" value={form.poor} onChange={(e) => set('poor', e.currentTarget.value)} autosize minRows={3} />
          </SimpleGrid>
          <MultiSelect label="Channels it applies to" data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] ?? c }))} value={form.channels} onChange={(v) => set('channels', v)} clearable searchable />
          <Checkbox label="This standard has a measurable target" checked={form.hasTarget} onChange={(e) => set('hasTarget', e.currentTarget.checked)} />
          {form.hasTarget && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Target in words" placeholder="e.g. First reply within 5 minutes" value={form.targetText} onChange={(e) => setTarget('targetText', e.currentTarget.value)} withAsterisk error={targetError('targetText')} />
              <NumberInput label="Value" placeholder="e.g. 5" min={0.1} value={form.targetValue} onChange={(v) => setTarget('targetValue', v)} withAsterisk error={targetError('targetValue')} />
              <TextInput label="Unit" placeholder="e.g. minutes" value={form.targetUnit} onChange={(e) => setTarget('targetUnit', e.currentTarget.value)} withAsterisk error={targetError('targetUnit')} />
            </SimpleGrid>
          )}
          <FormFooter error={submit.error} busy={submit.busy} submitLabel={standard ? 'Save standard' : 'Add standard'} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
