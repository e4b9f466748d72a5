// The reader's remembered settings (大字, 深色), kept in localStorage and applied before the first
// paint by a script inline in every page's <head>: a file there, however small, kept the page from
// rendering for a round trip (on a slow line 200–300 ms before the first paint of every page, and a
// revalidation on every later view). The menu that changes them is src/scripts/reader-prefs.ts.
export const READER_PREFS_KEYS = { theme: 'anliku-theme', size: 'anliku-text-size' } as const;

/** Sets data-theme and data-text-size on <html> from what the reader chose; ES5, for old in-app browsers. */
export const FIRST_PAINT_SCRIPT = `(function(){var r=document.documentElement;try{var t=localStorage.getItem(${JSON.stringify(READER_PREFS_KEYS.theme)});if(t==='dark'||t==='light')r.dataset.theme=t;if(localStorage.getItem(${JSON.stringify(READER_PREFS_KEYS.size)})==='large')r.dataset.textSize='large'}catch(e){}})();`;
