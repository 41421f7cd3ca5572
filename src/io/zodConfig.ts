import { z } from 'zod';

/**
 * zod without its JIT: zod otherwise probes `new Function('')` to decide whether to compile
 * fast parsers, and under the app's Content-Security-Policy (no 'unsafe-eval', see
 * scripts/csp.mjs) that probe is reported as a violation even though zod catches it. Plans are
 * small; the interpreted parser is fast enough. Import this before building any schema: zod
 * reads the flag when a schema is created.
 */
z.config({ jitless: true });
