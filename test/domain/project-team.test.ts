import { describe, expect, it } from 'vitest';
import { currentPi } from '../../src/domain/project-team.js';

const member = (name: string, role: string, leftOn: string | null = null) => ({
  name,
  role,
  leftOn: leftOn ? new Date(`${leftOn}T00:00:00Z`) : null,
});

describe('currentPi', () => {
  it('is the PI who has not left', () => {
    const team = [member('co', 'CO_PI'), member('old', 'PI', '2025-03-31'), member('new', 'PI'), member('pp', 'PARTNER_PI')];
    expect(currentPi(team)?.name).toBe('new');
  });

  it('is the PI who left last once every PI has left, and undefined without a PI', () => {
    const team = [member('first', 'PI', '2025-03-31'), member('second', 'PI', '2026-03-31'), member('co', 'CO_PI')];
    expect(currentPi(team)?.name).toBe('second');
    expect(currentPi([member('co', 'CO_PI')])).toBeUndefined();
  });
});
