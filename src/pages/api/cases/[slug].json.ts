// /api/cases/<slug>.json: one case's record, the same as its item in /api/cases.json. The reading
// list (/list/) loads only the cases it names from these: the whole library's file is megabytes at
// tens of thousands of entries.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCaseRecords } from '../../../content.ts';
import type { CaseRecord } from '../../../lib/data/case-record.ts';

export const getStaticPaths = (async () => (await getCaseRecords()).map((record) => ({ params: { slug: record.slug }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { record: CaseRecord }).record), { headers: { 'content-type': 'application/json; charset=utf-8' } });
