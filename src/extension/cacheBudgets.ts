// How the frame cache settings are shared out. The host has one LRU for all documents (frameCache.ts), bounded by
// dicomInspector.cache.hostMegabytes. dicomInspector.cache.webviewMegabytes is the total for all inspector
// webviews together: each gets a share, sent to it as a 'cacheBudget' message. Pure, so unit tests check it.

export const DEFAULT_HOST_CACHE_MB = 256;
export const DEFAULT_WEBVIEW_CACHE_MB = 256;
const MB = 1024 * 1024;

/** A setting in MB as bytes: a missing, non-numeric or negative value is the default; the setting's own
 *  minimum (1) is enforced again here since settings.json is not validated. */
export function megabytesSetting(value: unknown, fallbackMb: number): number {
  const mb =
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.max(1, value) : fallbackMb;
  return Math.floor(mb * MB);
}

export interface BudgetPanel {
  readonly id: number;
  /** Shown on screen (its webview is alive); a hidden panel keeps only the frame it shows. */
  readonly visible: boolean;
  /** The active editor: it gets the largest share. */
  readonly active: boolean;
  /** Bytes of the last frame sent to it (0 before any): what "its current frame" costs. */
  readonly frameBytes: number;
}

/** Weight of the active panel against 1 for each other visible panel. */
const ACTIVE_WEIGHT = 3;

/**
 * Each panel's share of `totalBytes`, whose sum never exceeds it. Hidden panels get room for one frame each, out
 * of at most half the total (visible panels always keep the other half); the rest is split among visible
 * panels, the active one weighing three times as much as each other one.
 */
export function shareWebviewBudget(totalBytes: number, panels: readonly BudgetPanel[]): Map<number, number> {
  const shares = new Map<number, number>();
  const total = Math.max(0, Math.floor(totalBytes));
  const anyVisible = panels.some((panel) => panel.visible);
  let hiddenLeft = anyVisible ? Math.floor(total / 2) : total;
  let left = total;
  for (const panel of panels) {
    if (panel.visible) continue;
    const share = Math.min(hiddenLeft, Math.max(0, Math.floor(panel.frameBytes)));
    shares.set(panel.id, share);
    hiddenLeft -= share;
    left -= share;
  }
  const visible = panels.filter((panel) => panel.visible);
  const weights = visible.reduce((sum, panel) => sum + (panel.active ? ACTIVE_WEIGHT : 1), 0);
  for (const panel of visible) {
    shares.set(panel.id, Math.floor((left * (panel.active ? ACTIVE_WEIGHT : 1)) / weights));
  }
  return shares;
}
