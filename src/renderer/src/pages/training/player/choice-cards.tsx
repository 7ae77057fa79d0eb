/** A choice step: the possible replies as cards; keys 1–4 choose one (when no text field has focus). */
import { useEffect } from 'react';
import { Badge, Box, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ChannelLook } from './channel-themes';

interface ChoiceCardsProps {
  options: { id: string; text: string }[];
  look: ChannelLook;
  busy: boolean;
  onChoose: (optionId: string) => void;
}

const typingInField = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function ChoiceCards({ options, look, busy, onChoose }: ChoiceCardsProps) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (busy || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= options.length) {
        e.preventDefault();
        onChoose(options[n - 1].id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [options, busy, onChoose]);

  return (
    <Box p="sm" style={{ background: look.bar.bg, borderTop: `1px solid ${look.bar.meta}40` }}>
      <Text size="xs" mb={6} style={{ color: look.bar.meta }} id="choice-help">
        Choose your reply — click it or press its number.
      </Text>
      <Stack gap={6} role="group" aria-labelledby="choice-help">
        {options.map((o, i) => (
          <UnstyledButton key={o.id} onClick={() => onChoose(o.id)} disabled={busy} aria-keyshortcuts={String(i + 1)} data-testid="choice-option">
            <Paper withBorder radius="md" p="sm" style={{ background: look.customer.bg, color: look.customer.fg }}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge variant="filled" color="dark" radius="sm" style={{ flexShrink: 0 }} aria-hidden>
                  {i + 1}
                </Badge>
                <Text size="sm" style={{ color: look.customer.fg }}>
                  {o.text}
                </Text>
              </Group>
            </Paper>
          </UnstyledButton>
        ))}
      </Stack>
    </Box>
  );
}
