/** The default --timeout: far beyond any real plan, short enough that a stuck file does not hold a batch for hours. */
export const defaultTimeoutSeconds = 120;

/** The default --timeout with --ocr: Tesseract takes seconds a page (up to 2 minutes for one), so a scan of some 100 pages still fits. */
export const defaultOcrTimeoutSeconds = 1800;

/**
 * A single printed document of plain text (text, Markdown, HTML) up to this
 * size is parsed on the main thread: a worker would load the whole pipeline a
 * second time, and the text pipeline is linear, so such a file takes well
 * under a second. Word, PDF, images and larger files always go to a worker.
 */
export const inlineMaxBytes = 256 * 1024;
