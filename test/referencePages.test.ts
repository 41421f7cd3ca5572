import { describe, expect, it } from 'vitest';
import { withoutAppScript } from '../scripts/lib/referencePages.mjs';

/** The Lighthouse reference page keeps the first screen and drops only what loads the app. */

const page = (loader: string) => `<!doctype html><html><head>
<script>
  try { var saved = localStorage.getItem('fundgap.lang'); } catch (e) {}
</script>
<script type="application/json" id="fg-seed">{"fingerprint":"x"}</script>
</head><body><div id="root"><h1>青山服饰</h1></div>
<script>
  (function () { var root = document.getElementById('root'); })();
</script>
${loader}
</body></html>`;

const LOADER = `<script>
      (function () {
        function load() {
          ["/assets/a.js"].forEach(function (href) {
            var l = document.createElement('link');
            l.rel = 'modulepreload';
          });
        }
      })();
    </script>`;

describe('Lighthouse reference pages (scripts/lib/referencePages.mjs)', () => {
  it('removes the script that loads the app and nothing else', () => {
    const html = page(LOADER);
    const stripped = withoutAppScript(html);
    expect(stripped).toBe(html.replace(LOADER, ''));
    expect(stripped).toContain('fundgap.lang');
    expect(stripped).toContain('id="fg-seed"');
    expect(stripped).toContain('青山服饰');
    expect(stripped).not.toContain('modulepreload');
  });

  it('refuses a page with no app loader, rather than measuring the app under another name', () => {
    expect(() => withoutAppScript(page(''))).toThrow(/modulepreload/);
  });
});
