/**
 * "I have read and will apply version N": who has to acknowledge which version, who has, and what
 * is overdue. Only active employees and managers are asked; the leader publishes. A newer request
 * supersedes an older one: people are only ever asked for the latest requested version.
 */
import type { AckRequest, PlaybookSection } from '../../shared/domain/playbook';
import type { Role } from '../../shared/contract/operation';
import { publishedDueDates, type AckDueDateOf } from './ack-due-dates';
import { PlaybookError } from './playbook-error';
import { findVersion, latestPublished } from './publish';

/** The few fields of a person this module needs; stored and view people both fit. */
export interface AckPerson {
  id: string;
  role: Role;
  active: boolean;
}

export interface PendingAck {
  personId: string;
  /** This person's due date: an assignment's where one was given, else the publishing default. */
  dueDate?: string;
  overdue: boolean;
}

export interface VersionAckStatus {
  version: number;
  requestedAt: string;
  dueDate?: string;
  /** A later version has been requested since; this one is kept for the record. */
  superseded: boolean;
  acknowledged: { personId: string; at: string }[];
  pending: PendingAck[];
  /** Past the due date with someone still pending. */
  overdue: boolean;
}

export function isAskedToAcknowledge(person: AckPerson): boolean {
  return person.active && (person.role === 'employee' || person.role === 'manager');
}

/** Overdue once the due day has fully passed (days compared in UTC, like the stored dates). */
export function isPastDue(dueDate: string | undefined, now: string): boolean {
  return dueDate !== undefined && now.slice(0, 10) > dueDate;
}

function latestRequest(section: PlaybookSection): AckRequest | undefined {
  let latest: AckRequest | undefined;
  for (const request of section.ackRequests) if (!latest || request.version > latest.version) latest = request;
  return latest;
}

export function acknowledgementStatus(section: PlaybookSection, people: AckPerson[], now: string, dueDateOf: AckDueDateOf = publishedDueDates(section.ackRequests)): VersionAckStatus[] {
  const asked = people.filter(isAskedToAcknowledge);
  const newest = latestRequest(section)?.version;
  return [...section.ackRequests]
    .sort((a, b) => b.version - a.version)
    .map((request) => {
      const acks = section.acknowledgements.filter((ack) => ack.version === request.version);
      const ackedBy = new Map(acks.map((ack) => [ack.personId, ack.at]));
      const pending = asked
        .filter((p) => !ackedBy.has(p.id))
        .map((p) => {
          const dueDate = dueDateOf(p.id, request.version);
          return { personId: p.id, ...(dueDate === undefined ? {} : { dueDate }), overdue: isPastDue(dueDate, now) };
        });
      return {
        version: request.version,
        requestedAt: request.requestedAt,
        ...(request.dueDate === undefined ? {} : { dueDate: request.dueDate }),
        superseded: request.version !== newest,
        acknowledged: asked.filter((p) => ackedBy.has(p.id)).map((p) => ({ personId: p.id, at: ackedBy.get(p.id) as string })),
        pending,
        overdue: pending.some((p) => p.overdue),
      };
    });
}

export interface PendingAckForPerson {
  version: number;
  summary: string;
  requestedAt: string;
  dueDate?: string;
  overdue: boolean;
}

/** What waits on this person's home: at most one item, the latest requested version, if unread. */
export function pendingAcknowledgementsFor(section: PlaybookSection, person: AckPerson, now: string, dueDateOf: AckDueDateOf = publishedDueDates(section.ackRequests)): PendingAckForPerson[] {
  if (!isAskedToAcknowledge(person)) return [];
  const request = latestRequest(section);
  if (!request) return [];
  if (section.acknowledgements.some((ack) => ack.personId === person.id && ack.version === request.version)) return [];
  const version = section.versions.find((v) => v.number === request.version);
  const dueDate = dueDateOf(person.id, request.version);
  return [
    {
      version: request.version,
      summary: version?.summary ?? '',
      requestedAt: request.requestedAt,
      ...(dueDate === undefined ? {} : { dueDate }),
      overdue: isPastDue(dueDate, now),
    },
  ];
}

/** Records the acknowledgement; acknowledging the same version twice keeps the first record. */
export function acknowledgeVersion(section: PlaybookSection, input: { personId: string; version: number; at: string }): PlaybookSection {
  findVersion(section, input.version);
  const latest = latestPublished(section);
  if (latest && latest.number !== input.version)
    throw new PlaybookError('not-latest-version', `Version ${input.version} has been replaced by version ${latest.number}. Read and acknowledge version ${latest.number} instead.`);
  if (section.acknowledgements.some((ack) => ack.personId === input.personId && ack.version === input.version)) return section;
  return { ...section, acknowledgements: [...section.acknowledgements, { personId: input.personId, version: input.version, at: input.at }] };
}
