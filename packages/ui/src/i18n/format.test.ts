import { describe, expect, it } from 'vitest';
import { formatMessage, interpolate, placeholdersOf, pluralCategory } from './format';

describe('interpolate', () => {
  it('fills named placeholders and keeps unknown ones visible', () => {
    expect(interpolate('Hi {name}, {n} new', { name: 'Ada', n: 3 })).toBe('Hi Ada, 3 new');
    expect(interpolate('Hi {name}', {})).toBe('Hi {name}');
  });

  it('does not re-interpret braces that come from params', () => {
    expect(interpolate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
});

describe('placeholdersOf', () => {
  it('collects names from all plural forms, sorted and unique', () => {
    expect(placeholdersOf({ one: '{count} item in {place}', other: '{count} items' })).toEqual(['count', 'place']);
    expect(placeholdersOf('no params')).toEqual([]);
  });
});

describe('formatMessage plurals', () => {
  const minutesPl = { one: '{count} minuta', few: '{count} minuty', many: '{count} minut', other: '{count} minuty' };

  it('picks Polish one / few / many forms', () => {
    expect(formatMessage('pl', minutesPl, { count: 1 })).toBe('1 minuta');
    expect(formatMessage('pl', minutesPl, { count: 3 })).toBe('3 minuty');
    expect(formatMessage('pl', minutesPl, { count: 5 })).toBe('5 minut');
    expect(formatMessage('pl', minutesPl, { count: 12 })).toBe('12 minut');
    expect(formatMessage('pl', minutesPl, { count: 24 })).toBe('24 minuty');
  });

  it('picks English one / other forms', () => {
    const m = { one: '{count} second', other: '{count} seconds' };
    expect(formatMessage('en', m, { count: 1 })).toBe('1 second');
    expect(formatMessage('en', m, { count: 0 })).toBe('0 seconds');
  });

  it('selects on the first numeric param when there is no count', () => {
    const m = { one: 'in {minutes} minute ({who})', other: 'in {minutes} minutes ({who})' };
    expect(formatMessage('en', m, { who: 'you', minutes: 1 })).toBe('in 1 minute (you)');
    expect(formatMessage('en', m, { who: 'you', minutes: 7 })).toBe('in 7 minutes (you)');
  });

  it('falls back to "other" when a form is missing', () => {
    expect(formatMessage('pl', { other: '{count} x' }, { count: 2 })).toBe('2 x');
    expect(pluralCategory('en', 1)).toBe('one');
  });
});
