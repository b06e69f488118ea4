import type { Reporter } from './core/diagnostic.js';
import { inputFormats } from './decode/types.js';
import { defaultMaxBytes, defaultMaxPages, type ParseOptions } from './options.js';

const formats: ReadonlySet<unknown> = new Set(inputFormats);
const known: ReadonlySet<string> = new Set<keyof ParseOptions>(['path', 'format', 'includeText', 'ocr', 'maxBytes', 'maxPages']);
const limits = { maxBytes: defaultMaxBytes, maxPages: defaultMaxPages } as const;

/**
 * The options a JavaScript caller gave, each one that cannot be used replaced
 * by its default with an `options/invalid` warning: a typo in an option must
 * not pass unseen, and must not stop the parse either.
 */
export function checkOptions(options: unknown, reporter: Reporter): ParseOptions {
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    reporter.report('options/invalid', `parse() options must be an object; it was given ${typeof options}. The defaults were used.`);
    return {};
  }
  const opts: ParseOptions = { ...(options as ParseOptions) };
  for (const key of Object.keys(opts)) {
    if (!known.has(key)) reporter.report('options/invalid', `Option ${key} is not an option of parse() (${[...known].join(', ')}); it was ignored.`);
  }
  for (const key of ['maxBytes', 'maxPages'] as const) {
    const value: unknown = opts[key];
    if (value === undefined || value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0)) continue;
    reporter.report('options/invalid', `Option ${key} must be a whole number of 0 or more; it was ${JSON.stringify(value) ?? String(value)}. The default ${limits[key]} was used.`);
    delete opts[key];
  }
  if (opts.format !== undefined && opts.format !== null && !formats.has(opts.format)) {
    reporter.report('options/invalid', `Option format must be one of ${[...formats].join(', ')}; it was ${JSON.stringify(opts.format) ?? String(opts.format)}. The format was recognised from the file name and the content.`);
    delete opts.format;
  }
  for (const key of ['ocr', 'includeText'] as const) {
    const value: unknown = opts[key];
    if (value === undefined || value === null || typeof value === 'boolean') continue;
    reporter.report('options/invalid', `Option ${key} must be true or false; it was ${JSON.stringify(value) ?? String(value)}. It was read as false.`);
    delete opts[key];
  }
  if (opts.path !== undefined && opts.path !== null && typeof opts.path !== 'string') {
    reporter.report('options/invalid', `Option path must be a string; it was ${typeof opts.path}. It was ignored.`);
    delete opts.path;
  }
  return opts;
}
