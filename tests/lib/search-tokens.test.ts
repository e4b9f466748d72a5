import { describe, expect, it } from 'vitest';
import { decodeTerm, encodeTerm, hanBigrams, queryTerms, restoreIndexedText, toIndexHtml, toIndexText, trimExcerptEdges } from '../../src/lib/search-tokens.ts';

const readable = (indexed: string): string => indexed.replace(/\S+/g, (word) => decodeTerm(word) ?? word);

describe('hanBigrams', () => {
  it('cuts a run into overlapping pairs and keeps a lone character', () => {
    expect(hanBigrams('擂台赛')).toEqual(['擂台', '台赛']);
    expect(hanBigrams('村')).toEqual(['村']);
  });
});

describe('encodeTerm', () => {
  it('gives every bigram its own Latin word of one length, without vowels, y or s, and decodes it back', () => {
    const words = ['党建', '四同', '擂台', '臺賽', '村'].map(encodeTerm);
    expect(words.map(decodeTerm)).toEqual(['党建', '四同', '擂台', '臺賽', '村']);
    expect(new Set(words).size).toBe(5);
    for (const word of words.slice(0, 4)) expect(word).toMatch(/^0[bcdfghjklmnpqrtvwxz]{8}$/);
    expect(decodeTerm('html')).toBeUndefined();
    expect(decodeTerm('1381')).toBeUndefined();
  });
});

describe('toIndexText', () => {
  it('rewrites Han runs and leaves Latin, digits and punctuation', () => {
    expect(readable(toIndexText('选配书记1381名，“3+N”体系')).replace(/\s+/g, ' ').trim()).toBe('选配 配书 书记 1381 名 ，“3+N” 体系');
  });
});

describe('queryTerms', () => {
  it('cuts queries exactly as the index is cut, dropping punctuation', () => {
    expect(queryTerms('“四同”教育').map(decodeTerm)).toEqual(['四同', '教育']);
    expect(queryTerms('鄂尔多斯先锋').map(decodeTerm)).toEqual(['鄂尔', '尔多', '多斯', '斯先', '先锋']);
    expect(queryTerms('*')).toEqual([]);
  });
});

describe('restoreIndexedText', () => {
  it('turns indexed text back into the original with its highlights merged', () => {
    const indexed = toIndexText('选配小区党组织书记1381名，举办“擂台赛”。');
    const phrase = new Set(['小区', '区党', '党组', '组织', '织书', '书记'].map(encodeTerm));
    const marked = indexed.replace(/\S+/g, (word) => (phrase.has(word) ? `<mark>${word}</mark>` : word));
    expect(restoreIndexedText(marked)).toBe('选配<mark>小区党组织书记</mark>1381名，举办“擂台赛”。');
  });

  it('keeps spaces between Latin words only', () => {
    expect(restoreIndexedText(toIndexText('Pagefind 索引 zh CN'))).toBe('Pagefind索引zh CN');
  });

  it('keeps Han text from separate elements apart, as a title and the summary under it', () => {
    const indexed = toIndexHtml('<h1>锻造过硬小区党组织书记队伍</h1><p>山西省大同市深入推进</p><li>村</li><li>社区</li>');
    const pagefindText = indexed.replace(/<[^>]+>/g, ' ');
    expect(restoreIndexedText(pagefindText)).toBe('锻造过硬小区党组织书记队伍 山西省大同市深入推进 村 社区');
  });
});

describe('a range between numbers (2018—2019)', () => {
  it('is indexed as two words, as a query for either is cut, and shown as written', () => {
    const indexed = toIndexText('2018—2019年，在原有基础上');
    expect(indexed.split(/\s+/)).toEqual(expect.arrayContaining(['2018', '2019']));
    expect(queryTerms('2019年')[0]).toBe('2019');
    expect(restoreIndexedText(indexed)).toBe('2018—2019年，在原有基础上');
    expect(restoreIndexedText(toIndexText('1～3个、e-mail'))).toBe('1～3个、e-mail');
  });
});

describe('trimExcerptEdges', () => {
  it('drops the closing punctuation an excerpt starts with and the opening punctuation it ends with', () => {
    // Excerpts of the real entries, as Pagefind cut them.
    expect(trimExcerptEdges('”无物业<mark>小区党组织书记</mark>与社区共建')).toBe('无物业<mark>小区党组织书记</mark>与社区共建');
    expect(trimExcerptEdges('、闭环化、靶向化”“三化联动”工作法推动<mark>党建</mark>办')).toBe('闭环化、靶向化”“三化联动”工作法推动<mark>党建</mark>办');
    expect(trimExcerptEdges('。地区 内蒙古自治区兴安盟')).toBe('地区 内蒙古自治区兴安盟');
    expect(trimExcerptEdges('关键数据4200余 名 实行“')).toBe('关键数据4200余 名 实行');
    expect(trimExcerptEdges('担任“微网格员”，化身政策“')).toBe('担任“微网格员”，化身政策');
  });

  it('keeps punctuation inside the excerpt, a highlight at either edge and escaped characters', () => {
    expect(trimExcerptEdges('<mark>擂台赛</mark>“比”出干劲，')).toBe('<mark>擂台赛</mark>“比”出干劲，');
    expect(trimExcerptEdges('“四同”教育（辽源）')).toBe('“四同”教育（辽源）');
    expect(trimExcerptEdges('A &amp; B &lt;')).toBe('A &amp; B &lt;');
    expect(trimExcerptEdges('')).toBe('');
  });
});

describe('toIndexHtml', () => {
  it('rewrites text nodes only, never tags, attributes, scripts or styles', () => {
    const html = '<h2 id="导语" data-pagefind-meta="title:党建引领">导语</h2><script>const a = "党建"</script><style>p::before{content:"党建"}</style><p>党建引领</p>';
    expect(readable(toIndexHtml(html))).toBe('<h2 id="导语" data-pagefind-meta="title:党建引领"> 导语 </h2><script>const a = "党建"</script><style>p::before{content:"党建"}</style><p> 党建 建引 引领 </p>');
  });
});
