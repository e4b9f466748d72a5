// The one module that reads the content collections. Pages import these views and never call
// getCollection themselves, so sorting, joining and grouping are decided here once.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { SITE_NAME, SITE_URL } from './config/site.ts';
import type { CitationInput } from './lib/citation.ts';
import { toCaseRecord, type CaseRecord } from './lib/data/case-record.ts';
import { lookupRegion, type Region } from './lib/regions.ts';
import { buildRegionTree, type RegionNode } from './lib/region-tree.ts';
import { createRelatedIndex, relatedTopics, type RelatableCase } from './lib/related.ts';
import type { OgCard } from './lib/og-image.ts';
import { caseOgCard, ogTextOf } from './lib/og-cards.ts';
import { findQuoteParagraph, splitParagraphs } from './lib/source-text.ts';
import { absoluteUrl, caseUrl, paragraphAnchor, regionUrl, searchBrowseUrl, sourceUrl, tagUrl } from './lib/urls.ts';
import { provinceTiles, type ProvinceTile } from './lib/province-tiles.ts';
import { neighbours, type Neighbours } from './lib/sequence.ts';
import { tally, type TallyRow } from './lib/tally.ts';
import type { Tag } from './lib/vocabulary.ts';

export interface SourceView {
  id: string;
  url: string;
  data: CollectionEntry<'sources'>['data'];
  paragraphs: string[];
}

export interface FigureView {
  label: string;
  value: string;
  unit?: string;
  quote: string;
  /** Link to the source paragraph the quote comes from. */
  sourceHref: string;
}

export interface CaseView {
  slug: string;
  url: string;
  entry: CollectionEntry<'cases'>;
  data: CollectionEntry<'cases'>['data'];
  region: Region;
  tags: Tag[];
  source: SourceView;
  figures: FigureView[];
}

export interface CourseView {
  slug: string;
  data: CollectionEntry<'courses'>['data'];
  cases: { view: CaseView; note: string; questions: string[] }[];
}

interface Library {
  cases: CaseView[];
  sources: SourceView[];
  tags: Tag[];
  courses: CourseView[];
}

let library: Promise<Library> | undefined;

/** Loaded once per build; every page shares the same joined views. */
function loadLibrary(): Promise<Library> {
  library ??= (async () => {
    const [caseEntries, sourceEntries, tagEntries, courseEntries] = await Promise.all([
      getCollection('cases'),
      getCollection('sources'),
      getCollection('tags'),
      getCollection('courses'),
    ]);
    const tags = tagEntries.map((entry) => entry.data);
    const tagByName = new Map(tags.map((tag) => [tag.name, tag]));
    const sources = sourceEntries
      .map((entry) => ({ id: entry.id, url: sourceUrl(entry.id), data: entry.data, paragraphs: splitParagraphs(entry.body ?? '') }))
      .sort((a, b) => a.data.originalFile.localeCompare(b.data.originalFile));
    const sourceById = new Map(sources.map((source) => [source.id, source]));
    const cases = caseEntries
      .map((entry): CaseView => {
        const source = sourceById.get(entry.data.source);
        const region = lookupRegion(entry.data.region.code);
        // `npm run check` runs before every build and reports these with file and line;
        // reaching them means the check was bypassed, so fail loudly rather than drop the entry.
        if (!source) throw new Error(`content/cases/${entry.id}.mdx: source "${entry.data.source}" does not exist`);
        if (!region) throw new Error(`content/cases/${entry.id}.mdx: unknown region ${entry.data.region.code}`);
        if (!entry.rendered) throw new Error(`content/cases/${entry.id}.mdx: body was not rendered`);
        return {
          slug: entry.id,
          url: caseUrl(entry.id),
          entry,
          data: entry.data,
          region,
          tags: entry.data.tags.map((name) => tagByName.get(name)!),
          source,
          figures: entry.data.figures.map((figure) => {
            const paragraph = findQuoteParagraph(source.paragraphs, figure.quote);
            return { ...figure, sourceHref: source.url + (paragraph >= 0 ? `#${paragraphAnchor(paragraph)}` : '') };
          }),
        };
      })
      .sort((a, b) => a.data.number - b.data.number);
    const caseBySlug = new Map(cases.map((view) => [view.slug, view]));
    const courses = courseEntries
      .map((entry) => ({
        slug: entry.id,
        data: entry.data,
        cases: entry.data.cases.map((item) => ({ view: caseBySlug.get(item.slug)!, note: item.note, questions: item.questions })),
      }))
      .sort((a, b) => a.slug.localeCompare(b.slug));
    return { cases, sources, tags, courses };
  })();
  return library;
}

