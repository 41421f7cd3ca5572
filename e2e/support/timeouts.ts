/**
 * Caps on waits, for a test that must fail because the product is wrong, never because the
 * machine is slow. Every wait is on a condition (a role, a text, aria-busy gone); these are only
 * how long to keep waiting before calling the product broken. They are sized for an idle 2-core
 * machine and multiplied by FUNDGAP_E2E_SLOWDOWN (default 6). On this machine shared with other
 * jobs (load average 14–20 on 2 cores), tests that take 5–10 s alone took 35–60 s, the first
 * chart 7 s instead of under 1; two busy loops on top add more. A correct page passes as fast as
 * it can; only a broken one waits the whole cap, so a generous cap costs nothing when green.
 */
export const SLOWDOWN = Math.max(1, Number(process.env.FUNDGAP_E2E_SLOWDOWN ?? 6));

/**
 * A cap of `ms` on an idle machine, scaled for this one.
 * @example await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: cap(20_000) });
 */
export const cap = (ms: number): number => Math.round(ms * SLOWDOWN);

/** A test's own cap when nothing else says: 30 s idle. */
export const TEST_TIMEOUT = cap(30_000);
/** One assertion's cap (expect, expect.poll): 10 s idle. */
export const EXPECT_TIMEOUT = cap(10_000);
