// The host's own page: shows whether this browser is paired (the cookie) and how many articles are stored.
(async () => {
  const status = document.getElementById('status');
  try {
    const response = await fetch('/api/health', { credentials: 'same-origin' });
    if (response.ok) {
      const health = await response.json();
      status.textContent = `Running, paired. ${health.articles} articles stored.`;
      status.className = 'ok';
      document.getElementById('pair').hidden = true;
    } else {
      status.textContent = 'Running. This browser is not paired yet.';
    }
  } catch {
    status.textContent = 'The host does not answer.';
    status.className = 'bad';
  }
})();
