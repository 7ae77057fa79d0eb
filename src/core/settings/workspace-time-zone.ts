/**
 * The workspace's time zone: the one its reports and exports speak in, so a shop in Jakarta
 * reads "14:05" where it happened rather than a UTC stamp. A leader may set it; until then it
 * follows the home region (the region's main zone), and UTC for a region not listed here.
 */
import { timeZoneSchema } from '../../shared/domain/workspace';

const REGION_ZONES: Record<string, string> = {
  BD: 'Asia/Dhaka',
  BN: 'Asia/Brunei',
  EG: 'Africa/Cairo',
  GB: 'Europe/London',
  GH: 'Africa/Accra',
  ID: 'Asia/Jakarta',
  IN: 'Asia/Kolkata',
  KE: 'Africa/Nairobi',
  KH: 'Asia/Phnom_Penh',
  LA: 'Asia/Vientiane',
  MM: 'Asia/Yangon',
  MY: 'Asia/Kuala_Lumpur',
  NG: 'Africa/Lagos',
  NL: 'Europe/Amsterdam',
  PH: 'Asia/Manila',
  PK: 'Asia/Karachi',
  PT: 'Europe/Lisbon',
  RW: 'Africa/Kigali',
  SG: 'Asia/Singapore',
  TH: 'Asia/Bangkok',
  TZ: 'Africa/Dar_es_Salaam',
  UG: 'Africa/Kampala',
  VN: 'Asia/Ho_Chi_Minh',
  ZA: 'Africa/Johannesburg',
};

export function workspaceTimeZone(settings: { region: string; timeZone?: string }): string {
  if (settings.timeZone && timeZoneSchema.safeParse(settings.timeZone).success) return settings.timeZone;
  return REGION_ZONES[settings.region] ?? 'UTC';
}
