import { z } from 'zod';

export const Span = z
  .object({
    offset: z.int().min(0).describe('UTF-16 offset into source.text (the normalized text).'),
    length: z.int().min(0),
    line: z.int().min(1).describe('1-based line where the item starts: of the input file for text; of the rendered text for HTML and markdown.'),
  })
  .meta({ id: 'Span', description: 'Where an item is: text.slice(offset, offset + length) is its text.' });

export const Level = z.enum(['central', 'province', 'district', 'commune']).nullable();
