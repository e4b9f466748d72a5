// Whether a link an entry's body makes to a page of this site leads to a page: the content check
// names a link to a case, topic, source or course that does not exist with its line and column,
// before the build, instead of leaving a reader on the 404 page. Paths of other kinds (the search
// page, the about page) are left to the built site's link test (tests/dist/links.test.ts).
import { lookupRegion } from '../regions.ts';
import { isCasesPageName } from '../urls.ts';
import { closest } from './suggest.ts';

export interface SitePages {
  /** Slugs of the cases, and their old slugs (aliases), which still answer. */
  caseSlugs: ReadonlySet<string>;
  caseNumbers: ReadonlySet<number>;
  tagIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  courseSlugs: ReadonlySet<string>;
  /** The regions that have a page: those of the cases, and every level above them. */
  regionCodes: ReadonlySet<string>;
}

const guess = (name: string, known: Iterable<string>): string => {
  const suggestion = closest(name, [...known]);
  return suggestion ? `，是否指“${suggestion}”？` : '';
};

/** What is wrong with a link to `url` (a path starting with /), or undefined when it leads to a page. */
export function siteLinkProblem(url: string, pages: SitePages): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURI(url.replace(/[?#].*$/s, ''));
  } catch {
    return `站内链接 ${url} 的网址编码不完整`;
  }
  const [family, name] = pathname.split('/').filter(Boolean);
  if (name === undefined) return undefined;
  switch (family) {
    case 'cases':
      if (isCasesPageName(name) || pages.caseSlugs.has(name)) return undefined;
      return `站内链接 ${url} 指向的案例“${name}”不存在${guess(name, pages.caseSlugs)}`;
    case 'c':
      return /^\d+$/.test(name) && pages.caseNumbers.has(Number(name)) ? undefined : `站内链接 ${url}：没有编号为 ${name} 的案例`;
    case 'tags':
      return pages.tagIds.has(name) ? undefined : `站内链接 ${url} 指向的主题“${name}”不存在（主题的 id 见 content/tags.yaml）${guess(name, pages.tagIds)}`;
    case 'sources':
      if (name === 'raw' || pages.sourceIds.has(name)) return undefined;
      return `站内链接 ${url} 指向的来源记录“${name}”不存在${guess(name, pages.sourceIds)}`;
    case 'courses':
      return pages.courseSlugs.has(name) ? undefined : `站内链接 ${url} 指向的课程“${name}”不存在${guess(name, pages.courseSlugs)}`;
    case 'regions':
      if (pages.regionCodes.has(name)) return undefined;
      return lookupRegion(name)
        ? `站内链接 ${url}：${lookupRegion(name)!.fullName}还没有案例，没有地区页（有地区页的是有案例的地区和它们的上级）`
        : `站内链接 ${url}：“${name}”不是地区代码（地区页的网址是 /regions/六位代码/）`;
    default:
      return undefined;
  }
}
