/** Settings: working hours, reply rules, sites, phrases and reactions. */
export function OptionsApp() {
  return (
    <main style={{ maxWidth: '720px', margin: '0 auto', padding: '24px' }}>
      <h1>Tact settings</h1>
    </main>
  );
}
