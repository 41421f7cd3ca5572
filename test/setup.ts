import { vi } from 'vitest';

// Shared Vitest setup. Node-environment tests (engine, io) get nothing extra; files that opt into
// jsdom with `// @vitest-environment jsdom` get the jest-dom matchers (toBeInTheDocument, …) and
// React Testing Library cleanup after each test.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { afterEach } = await import('vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // Lazy panels load real chunks; on a busy 2-core CI machine 1 s (the default) is too tight.
  configure({ asyncUtilTimeout: 10_000 });
}

// The sample opens dated from the reader's today (src/io/sampleDates.ts); tests that assert its
// figures see it as shipped, starting 2026-12-01, whatever the calendar says. Tests of the
// re-dating pass their own today.
vi.mock('../src/state/readerToday', () => ({ readerToday: vi.fn(() => '2026-12-01') }));

// The app loads the plan schema after its first screen (src/state/validator.ts); tests start
// with it loaded, as the app is a moment after start-up.
await (await import('../src/state/validator')).loadValidator();
