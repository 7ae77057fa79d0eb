/** The facts a reply or a rubric phrase states, each with where it stands in the original text. */

export type FactValue =
  | { kind: 'money'; amount: number; currency?: string }
  /** Minutes after midnight; an hour written without am/pm has both readings. */
  | { kind: 'time'; minutes: readonly number[] }
  | { kind: 'time-range'; from: readonly number[]; to: readonly number[] }
  /** 0 Monday … 6 Sunday. */
  | { kind: 'weekday'; days: readonly number[] }
  /** 0 today, 1 tomorrow. */
  | { kind: 'relative-day'; offset: number }
  | { kind: 'duration'; hours: number }
  /** A day of the month ("the 28th", "tanggal 28", "28 Dec"), with its month (1–12) when written. */
  | { kind: 'date'; day: number; month?: number }
  | { kind: 'percent'; value: number }
  | { kind: 'quantity'; value: number; unit: string }
  | { kind: 'number'; value: number };

export type Fact = FactValue & { start: number; end: number };
