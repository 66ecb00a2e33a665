/** The dashboard: every message that waits on the user, across sites. */
export function DashboardApp() {
  return (
    <main style={{ maxWidth: '960px', margin: '0 auto', padding: '24px' }}>
      <h1>Pending replies</h1>
      <p class="muted" data-tact="empty">Nothing waits on you.</p>
    </main>
  );
}
