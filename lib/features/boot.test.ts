import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/defaults';
import { isSettings } from './boot';

describe('isSettings', () => {
  it('accepts the settings the background sends', () => {
    expect(isSettings(defaultSettings())).toBe(true);
  });

  it('refuses an error passed along as data, and other odd answers', () => {
    expect(isSettings({ __mozWebExtensionPolyfillReject__: true, message: 'boom' })).toBe(false);
    expect(isSettings(null)).toBe(false);
    expect(isSettings(undefined)).toBe(false);
    expect(isSettings({ enabled: true })).toBe(false);
    expect(isSettings({ ...defaultSettings(), enabled: 'yes' })).toBe(false);
  });
});
