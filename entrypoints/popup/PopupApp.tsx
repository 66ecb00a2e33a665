import { browser } from 'wxt/browser';

/** The toolbar popup: what is due, and the way to the dashboard and settings. */
export function PopupApp() {
  const open = (path: string) => () => void browser.tabs.create({ url: browser.runtime.getURL(path as '/dashboard.html') });
  return (
    <main style={{ width: '320px', padding: '12px' }}>
      <h1>Tact</h1>
      <nav>
        <button type="button" data-tact="open-dashboard" onClick={open('/dashboard.html')}>Pending replies</button>{' '}
        <button type="button" data-tact="open-options" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </nav>
    </main>
  );
}
