import { localIsoDate } from '../io/localDate';

/**
 * The reader's today, the one place the app reads the clock for a sample's dates. Unit tests
 * pin it (test/setup.ts) and e2e tests pin the browser's clock (e2e/fixtures.ts), so the
 * sample's figures they assert do not move with the calendar.
 */
export function readerToday(): string {
  return localIsoDate(new Date());
}
