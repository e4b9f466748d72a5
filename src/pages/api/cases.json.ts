// /api/cases.json: every entry's metadata, shape documented in src/lib/data/case-record.ts and README.
import type { APIRoute } from 'astro';
import { getCaseRecords } from '../../content.ts';
import { SITE_URL } from '../../config/site.ts';
import { CASES_JSON_VERSION, type CasesDocument } from '../../lib/data/case-record.ts';

export const GET: APIRoute = async () => {
  const cases = await getCaseRecords();
  const document: CasesDocument = { version: CASES_JSON_VERSION, site: new URL(SITE_URL).origin, count: cases.length, cases };
  return new Response(JSON.stringify(document, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
