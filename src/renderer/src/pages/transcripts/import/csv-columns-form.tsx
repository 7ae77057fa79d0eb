/** A CSV whose header was not recognised: the leader says which column holds what. */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportNeedsColumns } from '../../../../../shared/contract/transcript-ops';

export interface CsvColumns {
  timestamp: number;
  sender: number;
  message: number;
  time?: number;
}

export function CsvColumnsForm({ columns, busy, onSubmit, onCancel }: { columns: ImportNeedsColumns; busy: boolean; onSubmit: (c: CsvColumns) => void; onCancel: () => void }) {
  const options = columns.header.map((h, i) => ({ value: String(i), label: h ? `${h} (column ${i + 1})` : `Column ${i + 1}` }));
  const [timestamp, setTimestamp] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [sender, setSender] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ready = timestamp !== null && sender !== null && message !== null;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Alert color="yellow" title={`Which columns of ${columns.fileName} hold the chat?`}>
          {columns.message}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Date and time (or date)" data={options} value={timestamp} onChange={setTimestamp} required />
          <Select label="Time, if it has its own column" data={options} value={time} onChange={setTime} clearable />
          <Select label="Who sent it" data={options} value={sender} onChange={setSender} required />
          <Select label="Message text" data={options} value={message} onChange={setMessage} required />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          Rows without a sender are kept as notices. Dates like 2024-04-02 21:14 or 02/04/2024 21:14 are understood.
        </Text>
        <Group>
          <Button
            disabled={!ready}
            loading={busy}
            onClick={() => ready && onSubmit({ timestamp: +timestamp, sender: +sender, message: +message, ...(time !== null ? { time: +time } : {}) })}
          >
            Read the chat
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel import
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
