import type { CallStatus } from '../../domain/call-status.js';
import type { StatisticsSource } from '../../domain/call-statistics.js';
import { CallKind, CallTrack, DatePrecision, MilestoneKind } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';

export const CallKindEnum = builder.enumType(CallKind, {
  name: 'CallKind',
  description: 'How a call is run.',
  values: {
    SOLO: { description: '単独公募: proposals come from the Japan side only; JST reviews and funds the Japan side.' },
    JOINT: { description: '共同公募: JST and a partner funding agency call and review together; each funds its own side.' },
  },
});

export const CallTrackEnum = builder.enumType(CallTrack, {
  name: 'CallTrack',
  description: 'The track of a solo call.',
  values: {
    TOP: { description: 'ASPIRE for Top Scientists (Top枠): researchers already at the top, with ample funding.' },
    RISING: {
      description:
        'ASPIRE for Rising Scientists (次世代枠): researchers with their own funding and independent environment, expected to become top researchers.',
    },
  },
});

export const MilestoneKindEnum = builder.enumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'A step in the schedule of a call.',
  values: {
    CALL_OPENS: { description: 'Proposals are accepted from this instant.' },
    PRE_NOTIFICATION_DEADLINE: { description: 'Deadline for the (optional or requested) notice of intent to apply.' },
    SUBMISSION_DEADLINE: { description: 'Proposals must be complete by this instant (per side where the sides differ).' },
    DOCUMENT_REVIEW: { description: 'Period of the document review.' },
    INTERVIEWS: { description: 'Period of the interviews, for proposals that passed document review.' },
    RESULTS_NOTIFIED: { description: 'When applicants are told the results.' },
    SUPPORT_STARTS: { description: 'When adopted projects start to be funded.' },
  },
});

export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How precisely a milestone was announced. Its instants are the first (and, with endsAt, the last) instant of that unit.',
  values: {
    MINUTE: { description: 'To the minute, e.g. 2026-05-19 12:00 JST.' },
    DAY: { description: 'To the day.' },
    TEN_DAYS: { description: '旬: early (1–10), mid (11–20) or late (21–end) part of a month.' },
    MONTH: { description: 'To the month.' },
  },
});

export const CallStatusEnum = builder.enumType('CallStatus', {
  description: 'Where a call stands at an instant, derived from its schedule (never stored).',
  values: {
    PLANNED: { description: 'Announced; proposals are not accepted yet.' },
    OPEN_FOR_PRE_NOTIFICATION: { description: 'Open; the pre-notification (notice of intent to apply) deadline has not passed.' },
    OPEN: { description: 'Open for proposals until the submission deadline.' },
    DOCUMENT_REVIEW: { description: 'The submission deadline has passed: proposals are under document review.' },
    INTERVIEWS: { description: 'Interviews of the proposals that passed document review.' },
    DECIDED: { description: 'Results have been notified; adopted projects have not started yet.' },
    SUPPORT_STARTED: { description: 'Adopted projects are being funded.' },
    UNKNOWN: { description: 'The schedule on record does not tell (e.g. a past call known only by its support start).' },
  } satisfies Record<CallStatus, { description: string }>,
});

export const StatisticsSourceEnum = builder.enumType('StatisticsSource', {
  description: "Where a call's proposal and adoption figures come from.",
  values: {
    RECORDS: { description: 'Counted from the proposals on record for the call.' },
    PUBLISHED: { description: 'As published by JST (e.g. the mid-term evaluation report); see asOf and sourceNote.' },
    NONE: { description: 'Neither records nor published figures exist yet.' },
  } satisfies Record<StatisticsSource, { description: string }>,
});
