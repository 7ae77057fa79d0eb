/** Light, dark, or follow the system. */
import { Paper, SegmentedControl, Stack, Text, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';

export function AppearanceSection() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs">
        <Title order={4}>Appearance</Title>
        <Text size="sm" c="dimmed">
          Follow the computer's setting, or choose light or dark.
        </Text>
        <SegmentedControl
          aria-label="Colour theme"
          w="fit-content"
          value={colorScheme}
          onChange={(value) => setColorScheme(value as MantineColorScheme)}
          data={[
            { value: 'auto', label: 'System' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
        />
      </Stack>
    </Paper>
  );
}