/** All entries, by case number. */
export async function getCases(): Promise<CaseView[]> {
  return (await loadLibrary()).cases;
}

/** Every published case slug, old ones (`aliases`) with the slug they now lead to: the 404 page's suggestions. */
export async function getPublishedSlugs(): Promise<{ slug: string; title: string; current?: string }[]> {
  return (await getCases()).flatMap((view) => [
    { slug: view.slug, title: view.data.title },
    ...(view.data.aliases ?? []).map((alias) => ({ slug: alias, title: view.data.title, current: view.slug })),
  ]);
}

/** Most recently added first (case numbers are assigned in order of addition). */
export async function getLatestCases(limit: number): Promise<CaseView[]> {
  return [...(await getCases())].sort((a, b) => b.data.number - a.data.number).slice(0, limit);
}

export async function getSources(): Promise<SourceView[]> {
  return (await loadLibrary()).sources;
}

export async function getCourses(): Promise<CourseView[]> {
  return (await loadLibrary()).courses;
}

export interface TagView extends Tag {
  cases: CaseView[];
  /** The topics most often given together with this one, with how many cases have both. */
  relatedTopics: (Tag & { count: number })[];
}

let relatedIndex: Promise<(target: RelatableCase, limit?: number) => (RelatableCase & { view: CaseView })[]> | undefined;
let casesByArea: Promise<Map<string, CaseView[]>> | undefined;

/** Every tag of the vocabulary with its entries, including tags that have none yet. */
export async function getTagViews(): Promise<TagView[]> {
  const { tags, cases } = await loadLibrary();
  const byName = new Map(tags.map((tag) => [tag.name, tag]));
  const topicLists = cases.map((view) => view.data.tags);
  return tags.map((tag) => ({
    ...tag,
    cases: cases.filter((view) => view.data.tags.includes(tag.name)),
    relatedTopics: relatedTopics(topicLists, tag.name).flatMap(({ name, count }) => (byName.has(name) ? [{ ...byName.get(name)!, count }] : [])),
  }));
}

export async function getRegionTree(): Promise<RegionNode[]> {
  return buildRegionTree((await getCases()).map((view) => view.data.region.code));
}

/** Entries in an area (province, city or county) and everything below it, by case number. */
export async function getCasesInRegion(areaCode: string): Promise<CaseView[]> {
  // Grouped once per build: filtering the whole library for each of thousands of region pages
  // would be quadratic.
  casesByArea ??= getCases().then((cases) => {
    const byArea = new Map<string, CaseView[]>();
    for (const view of cases) {
      for (const part of view.region.path) {
        const members = byArea.get(part.code);
        if (members) members.push(view);
        else byArea.set(part.code, [view]);
      }
    }
    return byArea;
  });
  return (await casesByArea).get(areaCode) ?? [];
}

export async function getCasesFromSource(sourceId: string): Promise<CaseView[]> {
  return (await getCases()).filter((view) => view.source.id === sourceId);
}

export async function getRelatedCases(target: CaseView, limit = 4): Promise<CaseView[]> {
  const toRelatable = (view: CaseView) => ({
    view,
    slug: view.slug,
    tags: view.data.tags,
    regionCode: view.data.region.code,
    sourceId: view.source.id,
    related: view.data.related,
  });
  relatedIndex ??= getCases().then((cases) => createRelatedIndex(cases.map(toRelatable)));
  return (await relatedIndex)(toRelatable(target), limit).map((item) => item.view);
}

/** What the GB/T 7714 citation of a case is made from (src/lib/citation.ts). */
export function citationFor(view: CaseView): CitationInput {
  return {
    title: view.data.title,
    authors: view.data.organization.authors,
    unit: view.data.organization.unit,
    date: view.data.date.value,
    dateInferred: view.data.date.inferred,
    publisher: SITE_NAME,
    url: absoluteUrl(SITE_URL, view.url),
  };
}

