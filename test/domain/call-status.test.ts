import { describe, expect, it } from 'vitest';
import { callStatusAt, submissionDeadline, type Milestone } from '../../src/domain/call-status.js';

// FY2026 solo call schedule (DOMAIN.md), instants in UTC (JST = UTC+9).
const fy2026: Milestone[] = [
  { kind: 'PRE_NOTIFICATION_DEADLINE', startsAt: new Date('2026-04-24T03:00:00Z') },
  { kind: 'SUBMISSION_DEADLINE', startsAt: new Date('2026-05-19T03:00:00Z') },
  { kind: 'DOCUMENT_REVIEW', startsAt: new Date('2026-05-20T15:00:00Z'), endsAt: new Date('2026-08-10T14:59:59Z') },
  { kind: 'INTERVIEWS', startsAt: new Date('2026-07-31T15:00:00Z'), endsAt: new Date('2026-09-30T14:59:59Z') },
  { kind: 'RESULTS_NOTIFIED', startsAt: new Date('2026-09-30T15:00:00Z'), endsAt: new Date('2026-10-31T14:59:59Z') },
  { kind: 'SUPPORT_STARTS', startsAt: new Date('2026-11-30T15:00:00Z') },
];

describe('callStatusAt', () => {
  it.each([
    ['2026-04-01T00:00:00Z', 'OPEN_FOR_PRE_NOTIFICATION'],
    ['2026-04-24T02:59:59Z', 'OPEN_FOR_PRE_NOTIFICATION'],
    ['2026-04-24T03:00:00Z', 'OPEN'],
    ['2026-05-19T02:59:59.999Z', 'OPEN'],
    // The deadline is the deadline: from that instant on, the call is under review.
    ['2026-05-19T03:00:00Z', 'DOCUMENT_REVIEW'],
    ['2026-08-15T00:00:00Z', 'INTERVIEWS'],
    ['2026-10-15T00:00:00Z', 'DECIDED'],
    ['2026-12-01T00:00:00Z', 'SUPPORT_STARTED'],
  ])('at %s the FY2026 call is %s', (at, status) => {
    expect(callStatusAt(fy2026, new Date(at))).toBe(status);
  });

  it('is PLANNED before a known opening', () => {
    const opening: Milestone = { kind: 'CALL_OPENS', startsAt: new Date('2026-03-27T00:00:00Z') };
    expect(callStatusAt([opening, ...fy2026], new Date('2026-03-01T00:00:00Z'))).toBe('PLANNED');
    expect(callStatusAt([opening, ...fy2026], new Date('2026-03-28T00:00:00Z'))).toBe('OPEN_FOR_PRE_NOTIFICATION');
  });

  it('knows a past call only by its support start', () => {
    const fy2023 = [{ kind: 'SUPPORT_STARTS', startsAt: new Date('2024-01-31T15:00:00Z') }] satisfies Milestone[];
    expect(callStatusAt(fy2023, new Date('2025-06-01T00:00:00Z'))).toBe('SUPPORT_STARTED');
    expect(callStatusAt(fy2023, new Date('2023-06-01T00:00:00Z'))).toBe('UNKNOWN');
    expect(callStatusAt([], new Date())).toBe('UNKNOWN');
  });

  it('keeps a joint call open until the last side closes', () => {
    const joint: Milestone[] = [
      { kind: 'SUBMISSION_DEADLINE', side: 'JAPAN', startsAt: new Date('2024-04-16T09:00:00Z') },
      { kind: 'SUBMISSION_DEADLINE', side: 'PARTNER', startsAt: new Date('2024-04-16T15:00:00Z') },
    ];
    expect(callStatusAt(joint, new Date('2024-04-16T12:00:00Z'))).toBe('OPEN');
    expect(callStatusAt(joint, new Date('2024-04-16T15:00:00Z'))).toBe('DOCUMENT_REVIEW');
    expect(submissionDeadline(joint, 'JAPAN')).toEqual(new Date('2024-04-16T09:00:00Z'));
    expect(submissionDeadline(joint, 'PARTNER')).toEqual(new Date('2024-04-16T15:00:00Z'));
    expect(submissionDeadline(fy2026, 'PARTNER')).toEqual(new Date('2026-05-19T03:00:00Z'));
  });
});
