import { defineGrammar } from '../src/grammar/define-grammar.js';

/** Cues that tell HTML and markdown from plain text, and the charset a page declares. */
export const formats = defineGrammar({
  name: 'formats',
  summary: 'Input format sniffing.',
  rules: {
    htmlStart: {
      summary: 'A document that starts as HTML.',
      pattern: String.raw`^\s{0,64}(?:<!doctype\shtml|<html[\s>]|<\?xml[^>]{0,200}>\s{0,8}<html)`,
      flags: 'i',
      examples: ['<!DOCTYPE html><html>', '  <html lang="vi">'],
      counterexamples: ['KẾ HOẠCH', '<p>'],
    },
    htmlTag: {
      summary: 'A common block or table tag.',
      pattern: String.raw`</?(?:p|div|table|tr|td|th|span|br|body|head|meta|h[1-6])[\s>/]`,
      flags: 'i',
      examples: ['<p>', '</td>', '<br/>'],
      counterexamples: ['a < b', '<3'],
    },
    markdownHeading: {
      summary: 'An ATX heading line.',
      pattern: String.raw`^[#]{1,6}\x20\S`,  // `#` in a class: outside one it starts a comment
      flags: 'm',
      examples: ['# KẾ HOẠCH', '## I. MỤC TIÊU'],
      counterexamples: ['#hashtag', 'Số 1'],
    },
    markdownTableRule: {
      summary: 'The delimiter row of a markdown table.',
      pattern: String.raw`^\|?\x20?:?-{3,}:?\x20?\|`,
      flags: 'm',
      examples: ['|---|---|', '| --- | :---: |', '---|---'],
      counterexamples: ['-------', '| a | b |'],
    },
    metaCharset: {
      summary: 'The charset declared in a meta tag.',
      pattern: String.raw`<meta[^>]{1,300}?charset\s?=\s?["']?(?<charset>[\w-]{1,40})`,
      flags: 'i',
      examples: ['<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'],
      counterexamples: ['<meta name="author">'],
    },
    htmlLineBreak: {
      summary: 'An HTML line break written inside markdown.',
      pattern: String.raw`^<br\s?/?>$`,
      flags: 'i',
      examples: ['<br>', '<br/>', '<BR />'],
      counterexamples: ['<b>', '<p>'],
    },
    fileExtension: {
      summary: 'The extension of a file name.',
      pattern: String.raw`\.(?<ext>[A-Za-z0-9]{1,10})$`,
      examples: ['plan.txt', 'a/b/c.HTML'],
      counterexamples: ['README', 'dir.d/file'],
    },
  },
});
