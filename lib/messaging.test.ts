import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from './messaging';

describe('sendMessage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('returns what the handler answered', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(3 as never);
    await expect(sendMessage('pending:answered', { site: 'slack', conversationId: 'C1', how: 'replied', at: 1 })).resolves.toBe(3);
  });

  it("turns the background polyfill's error-as-data into a rejection", async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ __mozWebExtensionPolyfillReject__: true, message: 'store closed' } as never);
    await expect(sendMessage('settings:get', {})).rejects.toThrow('store closed');
  });
});
