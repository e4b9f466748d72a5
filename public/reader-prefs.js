// Loaded synchronously in <head> so the remembered theme and text size apply before the first
// paint: toggling them never shifts or flashes the page. The controls live in the header's
// “Aa” menu (a <details>), which this script also closes on Escape or a tap elsewhere.
(function () {
  var root = document.documentElement;
  var store = { theme: 'anliku-theme', size: 'anliku-text-size' };
  function read(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function write(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  var theme = read(store.theme);
  if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
  if (read(store.size) === 'large') root.dataset.textSize = 'large';
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function isDark() {
    if (root.dataset.theme) return root.dataset.theme === 'dark';
    return !!(systemDark && systemDark.matches);
  }
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  function sync() {
    var dark = isDark();
    each('[data-action="toggle-theme"]', function (b) { b.setAttribute('aria-pressed', String(dark)); });
    each('[data-action="toggle-size"]', function (b) { b.setAttribute('aria-pressed', String(root.dataset.textSize === 'large')); });
    each('meta[name="theme-color"]', function (m) { m.setAttribute('content', dark ? '#1f1f1f' : '#b3261e'); });
  }
  function closeMenus(except) {
    each('details[data-prefs][open]', function (d) { if (d !== except) d.removeAttribute('open'); });
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    closeMenus(target.closest ? target.closest('details[data-prefs]') : null);
    var button = target.closest && target.closest('[data-action]');
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
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var open = document.querySelector('details[data-prefs][open]');
    if (!open) return;
    open.removeAttribute('open');
    var summary = open.querySelector('summary');
    if (summary) summary.focus();
  });
  if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', sync);
  document.addEventListener('DOMContentLoaded', sync);
})();
