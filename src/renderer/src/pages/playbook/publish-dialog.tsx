/** Publishing the draft: a one-line summary of what changed and an optional due date for acknowledging. */
import { useState } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import type { VersionSummary } from '../../../../shared/contract/playbook-ops';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';
import { flushAllAutosaves } from './use-autosave';
import '@mantine/dates/styles.css';
import { FormFooter } from '../../components/form-footer';

export function PublishDialog({ opened, nextNumber, onClose, onPublished }: { opened: boolean; nextNumber: number; onClose: () => void; onPublished: (version: VersionSummary) => void }) {
  const [summary, setSummary] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const submit = useSubmit();
  const publish = () =>
    submit.run(async () => {
      await flushAllAutosaves();
      const version = await api.publishPlaybook({ summary, ...(dueDate ? { dueDate } : {}) });
      setSummary('');
      setDueDate(null);
      onPublished(version);
    });
  return (
    <Modal opened={opened} onClose={onClose} title={`Publish version ${nextNumber}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void publish();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Everyone on the team will see version {nextNumber} instead of the current one, and every employee and manager will be asked to read it and confirm
            “I have read and will apply version {nextNumber}”. A published version never changes; later edits go into a new draft.
          </Text>
          <Textarea
            label="What changed?"
            description="One or two lines your team reads before the new version, e.g. “New standard: confirm the order back before payment.”"
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            required
            maxLength={500}
            autosize
            minRows={2}
            data-autofocus
            error={submit.fieldErrors.summary}
          />
          <DatePickerInput
            label="Acknowledge by (optional)"
            description="After this day, people who have not acknowledged show as overdue."
            placeholder="No due date"
            value={dueDate}
            onChange={(value) => setDueDate(value ? dayjs(value).format('YYYY-MM-DD') : null)}
            minDate={dayjs().format('YYYY-MM-DD')}
            clearable
            valueFormat="D MMMM YYYY"
            error={submit.fieldErrors.dueDate}
          />
          <FormFooter error={submit.error} busy={submit.busy} submitLabel={<>Publish version {nextNumber}</>} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
