// Astro's view of content/: the same schemas that `npm run check` uses (src/schemas/).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createCaseSchema } from './schemas/case.ts';
import { SourceSchema } from './schemas/source.ts';
import { TagSchema } from './schemas/tag.ts';
import { CourseSchema } from './schemas/course.ts';
import { readTags, readCaseSlugs } from './lib/vocabulary.ts';
import { entryLoader } from './lib/build/entry-loader.ts';

const cases = defineCollection({
  loader: entryLoader({ base: './content/cases', extension: '.mdx' }),
  schema: createCaseSchema({ tagNames: readTags().map((tag) => tag.name) }),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: SourceSchema,
});

const tags = defineCollection({
  loader: file('./content/tags.yaml'),
  schema: TagSchema,
});

const courses = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/courses' }),
  schema: CourseSchema({ caseSlugs: readCaseSlugs() }),
});

export const collections = { cases, sources, tags, courses };
