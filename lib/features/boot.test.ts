import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/defaults';
import { EMOJI_TABLES } from '../judge/lexicons/reactions';
import { isEmojiTables, isSettings } from './boot';

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

describe('isEmojiTables', () => {
  it('accepts the tables the background sends, through JSON', () => {
    expect(isEmojiTables(JSON.parse(JSON.stringify(EMOJI_TABLES)))).toBe(true);
  });

  it('refuses what an older or broken background might send', () => {
    expect(isEmojiTables(undefined)).toBe(false);
    expect(isEmojiTables([])).toBe(false);
    expect(isEmojiTables({ ...EMOJI_TABLES, reactions: ['🙏'] })).toBe(false);
    expect(isEmojiTables({ ...EMOJI_TABLES, negative: {} })).toBe(false);
    expect(isEmojiTables({ reactions: {}, emojiKinds: {}, negative: [] })).toBe(false);
  });
});
