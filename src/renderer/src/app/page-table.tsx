/** Every page of the app: its route, its navigation label and the least role that sees it. */
import type { ComponentType } from 'react';
import { IconBook2, IconChartBar, IconMessages, IconSettings, IconTarget, IconUsers, IconFileImport } from '@tabler/icons-react';
import type { Role } from '../../../shared/contract/operation';
import { PeoplePage } from '../pages/people/people-page';
import { ReportsPage } from '../pages/reports/reports-page';
import { ScenariosPage } from '../pages/scenarios/scenarios-page';
import { PlaybookPage } from '../pages/playbook/playbook-page';
import { SettingsPage } from '../pages/settings/settings-page';
import { TrainingPage } from '../pages/training/training-page';
import { TranscriptsPage } from '../pages/transcripts/transcripts-page';

export interface PageEntry {
  route: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  minRole: Role;
  component: ComponentType;
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
