import type { Page } from '@playwright/test';

/**
 * A second tab that can be made deaf to the other tabs' messages (as if one was lost), so its
 * next save is made over a version it never saw: the storage itself must refuse that. Call
 * before the page loads; `deafen` then stops it hearing.
 */
export async function deafenable(page: Page): Promise<{ deafen: () => Promise<void> }> {
  await page.addInitScript(() => {
    const Real = window.BroadcastChannel;
    window.BroadcastChannel = class extends Real {
      set onmessage(listener: ((e: MessageEvent) => void) | null) {
        super.onmessage = (e) => {
          if (!(window as { deafTab?: boolean }).deafTab) listener?.(e);
        };
      }
    };
  });
  return {
    deafen: () => page.evaluate(() => void ((window as { deafTab?: boolean }).deafTab = true)),
  };
}
