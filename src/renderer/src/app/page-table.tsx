/**
 * Every page of the app: its route, its navigation label and the least role that sees it. Each
 * page's code is fetched when the page is first opened, not with the sign-in screen.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import { IconBook2, IconChartBar, IconMessages, IconSettings, IconTarget, IconUsers, IconFileImport } from '@tabler/icons-react';
import type { Role } from '../../../shared/contract/operation';
import { lazyNamed } from './lazy-named';

const PeoplePage = lazyNamed(() => import('../pages/people/people-page').then((m) => m.PeoplePage));
const ReportsPage = lazyNamed(() => import('../pages/reports/reports-page').then((m) => m.ReportsPage));
const ScenariosPage = lazyNamed(() => import('../pages/scenarios/scenarios-page').then((m) => m.ScenariosPage));
const PlaybookPage = lazyNamed(() => import('../pages/playbook/playbook-page').then((m) => m.PlaybookPage));
const SettingsPage = lazyNamed(() => import('../pages/settings/settings-page').then((m) => m.SettingsPage));
const TrainingPage = lazyNamed(() => import('../pages/training/training-page').then((m) => m.TrainingPage));
const TranscriptsPage = lazyNamed(() => import('../pages/transcripts/transcripts-page').then((m) => m.TranscriptsPage));

export interface PageEntry {
  route: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  minRole: Role;
  component: LazyExoticComponent<ComponentType>;
}

export const pages: PageEntry[] = [
  {
    route: 'training',
    label: 'Training',
    icon: IconTarget,
    minRole: 'employee',
    component: TrainingPage,
  },
  {
    route: 'playbook',
    label: 'Playbook',
    icon: IconBook2,
    minRole: 'employee',
    component: PlaybookPage,
  },
  {
    route: 'scenarios',
    label: 'Scenarios',
    icon: IconMessages,
    minRole: 'leader',
    component: ScenariosPage,
  },
  {
    route: 'transcripts',
    label: 'Transcripts',
    icon: IconFileImport,
    minRole: 'leader',
    component: TranscriptsPage,
  },
  { route: 'people', label: 'People', icon: IconUsers, minRole: 'manager', component: PeoplePage },
  {
    route: 'reports',
    label: 'Reports',
    icon: IconChartBar,
    minRole: 'manager',
    component: ReportsPage,
  },
  { route: 'settings', label: 'Settings', icon: IconSettings, minRole: 'employee', component: SettingsPage },
];
