import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, backupFileName, refuseBySize } from './backup-file';

describe('backup files', () => {
  it('names the export by the local date', () => {
    const t = Date.parse('2026-03-04T23:30:00Z');
    expect(backupFileName(t, 'UTC')).toBe('tact-backup-2026-03-04.json');
    expect(backupFileName(t, 'Asia/Tokyo')).toBe('tact-backup-2026-03-05.json');
  });

  it('refuses a file above the ceiling before reading it', () => {
    expect(refuseBySize(MAX_BACKUP_BYTES)).toBeNull();
    expect(refuseBySize(MAX_BACKUP_BYTES + 1)).toBe('This file is too large (50.0 MB); a Tact backup can be at most 50.0 MB.');
    expect(refuseBySize(3 * 1024 * 1024, 1024 * 1024)).toBe('This file is too large (3.0 MB); a Tact backup can be at most 1.0 MB.');
  });
});
