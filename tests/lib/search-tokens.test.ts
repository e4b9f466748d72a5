import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, decodeTerm, encodeTerm, excerptAsHtml, excerptCut, hanBigrams, matchedWord, queryTerms, restoreIndexedText, toIndexHtml, toIndexText, trimExcerptEdges } from '../../src/lib/search-tokens.ts';
import { seededRandom } from '../../src/lib/bench/synthetic.ts';

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
    expect(readable(toIndexText('选配书记1381名，“3+N”体系')).replace(/\s+/g, ' ').trim()).toBe('选配 配书 书记 记 1381 名 ，“3+N” 体系');
  });
});

describe('queryTerms', () => {
  it('cuts queries exactly as the index is cut, dropping punctuation', () => {
    expect(queryTerms('“四同”教育').map(decodeTerm)).toEqual(['四同', '同教', '教育']);
    expect(queryTerms('“四同”教育')).toEqual(queryTerms('四同教育'));
    expect(queryTerms('党建，治理').map(decodeTerm)).toEqual(['党建', '治理']);
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

  it('keeps blocks apart where a heading, a key figure or its label meets a number, and inline markup together', () => {
    const restored = (html: string) => restoreIndexedText(toIndexHtml(html).replace(/<[^>]+>/g, ' '));
    expect(restored('<h2>成效</h2><p>2022年以来，累计培训。</p><h2>关键数据</h2><ul><li><div>105个</div><div>2022年全县小区</div><a>“全县105个小区”</a></li></ul>')).toBe(
      '成效 2022年以来，累计培训。 关键数据 105个 2022年全县小区 “全县105个小区”',
    );
    expect(restored('<p>全县<strong>105</strong>个小区，<a href="#">2022年</a>，</p>')).toBe('全县105个小区，2022年，');
  });
});

/**
 * The words Pagefind indexes for indexed text, by position: each space-separated word without its
 * punctuation; a word of punctuation only still takes a position (observed: the — of 2018 — 2019
 * put 2019 two positions after 2018).
 */
const pagefindWords = (indexed: string): string[] => indexed.split(/\s+/).filter(Boolean).map((word) => word.replace(/[\p{P}\p{S}]/gu, ''));

/** Whether a query's terms stand at consecutive positions in the indexed text, as an exact phrase search needs. */
const hasPhrase = (text: string, query: string): boolean => {
  const words = pagefindWords(toIndexText(text));
  const terms = queryTerms(query);
  return words.some((_, start) => terms.every((term, k) => words[start + k] === term));
};

describe('phrases with numbers, ranges and Latin words', () => {
  it('are found where the page has them: a range, a number with a character of a longer word, a Latin compound', () => {
    expect(hasPhrase('2018—2019年，在原有基础上', '2018—2019')).toBe(true);
    expect(hasPhrase('2018—2019年，在原有基础上', '2019年')).toBe(true);
    expect(hasPhrase('2018至2019年度组织工作', '2019年')).toBe(true);
    expect(hasPhrase('2018至2019年度组织工作', '2019年度')).toBe(true);
    expect(hasPhrase('在第3次会议上', '第3次')).toBe(true);
    expect(hasPhrase('案例 第 3 号', '第3号')).toBe(true);
    expect(hasPhrase('覆盖1～3个小区', '1～3个')).toBe(true);
    expect(hasPhrase('通过e-mail报送', 'e-mail')).toBe(true);
  });

  it('index the character beside a number as a word that begins no bigram\'s word', () => {
    // Pagefind 1.6 falls back to the words a missing term starts with: 进人 (on no page) found the 进 of 引进45家.
    const words = toIndexText('引进45家社会组织').split(/\s+/).filter(Boolean);
    expect(words.map((word) => decodeTerm(word) ?? word)).toEqual(['引进', '进', '45', '家', '家社', '社会', '会组', '组织']);
    for (const missing of ['进人', '家人']) expect(words.filter((word) => encodeTerm(missing).startsWith(word))).toEqual([]);
    expect(words).toContain(encodeTerm('家社'));
  });

  it('are not found where the page does not have them', () => {
    expect(hasPhrase('2018至2019年度组织工作', '2019年底')).toBe(false);
    expect(hasPhrase('2018至2019年度组织工作', '2018年')).toBe(false);
    expect(hasPhrase('党建，治理', '党建治理')).toBe(false);
  });

  it('are found where the page writes them full-width, as a query has them after NFKC', () => {
    const hasPhraseOnPage = (html: string, query: string) => {
      const words = pagefindWords(toIndexHtml(html).replace(/<[^>]+>/g, ' '));
      const terms = queryTerms(query);
      return words.some((_, start) => terms.every((term, k) => words[start + k] === term));
    };
    expect(hasPhraseOnPage('<p>全县１０５个小区</p>', '105个')).toBe(true);
    expect(hasPhraseOnPage('<p>２０１９年度组织工作</p>', '2019年')).toBe(true);
    expect(hasPhraseOnPage('<p>按ＧＢ ７７１４著录</p>', 'GB 7714')).toBe(true);
  });

  it('index a character as beside a number or Latin word across spaces on its line, full-width ones too, and nothing else', () => {
    const words = (text: string) => toIndexText(text).split(/\s+/).filter(Boolean);
    const beside = (text: string) => words(text).filter((word) => word.startsWith('1') && decodeTerm(word)).map(decodeTerm);
    expect(beside('２０１９年度')).toEqual(['年']);
    expect(beside('第\u30003\u3000号')).toEqual(['第', '号']);
    expect(beside('Pagefind 索引')).toEqual(['索']);
    expect(beside('2019\n年度')).toEqual([]);
    expect(beside('社区 经济，“党建”引领')).toEqual([]);
  });

  it('are shown as written, a highlight on the number and the character beside it', () => {
    for (const text of ['2018—2019年，在原有基础上', '2018至2019年度组织工作', '在第3次会议上', '1～3个、e-mail', '党建—治理', '党建——治理', '选配书记1381名', '第1—2—3期'])
      expect(restoreIndexedText(toIndexText(text))).toBe(text);
    const marked = new Set(queryTerms('2019年'));
    const excerpt = toIndexText('2018至2019年度组织工作').replace(/\S+/g, (word) => (marked.has(word) ? `<mark>${word}</mark>` : word));
    expect(restoreIndexedText(excerpt)).toBe('2018至<mark>2019年</mark>度组织工作');
    const range = toIndexText('2018—2019年').replace(/\S+/g, (word) => (word.startsWith('2018') ? `<mark>${word}</mark>` : word));
    expect(restoreIndexedText(range)).toBe('<mark>2018</mark>—2019年');
    const both = toIndexText('2018—2019年').replace(/\S+/g, (word) => (/^20/.test(word) ? `<mark>${word}</mark>` : word));
    expect(restoreIndexedText(both)).toBe('<mark>2018—2019</mark>年');
  });
});

describe('phrases written with quotation marks', () => {
  it('are found as the reader types them, without the marks', () => {
    expect(hasPhrase('关企事业单位、“两新”组织等各领域', '两新组织')).toBe(true);
    expect(hasPhrase('现代生态农业暨“四同”教育项目教学', '四同教育')).toBe(true);
    expect(hasPhrase('现代生态农业暨“四同”教育项目教学', '四同')).toBe(true);
    expect(hasPhrase('学习《条例》精神', '学习条例')).toBe(true);
    expect(hasPhrase('“党建‘红色物业’”引领', '党建红色物业引领')).toBe(true);
    expect(hasPhrase('2019年“擂台赛”', '2019年擂台赛')).toBe(true);
  });

  it('keep the marks inside the bridging word, which Pagefind then splits into one extra word, not two', () => {
    // Pagefind 1.6 (get_indexable_words) also indexes the parts of a word with punctuation, cut
    // where a digit meets a letter, parts of one byte left out.
    const pagefindParts = (word: string) =>
      /[^\p{L}\p{N}]/u.test(word) ? word.replace(/(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/gu, ' ').split(' ').filter((part) => Buffer.byteLength(part) > 1) : [];
    const words = toIndexText('单位、“两新”组织等').split(/\s+/).filter(Boolean);
    const bridge = words.find((word) => word.includes('”'))!;
    expect(bridge).toBe(`${encodeTerm('新组').slice(0, 5)}”${encodeTerm('新组').slice(5)}`);
    expect(matchedWord(bridge)).toBe(encodeTerm('新组'));
    expect(pagefindParts(bridge)).toEqual([bridge.slice(1)]);
    // Two marks in a row (”“) stay together, where they stand.
    expect(toIndexText('“党建”“引领”').split(/\s+/).filter((word) => /[“”]/.test(word) && decodeTerm(matchedWord(word)))).toEqual([
      `${encodeTerm('建引').slice(0, 5)}”“${encodeTerm('建引').slice(5)}`,
    ]);
  });

  it('are not joined across clause punctuation or brackets', () => {
    expect(hasPhrase('党建，“治理”', '党建治理')).toBe(false);
    expect(hasPhrase('村（社区）党组织书记', '社区党组织书记')).toBe(false);
    expect(hasPhrase('“两新”，组织', '两新组织')).toBe(false);
  });

  it('match exactly where the text without its marks has the phrase inside one clause, and read back as written (random texts)', () => {
    // Five characters so that phrases recur; marks alone, in pairs, and clause punctuation between them.
    const random = seededRandom(20261204);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const pieces = ['党', '建', '小', '区', '同', '党', '建', '“', '”', '《', '》', '”“', '，', '、'];
    let phrasesChecked = 0;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 4 + Math.floor(random() * 16) }, () => pick(pieces)).join('');
      expect(restoreIndexedText(toIndexText(text))).toBe(text);
      const clauses = text.split(/[，、]/).map((clause) => clause.replace(/[“”《》]/g, ''));
      for (let k = 0; k < 5; k++) {
        const query = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(['党', '建', '小', '区', '同'])).join('');
        expect(hasPhrase(text, query), `${query} in ${text}`).toBe(clauses.some((clause) => clause.includes(query)));
        phrasesChecked += 1;
      }
    }
    expect(phrasesChecked).toBe(1500);
  });

  it('are shown with their marks, a highlight running across them', () => {
    for (const text of ['关企事业单位、“两新”组织等', '实行“四同”教育', '开展“三”字', '学习《条例》精神，“党建—治理”', '“四同”', '《“两新”组织》'])
      expect(restoreIndexedText(toIndexText(text))).toBe(text);
    const phrase = new Set(queryTerms('两新组织'));
    const excerpt = toIndexText('单位、“两新”组织等').replace(/\S+/g, (word) => (phrase.has(matchedWord(word)) ? `<mark>${word}</mark>` : word));
    expect(restoreIndexedText(excerpt)).toBe('单位、“<mark>两新”组织</mark>等');
    // An excerpt Pagefind starts at the word across the marks.
    const words = toIndexText('单位、“两新”组织等').split(/\s+/).filter(Boolean);
    expect(restoreIndexedText(words.slice(words.findIndex((word) => word.includes('”'))).join(' '))).toBe('新”组织等');
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

describe('excerptCut', () => {
  const content = toIndexText('大同市深入推进“支部建在小区”，选配小区党组织书记1381名。');
  const words = content.split(/\s+/).filter(Boolean);
  const excerpt = (from: number, to: number, marked = 2) =>
    words.slice(from, to).map((word, i) => (i === marked ? `<mark>${word}</mark>` : word)).join(' ');

  it('says whether the page goes on before and after an excerpt', () => {
    expect(excerptCut(excerpt(0, words.length), content)).toEqual({ before: false, after: false });
    expect(excerptCut(excerpt(0, 6), content)).toEqual({ before: false, after: true });
    expect(excerptCut(excerpt(4, words.length), content)).toEqual({ before: true, after: false });
    expect(excerptCut(excerpt(3, 9), content)).toEqual({ before: true, after: true });
  });

  it('reads < and > in an excerpt as Pagefind escapes them', () => {
    const page = toIndexText('不足 <5% 的 社区');
    const shown = page.split(/\s+/).slice(0, 2).join(' ').replace(/</g, '&lt;');
    expect(excerptCut(shown, page)).toEqual({ before: false, after: true });
  });

  it('sees no cut before an excerpt that begins where a paragraph does', () => {
    expect(excerptCut(excerpt(4, 9), content, [4])).toEqual({ before: false, after: true });
    expect(excerptCut(excerpt(5, 9), content, [4])).toEqual({ before: true, after: true });
  });
});

describe('toIndexHtml', () => {
  const words = (html: string) => pagefindWords(toIndexHtml(html).replace(/<[^>]+>/g, ' '));
  const phraseIn = (html: string, query: string) => {
    const indexed = words(html);
    const terms = queryTerms(query);
    return indexed.some((_, start) => terms.every((term, k) => indexed[start + k] === term));
  };

  it('sets a block break between blocks, which changes no indexed word and no phrase inside a block', () => {
    const html = '<h2>成效</h2><p>2022年以来，累计培训</p><div>105个</div><div>全县小区</div>';
    expect(toIndexHtml(html).split(/\s+/).filter((word) => word === BLOCK_BREAK)).toHaveLength(2);
    expect(words(html).filter(Boolean)).toEqual(pagefindWords(['成效', '2022年以来，累计培训', '105个', '全县小区'].map(toIndexText).join(' ')).filter(Boolean));
    expect(phraseIn(html, '2022年以来')).toBe(true);
    expect(phraseIn(html, '105个')).toBe(true);
    expect(phraseIn(html, '成效2022')).toBe(false);
  });

  it('does not count text Pagefind leaves out as a side of a block', () => {
    // Without the ignored elements: 组织部 | 2024年 (a break), then 2024年 | 党建引领 (Han both sides).
    // Counted, the ignored div's last text (2024) would put a break before 党建引领; its nested div
    // must not end it early.
    const html = '<dd>中共大同市委组织部</dd><dt data-pagefind-ignore>时间<span>（推断）</span></dt><dd>2024年</dd><div data-pagefind-ignore><div>年</div>2024</div><dd>党建引领</dd>';
    expect(toIndexHtml(html).split(/\s+/).filter((word) => word === BLOCK_BREAK)).toHaveLength(1);
  });

  it('rewrites text nodes only, never tags, attributes, scripts or styles', () => {
    const html = '<h2 id="导语" data-pagefind-meta="title:党建引领">导语</h2><script>const a = "党建"</script><style>p::before{content:"党建"}</style><p>党建引领</p>';
    expect(readable(toIndexHtml(html))).toBe('<h2 id="导语" data-pagefind-meta="title:党建引领"> 导语 </h2><script>const a = "党建"</script><style>p::before{content:"党建"}</style><p> 党建 建引 引领 </p>');
  });
});

describe('excerptAsHtml', () => {
  it('shows all of the page’s text as text and keeps only the <mark> tags', () => {
    // Pagefind's form: the page's < and > escaped, nothing else; <mark> around matched words.
    expect(excerptAsHtml('<mark>甲乙</mark> &lt;5% A&B "引" \'号\'')).toBe('<mark>甲乙</mark> &lt;5% A&amp;B &quot;引&quot; &#39;号&#39;');
    expect(excerptAsHtml('&lt;img src=x onerror=alert(1)&gt; <img src=x>')).toBe('&lt;img src=x onerror=alert(1)&gt; &lt;img src=x&gt;');
    expect(excerptAsHtml('&lt;mark&gt;')).toBe('<mark>'); // as Pagefind cannot tell these apart either
  });
});
