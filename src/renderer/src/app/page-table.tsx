/**
 * Every page of the app: its route, its navigation label and the least role that sees it. Each
 * page's code is fetched when the page is first opened, not with the sign-in screen.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import { IconBook2, IconChartBar, IconClipboardList, IconHome, IconMessages, IconSettings, IconTarget, IconUsers, IconFileImport } from '@tabler/icons-react';
import type { Role } from '../../../shared/contract/operation';
import { lazyNamed } from './lazy-named';

const HomePage = lazyNamed(() => import('../pages/home/home-page').then((m) => m.HomePage));
const AssignmentsPage = lazyNamed(() => import('../pages/assignments/assignments-page').then((m) => m.AssignmentsPage));
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

// The first page a role sees is its home: managers and leaders land on what needs them today,
// employees on their training. Then the places by job: training, handing out work, reading results.
export const pages: PageEntry[] = [
  { route: 'home', label: 'Home', icon: IconHome, minRole: 'manager', component: HomePage },
  {
    route: 'training',
    label: 'Training',
    icon: IconTarget,
    minRole: 'employee',
    component: TrainingPage,
  },
  { route: 'assignments', label: 'Assignments', icon: IconClipboardList, minRole: 'manager', component: AssignmentsPage },
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
    // Managers browse and preview published scenarios to assign them; only leaders edit.
    minRole: 'manager',
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
