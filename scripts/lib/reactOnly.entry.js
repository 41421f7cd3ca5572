// The only script of the "React alone" Lighthouse reference page (scripts/lib/referencePages.mjs):
// React and React DOM evaluated, a root made and one element rendered, nothing of the app. What
// any React first screen pays after its first paint before its own code runs.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.createElement('div')).render(createElement('p', null, 'React alone'));
