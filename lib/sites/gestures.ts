/**
 * What a person does with a site's UI, as events: click, hover, type into a search box, press Escape.
 * Sites' React and Closure handlers see the same events a person makes.
 */

/** Clicks the way a person does, for UIs that listen to pointer or mouse events rather than click. */
export function humanClick(el: Element): void {
  const rect = el.getBoundingClientRect();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
    button: 0,
  };
  el.dispatchEvent(new PointerEvent('pointerover', init));
  el.dispatchEvent(new MouseEvent('mouseover', init));
  el.dispatchEvent(new PointerEvent('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new PointerEvent('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.dispatchEvent(new MouseEvent('click', init));
}

/** Hover, for action bars that render only while a message is hovered (Slack, Discord, Teams). */
export function hover(el: Element): void {
  const rect = el.getBoundingClientRect();
  const init: MouseEventInit = { bubbles: true, composed: true, clientX: rect.left + 4, clientY: rect.top + 4 };
  el.dispatchEvent(new PointerEvent('pointerover', init));
  el.dispatchEvent(new PointerEvent('pointerenter', { ...init, bubbles: false }));
  el.dispatchEvent(new MouseEvent('mouseover', init));
  el.dispatchEvent(new MouseEvent('mouseenter', { ...init, bubbles: false }));
  el.dispatchEvent(new MouseEvent('mousemove', init));
}

/** Types into a search box: the native value setter, so React's value tracking sees the change, then `input`. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setValue) setValue.call(input, value);
  else input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

/** Escape on an open picker or menu, which closes it. */
export function pressEscape(el: Element): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true }));
}
