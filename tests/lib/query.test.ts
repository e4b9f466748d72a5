import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ONE_CHARACTER_NOTE, neighbourPairs, wordsApart, wordsWhereIndexCuts, looksTraditional, nestQuotes, paraphraseTerms, paraphraseWords, prepareQuery, stripQuotes, type PagefindQuery } from '../../src/lib/query.ts';
import { synonymVariants } from '../../src/lib/synonyms.ts';
import { decodeTerm } from '../../src/lib/search-tokens.ts';
import { fetchFromPublicFolder } from './support/public-folder-fetch.ts';

// A Traditional query downloads the shards of the conversion table it needs from the site.
beforeAll(() => {
  vi.stubGlobal('fetch', fetchFromPublicFolder);
});

// Terms are encoded for Pagefind (src/lib/search-tokens.ts); the tests read them decoded.
const readableTerm = (term: string): string => term.replace(/\S+/g, (word) => decodeTerm(word) ?? word);
const readable = ({ term, phrase }: PagefindQuery): Pick<PagefindQuery, 'term' | 'phrase'> => ({ term: readableTerm(term), ...(phrase && { phrase: phrase.map(readableTerm) }) });

describe('stripQuotes', () => {
  it('recognises Chinese and ASCII quotes around a phrase', () => {
    expect(stripQuotes('“小区党组织书记”')).toEqual({ text: '小区党组织书记', quoted: true });
    expect(stripQuotes('"四同"')).toEqual({ text: '四同', quoted: true });
    expect(stripQuotes('四同 教育')).toEqual({ text: '四同 教育', quoted: false });
  });
});

describe('nestQuotes', () => {
  it('turns the double quotation marks of a query into single ones, to set it inside ours', () => {
    expect(nestQuotes('实行“四同”教育')).toBe('实行‘四同’教育');
    expect(nestQuotes('实行"四同"教育')).toBe('实行‘四同’教育');
    expect(nestQuotes('“党建”“引领”')).toBe('‘党建’‘引领’');
    expect(nestQuotes('5" 屏幕')).toBe('5" 屏幕');
    expect(nestQuotes('擂台赛')).toBe('擂台赛');
  });
});

describe('looksTraditional', () => {
  it('detects Traditional-only characters and leaves Simplified alone', () => {
    expect(looksTraditional('黨建')).toBe(true);
    expect(looksTraditional('党建')).toBe(false);
  });
});

