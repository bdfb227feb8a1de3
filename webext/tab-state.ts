/**
 * Per-tab detection state, kept in `storage.session` so it survives the MV3 service worker
 * being stopped and restarted (which Chrome does after ~30 s idle), and is gone when the
 * browser closes (a detection is about a page view, not about the device).
 */
import { browser } from 'wxt/browser';
import type { TabState } from './messages';

const key = (tabId: number) => `tab:${tabId}`;

// Firefox MV2 has storage.session since 115; fall back to memory where it is missing.
const memory = new Map<string, TabState>();
const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;

export async function getTabState(tabId: number): Promise<TabState | null> {
  if (!session) return memory.get(key(tabId)) ?? null;
  const got = await session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(state: TabState): Promise<void> {
  if (!session) memory.set(key(state.tabId), state);
  else await session.set({ [key(state.tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  if (!session) memory.delete(key(tabId));
  else await session.remove(key(tabId));
}
