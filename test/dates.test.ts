import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utcDay } from '../src/dates.js';

test('utcDay is the UTC calendar day of an instant, whatever the local offset', () => {
  assert.equal(utcDay(new Date('2026-06-01T23:30:00-05:00')), '2026-06-02');
  assert.equal(utcDay(new Date('2026-01-31T23:30:00-05:00')), '2026-02-01');
  assert.equal(utcDay(new Date('2026-02-01T00:30:00+01:00')), '2026-01-31');
});