describe('prepareQuery', () => {
  it('converts a Traditional query to Simplified and says so', async () => {
    const prepared = await prepareQuery('黨建引領');
    expect(prepared.text).toBe('党建引领');
    expect(readableTerm(prepared.searches[0]!.term)).toBe('党建 建引 引领');
    expect(prepared.note).toContain('党建引领');
  });

  it('searches a Traditional query as typed, and says so, when the conversion table cannot be downloaded', async () => {
    vi.resetModules(); // a page that has not downloaded any shard yet
    const fresh = await import('../../src/lib/query.ts');
    vi.stubGlobal('fetch', async () => new Response(null, { status: 503 }));
    try {
      const prepared = await fresh.prepareQuery('黨建');
      expect(prepared.text).toBe('黨建');
      expect(prepared.note).toContain('没有载入');
    } finally {
      vi.stubGlobal('fetch', fetchFromPublicFolder);
    }
  });

  describe('typed in pinyin', () => {
    // A page that has not downloaded the vocabulary yet, and a site that serves it (or fails to).
    const freshQueryModule = async (serve: (url: string) => Response) => {
      vi.resetModules();
      const requested: string[] = [];
      vi.stubGlobal('fetch', async (url: string) => (requested.push(url), serve(url)));
      return { prepareQuery: (await import('../../src/lib/query.ts')).prepareQuery, requested };
    };
    const vocabulary = { datong: '大同', xiaoqu: '小区', neimenggu: '内蒙古', ganbu: '干部', peixun: '培训', ganbupeixun: '干部培训' };
    const serving = (url: string) => (url === '/api/pinyin.json' ? Response.json(vocabulary) : new Response(null, { status: 404 }));

    it('searches the characters the pinyin stands for, and says so', async () => {
      const { prepareQuery: prepare, requested } = await freshQueryModule(serving);
      try {
        const prepared = await prepare('datong xiaoqu');
        expect(prepared.text).toBe('大同小区');
        expect(prepared.note).toBe('已按拼音查找“大同小区”');
        expect(prepared.searches.map((search) => search.text)).toEqual(['大同小区', '大同 小区']);
        expect(readable(prepared.searches[0]!).phrase).toEqual(['大同', '同小', '小区']);
        expect((await prepare('neimenggu ganbupeixun')).searches.map((search) => search.text)).toEqual(['内蒙古干部培训', '内蒙古 干部培训']);
        expect((await prepare('datong')).searches.map((search) => search.text), 'one word: nothing to set apart').toEqual(['大同']);
        expect(requested, 'downloaded once').toEqual(['/api/pinyin.json']);
      } finally {
        vi.stubGlobal('fetch', fetchFromPublicFolder);
      }
    });

    it('searches letters it cannot read as typed, and downloads nothing for a Chinese query', async () => {
      const { prepareQuery: prepare, requested } = await freshQueryModule(serving);
      try {
        const prepared = await prepare('APP');
        expect(prepared.text).toBe('APP');
        expect(prepared.note).toBeUndefined();
        await prepare('党建');
        await prepare('12345');
        expect(requested).toEqual(['/api/pinyin.json']);
      } finally {
        vi.stubGlobal('fetch', fetchFromPublicFolder);
      }
    });

    it('searches as typed, and says so, when the vocabulary cannot be downloaded, and tries again next time', async () => {
      let up = false;
      const { prepareQuery: prepare } = await freshQueryModule((url) => (up ? serving(url) : new Response(null, { status: 503 })));
      try {
        const prepared = await prepare('datong');
        expect(prepared.text).toBe('datong');
        expect(prepared.note).toContain('拼音对照表没有载入');
        up = true;
        expect((await prepare('datong')).text).toBe('大同');
      } finally {
        vi.stubGlobal('fetch', fetchFromPublicFolder);
      }
    });
  });

  it('tells the reader that a one-character query finds only part of the pages', async () => {
    expect((await prepareQuery('联')).note).toBe(ONE_CHARACTER_NOTE);
    expect((await prepareQuery(' 镇 ')).note).toBe(ONE_CHARACTER_NOTE);
    expect((await prepareQuery('黨')).note).toBe(`已按简体“党”查找；${ONE_CHARACTER_NOTE}`);
    for (const query of ['党建', '12', 'a', '联 村']) expect((await prepareQuery(query)).note, query).toBeUndefined();
  });

  it('searches an unbroken Chinese run as a phrase of consecutive bigrams', async () => {
    const prepared = await prepareQuery('小区党组织书记');
    expect(readable(prepared.searches[0]!)).toEqual({
      term: '小区 区党 党组 组织 织书 书记',
      phrase: ['小区', '区党', '党组', '组织', '织书', '书记'],
    });
  });

  it('treats quoted input the same as the bare phrase', async () => {
    expect(await prepareQuery('"小区党组织书记"')).toEqual(await prepareQuery('小区党组织书记'));
  });

  it('looks a two-character term up exactly, and a lone character or a Latin word as a prefix', async () => {
    expect((await prepareQuery('四同')).searches.map(readable)).toEqual([{ term: '四同', phrase: ['四同'] }]);
    expect((await prepareQuery('党')).searches.map(readable)).toEqual([{ term: '党' }]);
    expect((await prepareQuery('12345')).searches.map(readable)).toEqual([{ term: '12345' }]);
  });

  it('keeps space-separated words as separate terms', async () => {
    expect((await prepareQuery('社区  经济')).searches.map(readable)).toEqual([{ term: '社区 经济' }]);
  });

  it('adds synonym variants after the query itself', async () => {
    const prepared = await prepareQuery('红心物业');
    expect(prepared.searches.map((s) => readableTerm(s.term))).toEqual(['红心 心物 物业', '红色 色物 物业', '物业 业党 党建']);
    // Each variant keeps its words: a page found by 红色物业 is marked where it says 红色物业.
    expect(prepared.searches.map((s) => s.text)).toEqual(['红心物业', '红色物业', '物业党建']);
  });

  it('folds full-width Latin and digits to ASCII', async () => {
    expect((await prepareQuery('１２３４５')).searches[0]!.term).toBe('12345');
  });

  it('is empty for blank or punctuation-only input', async () => {
    expect((await prepareQuery('   ')).searches).toEqual([]);
    expect((await prepareQuery('*')).searches).toEqual([]);
  });
});

describe('paraphraseTerms', () => {
  const readableTerms = (text: string) => paraphraseTerms(text).map(readableTerm);

  it('leaves out the question words around what the reader looks for', () => {
    expect(readableTerms('社区怎么挣钱')).toEqual(['社区', '挣钱']);
    expect(readableTerms('人才编制不够怎么办')).toEqual(['人才', '才编', '编制', '制不', '不够']);
    expect(readableTerms('如何选小区书记')).toEqual(['选小', '小区', '区书', '书记']);
  });

  it('keeps a query that is nothing but a question word, and gives each term once', () => {
    expect(readableTerms('怎么办')).toEqual(['怎么', '么办']);
    expect(readableTerms('党建党建')).toEqual(['党建', '建党']);
  });

  it('gives the words to mark on a page found by them', () => {
    expect(paraphraseWords('社区怎么挣钱')).toEqual(['社区', '挣钱']);
    expect(paraphraseWords('怎样管理流动党员')).toEqual(['管理', '流动', '党员']);
  });

  it('gives the parts between question words and spaces without Intl.Segmenter', () => {
    const segmenter = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
    try {
      delete (Intl as { Segmenter?: unknown }).Segmenter; // as in a browser that lacks it
      expect(paraphraseWords('社区怎么挣钱')).toEqual(['社区', '挣钱']);
      expect(paraphraseWords('怎样管理流动党员')).toEqual(['管理流动党员']);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', segmenter);
    }
  });

  it('adds the query without its question words as a variant, which a page may have whole', async () => {
    expect((await prepareQuery('怎样发展社区经济')).searches.map((search) => search.text)).toEqual(['怎样发展社区经济', '发展社区经济', '发展社区公司', '发展集体经济']);
    expect((await prepareQuery('怎么选书记')).searches.map((search) => search.text)).toEqual(['怎么选书记', '选书记', '选带头人', '选头雁']);
    expect((await prepareQuery('党建引领')).searches.map((search) => search.text)).toEqual(['党建引领']);
  });

  it('is part of every prepared query', async () => {
    expect((await prepareQuery('怎样管理流动党员')).paraphrase.map(readableTerm)).toEqual(['管理', '理流', '流动', '动党', '党员']);
  });
});

