// A file the search page downloads only when a query needs it, and only once: the promise is shared
// by every query that asks, and forgotten when the download fails, so that the next query tries again.

/** A loader of `url`'s JSON, read by `read`, downloaded on the loader's first call. */
export function jsonOnce<T>(url: string, read: (json: unknown) => T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}：${response.status}`);
      return read(await response.json());
    });
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}
