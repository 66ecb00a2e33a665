import { useEffect, useRef, useState } from 'preact/hooks';
import { uiLanguage } from '@/lib/i18n';

interface Props {
  label: string;
  disabled?: boolean;
  onPick: (emoji: string) => void;
  hook?: string;
}

/**
 * A button that opens emoji-mart. The picker and its data are bundled with the extension and loaded
 * only when first opened (a lazy chunk); nothing is fetched. emoji-mart would fetch translations for
 * any `locale` but 'en', so we hand it the bundled ones as `i18n` and never set `locale`.
 */
export function EmojiPickerButton({ label, disabled, onPick, hook }: Props) {
  const [open, setOpen] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    let picker: HTMLElement | null = null;
    const close = () => {
      setOpen(false);
      trigger.current?.focus();
    };
    void loadPicker(uiLanguage()).then(({ Picker, data, i18n }) => {
      if (cancelled || !host.current) return;
      picker = new Picker({
        data,
        ...(i18n ? { i18n } : {}),
        autoFocus: true,
        previewPosition: 'none',
        skinTonePosition: 'search',
        theme: 'auto',
        onEmojiSelect: (emoji: { native: string }) => {
          onPick(emoji.native);
          close();
        },
        onClickOutside: (event: Event) => {
          if (!trigger.current?.contains(event.target as Node)) close();
        },
      }) as unknown as HTMLElement;
      host.current.append(picker);
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelled = true;
      picker?.remove();
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <span class="picker-anchor">
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        disabled={disabled}
        data-tact={hook}
        onClick={() => setOpen(!open)}
      >
        + {label}
      </button>
      {open ? <div ref={host} class="picker-popover" role="dialog" aria-label={label} data-tact="emoji-picker" /> : null}
    </span>
  );
}

async function loadPicker(locale: string) {
  const [{ Picker }, data] = await Promise.all([import('emoji-mart'), import('@emoji-mart/data')]);
  const i18n = locale.startsWith('es')
    ? (await import('@emoji-mart/data/i18n/es.json')).default
    : locale.startsWith('zh')
      ? (await import('@emoji-mart/data/i18n/zh.json')).default
      : undefined;
  return { Picker, data: data.default, i18n };
}
