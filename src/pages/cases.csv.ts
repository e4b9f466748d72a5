// /cases.csv: the same records as /api/cases.json, one row per case, for Excel/WPS.
import type { APIRoute } from 'astro';
import { getCaseRecords } from '../content.ts';
import { casesCsv } from '../lib/data/case-record.ts';

export const GET: APIRoute = async () =>
  new Response(casesCsv(await getCaseRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
