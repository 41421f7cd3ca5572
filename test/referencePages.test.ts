import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFor, withOnlyScript, withoutAppScript } from '../scripts/lib/referencePages.mjs';

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
          ["/assets/a.js","/assets/b.js"].forEach(function (href) {
            var l = document.createElement('link');
            l.rel = 'modulepreload';
          });
          var s = document.createElement('script');
          s.type = 'module';
          s.src = "/assets/index-abc.js";
          document.head.appendChild(s);
        }
        requestAnimationFrame(function () {
          requestAnimationFrame(load);
        });
      })();
    </script>`;

const withCharset = (html: string) => html.replace('<head>', '<head><meta charset="utf-8">');
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
/** The CSP source that allows the page's loader (the inline script defining `load`) to run. */
const loaderHash = (html: string) => {
  const loader = /<script>\s*\(function \(\) \{\s*function load[\s\S]*?<\/script>/.exec(html);
  expect(loader).not.toBeNull();
  const inner = loader![0].slice('<script>'.length, -'</script>'.length);
  return `'sha256-${createHash('sha256').update(inner).digest('base64')}'`;
};

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

  it('loads another script by the same loader, at the same moment, with a policy that allows it', () => {
    const html = withCharset(page(LOADER));
    const react = withOnlyScript(html, '/reference/react-only.js');
    expect(react).toContain('s.src = "/reference/react-only.js"');
    expect(react).toContain('[].forEach');
    expect(react).not.toContain('/assets/');
    expect(react).toContain('requestAnimationFrame(load)');
    expect(react).toContain('青山服饰');
    // The policy hashes the changed loader, so the browser runs it.
    const hashes = policyOf(react).match(/'sha256-[^']+'/g) ?? [];
    expect(hashes).toContain(loaderHash(react));
  });

  it('refuses a loader it cannot retarget, rather than measuring the app under another name', () => {
    const bare = `<script>
      (function () { function load() { var l = 'modulepreload'; } })();
    </script>`;
    expect(() => withOnlyScript(withCharset(page(bare)), '/r.js')).toThrow(/preload list/);
  });

  it("sends each page the app's headers with a policy that lets its own loader run", () => {
    // A React-alone page whose loader the header's policy refused would load no script and
    // score like the page without scripts, silently.
    const react = withOnlyScript(withCharset(page(LOADER)), '/reference/react-only.js');
    const headers = new Map(headersFor(react));
    expect(headers.get('Content-Security-Policy')).toContain(loaderHash(react));
    expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    // The header that moves the score most is sent as vite preview sends it.
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});
