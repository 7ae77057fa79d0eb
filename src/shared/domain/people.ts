/** People as the app shows them (never with PIN material). */
import { z } from 'zod';
import { ROLES } from '../contract/operation';

export const roleSchema = z.enum(ROLES);

export const personNameSchema = z.string().trim().min(1, 'Enter a name.').max(80, 'Keep the name under 80 characters.');

/** PINs are 4 to 8 digits: short enough for a shop floor, long enough with the lockout. */
export const pinSchema = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.');

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id.');

export interface PersonView {
  id: string;
  name: string;
  role: z.infer<typeof roleSchema>;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SignInEntry {
  id: string;
  name: string;
  role: z.infer<typeof roleSchema>;
  lockedUntil: string | null;
}
