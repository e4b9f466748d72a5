// SITE_URL names the host every permanent link, citation, QR code, feed and sitemap points to.
// Pages link to each other from the root of that host (/cases/…), so a site address with a folder
// (https://dangxiao.example.cn/anliku/) would print QR codes and citations without the folder, and
// the pages' own links would miss it too: refused, with the reason, rather than built broken.

/** Why `value` cannot be the site's address, in Chinese, or undefined when it can. */
export function siteUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL“${value}”不是完整的网址：请写成 https://你的域名 的形式`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL“${value}”要以 https:// 或 http:// 开头`;
  if (url.pathname !== '/') return `SITE_URL“${value}”带有目录“${url.pathname}”：本站的页面互相链接时从域名根目录写起（/cases/…），放在子目录里链接、二维码和引文都会缺这一段。请部署在域名的根目录，例如子域名 https://anli.${url.hostname}`;
  if (url.search || url.hash || url.username || url.password) return `SITE_URL“${value}”只能是 https://域名（可带端口），不能带参数、#锚点或用户名`;
  return undefined;
}

/** The site's address from the environment's SITE_URL (or `fallback`), as its origin: throws if it cannot be one. */
export function siteUrlFrom(value: string | undefined, fallback: string): string {
  const chosen = value?.trim() || fallback;
  const problem = siteUrlProblem(chosen);
  if (problem) throw new Error(problem);
  return new URL(chosen).origin;
}
