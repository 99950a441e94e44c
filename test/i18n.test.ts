import { describe, expect, it } from 'vitest';
import { negotiateLocale, pickLocalized } from '../src/i18n.js';

describe('negotiateLocale', () => {
  it.each([
    [null, 'EN'],
    ['ja', 'JA'],
    ['ja-JP,en;q=0.5', 'JA'],
    ['en;q=0.4,ja;q=0.8', 'JA'],
    ['fr-FR,en;q=0.9,ja;q=0.5', 'EN'],
    ['fr', 'EN'],
    ['ja;q=0,en', 'EN'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('pickLocalized', () => {
  it('falls back to the language that was recorded', () => {
    expect(pickLocalized('JA', null, 'Quantum')).toBe('Quantum');
    expect(pickLocalized('EN', '量子', null)).toBe('量子');
    expect(pickLocalized('JA', '量子', 'Quantum')).toBe('量子');
    expect(pickLocalized('EN', null, null)).toBeNull();
  });
});
