// Loaded synchronously in <head> so the remembered theme and text size apply before the first
// paint: toggling them never shifts or flashes the page.
(function () {
  var root = document.documentElement;
  var store = { theme: 'anliku-theme', size: 'anliku-text-size' };
  function read(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function write(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  var theme = read(store.theme);
  if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
  if (read(store.size) === 'large') root.dataset.textSize = 'large';

  function isDark() {
    if (root.dataset.theme) return root.dataset.theme === 'dark';
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function sync() {
    var themeButton = document.querySelector('[data-action="toggle-theme"]');
    var sizeButton = document.querySelector('[data-action="toggle-size"]');
    if (themeButton) themeButton.setAttribute('aria-pressed', String(isDark()));
    if (sizeButton) sizeButton.setAttribute('aria-pressed', String(root.dataset.textSize === 'large'));
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-action]');
    if (!button) return;
    if (button.dataset.action === 'toggle-theme') {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      write(store.theme, root.dataset.theme);
    } else if (button.dataset.action === 'toggle-size') {
      if (root.dataset.textSize === 'large') delete root.dataset.textSize; else root.dataset.textSize = 'large';
      write(store.size, root.dataset.textSize || 'normal');
    } else return;
    sync();
  });
  document.addEventListener('DOMContentLoaded', sync);
})();
