/** Whether a fact the rubric expects is the one a reply states, by value whatever the wording. */
import type { Fact, FactValue } from './fact-types';

const meet = (a: readonly number[], b: readonly number[]): boolean => a.some((x) => b.includes(x));
const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export function factsAgree(expected: FactValue, actual: FactValue): boolean {
  switch (expected.kind) {
    case 'money':
      if (actual.kind === 'number') return expected.amount >= 10 && near(expected.amount, actual.value);
      return actual.kind === 'money' && near(expected.amount, actual.amount) && (!expected.currency || !actual.currency || expected.currency === actual.currency);
    case 'time':
      if (actual.kind === 'time-range') return meet(expected.minutes, actual.from) || meet(expected.minutes, actual.to);
      return actual.kind === 'time' && meet(expected.minutes, actual.minutes);
    case 'time-range':
      return actual.kind === 'time-range' && meet(expected.from, actual.from) && meet(expected.to, actual.to);
    case 'weekday':
      if (actual.kind !== 'weekday') return false;
      return expected.days.length === 1 ? actual.days.includes(expected.days[0]) : expected.days.length === actual.days.length && expected.days.every((d) => actual.days.includes(d));
    case 'relative-day':
      return actual.kind === 'relative-day' && actual.offset === expected.offset;
    case 'duration':
      return actual.kind === 'duration' && near(expected.hours, actual.hours);
    case 'date':
      return actual.kind === 'date' && actual.day === expected.day && (!expected.month || !actual.month || actual.month === expected.month);
    case 'percent':
      return actual.kind === 'percent' && near(expected.value, actual.value);
    case 'quantity':
      if (actual.kind === 'number') return expected.unit === 'size' && near(expected.value, actual.value);
      return actual.kind === 'quantity' && actual.unit === expected.unit && near(expected.value, actual.value);
    case 'number':
      return (actual.kind === 'number' || actual.kind === 'quantity') && near(expected.value, actual.value) || (actual.kind === 'money' && near(expected.value, actual.amount));
  }
}

/** The reply facts that state each expected fact, or null when one is missing. */
export function findExpectedFacts(expected: readonly FactValue[], actual: readonly Fact[]): Fact[] | null {
  const found: Fact[] = [];
  for (const e of expected) {
    const match = actual.find((a) => factsAgree(e, a));
    if (!match) return null;
    found.push(match);
  }
  return found;
}