/** The link-preview image of a case (src/lib/og-cards.ts), served at /cases/<slug>/og.png. */
export function ogCardFor(view: CaseView): OgCard {
  return caseOgCard(view.data);
}

let ogText: Promise<string> | undefined;

/** Every character any preview image of this build may draw, once each: the font subset is cut from it. */
export function getOgText(): Promise<string> {
  ogText ??= getCases().then((cases) => ogTextOf(cases.map(ogCardFor)));
  return ogText;
}

/** The public record of every case, by number: /api/cases.json, /cases.csv, the reading list. */
export async function getCaseRecords(): Promise<CaseRecord[]> {
  return (await getCases()).map((view) => toCaseRecord(view, SITE_URL, SITE_NAME));
}

/** The section headings of a case body (its practices), as the case card lists them. */
export async function getCaseHeadings(view: CaseView): Promise<MarkdownHeading[]> {
  return (await render(view.entry)).headings;
}

/** Every province as a map tile with its number of entries (home page). */
export async function getProvinceTiles(): Promise<ProvinceTile[]> {
  const counts = new Map((await getRegionTree()).map((node) => [node.code, node.count]));
  return provinceTiles(counts);
}

/** A row of “数说”, with the page that lists its entries. */
export interface StatsRow extends TallyRow {
  href: string;
}

export interface LibraryStats {
  byProvince: StatsRow[];
  byTag: StatsRow[];
  byYear: StatsRow[];
}

/** The “数说” overview: how many entries per province, tag and year, each row a link to them. */
export async function getLibraryStats(): Promise<LibraryStats> {
  const cases = await getCases();
  const provinceCode = new Map(cases.map((view) => [view.region.province.name, view.region.province.code]));
  const tagId = new Map(cases.flatMap((view) => view.tags.map((tag) => [tag.name, tag.id] as const)));
  const linked = (rows: TallyRow[], href: (key: string) => string): StatsRow[] => rows.map((row) => ({ ...row, href: href(row.key) }));
  return {
    byProvince: linked(tally(cases.map((view) => view.region.province.name)), (name) => regionUrl(provinceCode.get(name)!)),
    byTag: linked(tally(cases.flatMap((view) => view.data.tags)), (name) => tagUrl(tagId.get(name)!)),
    // Years have no page of their own: the search page browses them (its year filter, no query).
    byYear: linked(tally(cases.map((view) => view.data.date.value.slice(0, 4)), 'key'), (year) => searchBrowseUrl({ year: [year] })),
  };
}

export interface ReadingSequence {
  kind: 'region' | 'tag' | 'all';
  /** What the group is, e.g. "山西省" or "书记队伍建设". */
  label: string;
  href: string;
  neighbours: Neighbours<CaseView>;
}

const sequenceGroups = new Map<string, CaseView[]>();

/**
 * Previous/next reading orders for a case: within its province and within its first tag, by
 * case number. Groups of one are left out; when both are, the whole library is the group.
 */
export async function getReadingSequences(target: CaseView): Promise<ReadingSequence[]> {
  const cases = await getCases();
  const province = target.region.province;
  const tag = target.tags[0];
  // Each group is filtered once per build, not once per page (quadratic at 20,000 entries).
  const group = (key: string, keep: (view: CaseView) => boolean): CaseView[] => {
    if (!sequenceGroups.has(key)) sequenceGroups.set(key, cases.filter(keep));
    return sequenceGroups.get(key)!;
  };
  const groups: (Omit<ReadingSequence, 'neighbours'> & { members: CaseView[] })[] = [
    { kind: 'region', label: province.name, href: regionUrl(province.code), members: group(`region:${province.code}`, (view) => view.region.province.code === province.code) },
    ...(tag ? [{ kind: 'tag' as const, label: tag.name, href: tagUrl(tag.id), members: group(`tag:${tag.name}`, (view) => view.data.tags.includes(tag.name)) }] : []),
  ];
  const sequences = groups.flatMap(({ members, ...group }) => {
    const found = neighbours(members, target);
    return found ? [{ ...group, neighbours: found }] : [];
  });
  if (sequences.length > 0) return sequences;
  const all = neighbours(cases, target);
  return all ? [{ kind: 'all', label: '全部案例', href: '/search/', neighbours: all }] : [];
}
