// Carepress preview: reloads this page once a newer version of it is ready. Only the preview adds it.
(() => {
  const me = document.currentScript;
  const path = me.dataset.path;
  const key = 'carepress-preview-scroll:' + path;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.scrollTo(0, Number(saved));
  }
  const url = '/_carepress/events?path=' + encodeURIComponent(path) + '&v=' + encodeURIComponent(me.dataset.version);
  const events = new EventSource(url);
  events.addEventListener('reload', () => {
    events.close();
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
  document.documentElement.dataset.carepressPreview = 'live';
})();
