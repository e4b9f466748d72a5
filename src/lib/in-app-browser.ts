// WeChat's and QQ's in-app browsers, where most links from a class chat or a work group open. They
// ignore what a page asks of the system (a download, window.print()), so the page offers another way.

/** Whether a user agent is WeChat's or QQ's in-app browser (Android and iPhone). */
export function isInAppBrowser(userAgent: string): boolean {
  return /MicroMessenger|\bQQ\//.test(userAgent);
}
