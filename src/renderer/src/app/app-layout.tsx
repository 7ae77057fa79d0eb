/** The signed-in frame: header with brand and person, role-dependent navigation, the page. */
import { ActionIcon, AppShell, Badge, Burger, Group, Menu, NavLink, Text, Title, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { api } from '../api/client';
import { ChunkBoundary } from '../components/chunk-boundary';
import { NoticesBanner } from '../components/notices-banner';
import { pages } from './page-table';
import { hasRole, useSession } from './session-context';
import { useAsync } from './use-async';
import { useHashRoute } from './use-hash-route';

export function AppLayout({ brandName, demo }: { brandName: string; demo: boolean }) {
  const { session, signOut } = useSession();
  const notices = useAsync(() => api.listNotices({}), [session.person.id]);
  const [opened, { toggle, close }] = useDisclosure();
  const [route, navigate] = useHashRoute();
  const visible = pages.filter((p) => hasRole(session.person.role, p.minRole));
  // Sub-routes (#/scenarios/<id>) belong to their page, which reads the rest of the hash itself.
  const current = visible.find((p) => p.route === route.split('/')[0]) ?? visible[0];
  const Page = current.component;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={4}>CX Dojo</Title>
            {/* On a phone the header keeps one line: the shop's name and the person's name go. */}
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {brandName}
            </Text>
            {demo && (
              <Badge color="orange.4" variant="filled" autoContrast>
                Demo shop
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Tooltip label="Lock now">
              <ActionIcon variant="subtle" aria-label="Lock now" onClick={() => signOut('Locked. Sign in to continue.')}>
                <IconLock size={18} />
              </ActionIcon>
            </Tooltip>
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton>
                  <Group gap={6}>
                    <Text size="sm" fw={500} visibleFrom="sm">
                      {session.person.name}
                    </Text>
                    <Badge variant="light" size="sm">
                      {session.person.role}
                    </Badge>
                    <VisuallyHidden>Account menu</VisuallyHidden>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut()}>
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {visible.map((page) => (
          <NavLink
            key={page.route}
            href={`#/${page.route}`}
            label={page.label}
            leftSection={<page.icon size={18} stroke={1.6} />}
            active={page === current}
            color="teal"
            onClick={(event) => {
              event.preventDefault();
              navigate(page.route);
              close();
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <NoticesBanner notices={notices.data ?? []} onChanged={session.person.role === 'leader' ? notices.reload : undefined} />
        <ChunkBoundary key={current.route} label={`Loading ${current.label}`}>
          <Page />
        </ChunkBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