describe('synonymVariants', () => {
  it('adds one variant per synonym, keeping the query first', () => {
    expect(synonymVariants('红心物业 做法')).toEqual(['红心物业 做法', '红色物业 做法', '物业党建 做法']);
  });

  it('returns only the query when no group matches', () => {
    expect(synonymVariants('四同')).toEqual(['四同']);
  });
});

describe('wordsApart', () => {
  const apart = (text: string) => {
    const found = wordsApart(text);
    return found && readableTerm(found.term);
  };

  it('gives the terms of a phrase\'s words without the terms that join them, and the words', () => {
    expect(apart('干部培训')).toBe('干部 培训');
    // 党 stands alone between 小区 and 组织 here: a lone character is left out.
    expect(apart('小区党组织书记')).toBe('小区 组织 书记');
    expect(wordsApart('小区党组织书记')?.words).toEqual(['小区', '组织', '书记']);
  });

  it('keeps words of two characters or more, when they make up half the phrase or more', () => {
    // The segmenter cuts 在 职 党员 进 社区: 4 of 7 characters are in words of two.
    expect(apart('在职党员进社区')).toBe('党员 社区');
    expect(apart('学而时习之')).toBeUndefined();
  });

  it('says whether the words are the whole phrase or leave characters out', () => {
    expect(wordsApart('大同小区')?.whole).toBe(true);
    expect(wordsApart('广安社区经济')?.whole).toBe(true);
    // 大学生 回 乡 就业: 回乡 is lost, and with it what the query is about.
    expect(wordsApart('大学生回乡就业')?.whole).toBe(false);
    expect(wordsApart('小区党组织书记')?.whole).toBe(false);
  });

  it('gives nothing for a single word: the phrase search has found its pages already', () => {
    expect(apart('吉林')).toBeUndefined();
    // 内 蒙古: 蒙古 alone would find pages about other things.
    expect(apart('内蒙古')).toBeUndefined();
    expect(apart('党的建设')).toBeUndefined();
  });

  it('gives nothing without Intl.Segmenter, so the phrase is searched whole only', () => {
    const segmenter = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
    try {
      delete (Intl as { Segmenter?: unknown }).Segmenter; // as in a browser that lacks it
      expect(apart('干部培训')).toBeUndefined();
    } finally {
      Object.defineProperty(Intl, 'Segmenter', segmenter);
    }
  });
});

describe('prepareQuery and words apart', () => {
  it('adds the words of a phrase to its search', async () => {
    const { searches } = await prepareQuery('干部培训');
    expect(readableTerm(searches[0]!.apart!.term)).toBe('干部 培训');
    expect(searches[0]!.apart!.words).toEqual(['干部', '培训']);
  });
});

describe('wordsWhereIndexCuts', () => {
  it('lists the neighbouring characters of a run of three Han characters or more, and of nothing else', () => {
    expect(neighbourPairs('鸠江擂台赛')).toEqual(['鸠江', '江擂', '擂台', '台赛']);
    expect(neighbourPairs('党建')).toEqual([]);
    expect(neighbourPairs('鸠江 擂台赛')).toEqual([]);
    expect(neighbourPairs('2019年度')).toEqual([]);
  });

  it('cuts a run into words where two neighbouring characters are on no page', () => {
    const cut = wordsWhereIndexCuts('鸠江擂台赛', new Set(['江擂']))!;
    expect(cut.words).toEqual(['鸠江', '擂台赛']);
    expect(readableTerm(cut.term)).toBe('鸠江 擂台 台赛');
    expect(cut.whole).toBe(true);
    expect(wordsWhereIndexCuts('辽源四同教育', new Set(['源四']))?.words).toEqual(['辽源', '四同教育']);
  });

  it('gives nothing where every pair is on some page, where a cut leaves a lone character, or for a question', () => {
    expect(wordsWhereIndexCuts('鸠江擂台赛', new Set())).toBeUndefined();
    expect(wordsWhereIndexCuts('大学生回乡就业', new Set(['生回', '回乡']))).toBeUndefined();
    expect(wordsWhereIndexCuts('怎么选书记', new Set(['么选']))).toBeUndefined();
    // The same word twice is one word: the phrase search has its pages.
    expect(wordsWhereIndexCuts('党建党建', new Set(['建党']))).toBeUndefined();
  });
});
