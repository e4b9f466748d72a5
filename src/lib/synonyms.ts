// Field vocabulary that readers type in different words. Each group lists terms that mean the
// same practice in this library's sources; a query containing one also searches the others.
// Keep groups small and evidenced: a wrong synonym pulls unrelated cases into results.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['红色物业', '红心物业', '物业党建'],
  ['在职党员进社区', '双报到', '到社区报到'],
  ['支部建在小区', '小区党支部', '小区党组织'],
  ['擂台赛', '比武', '打擂'],
  ['社区经济', '社区公司', '集体经济'],
  ['党群服务中心', '党群服务站', '党群服务驿站'],
  ['书记', '带头人', '头雁'],
];

/**
 * The query as typed plus one variant per synonym: Pagefind requires every term of a query,
 * so synonyms are searched as separate queries and their results merged, not appended.
 */
export function synonymVariants(query: string): string[] {
  const variants = [query];
  for (const group of SYNONYM_GROUPS) {
    const hit = group.find((term) => query.includes(term));
    if (!hit) continue;
    for (const term of group) if (term !== hit) variants.push(query.replace(hit, term));
  }
  return [...new Set(variants)];
}
