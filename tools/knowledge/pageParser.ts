import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** A text section of the page under a heading ("VISION"): its paragraphs and list items. */
export interface PageSection {
  heading: string;
  paragraphs: string[];
  items: string[];
}

/** A quotation on the page, with the person the page names as its author, if any. */
export interface PageQuote {
  text: string;
  attribution?: string;
}

/** A button or link of the page: its label and target (`mailto:`, `https:`), if it has one. */
export interface PageLink {
  label: string;
  href?: string;
}

/** What the importer needs from the page, in document order. */
export interface PageModel {
  title: string;
  url: string;
  modified: string;
  /** When the page was first published (the JSON's `date`), when it says. */
  published?: string;
  /** The opening statement (before the first heading). */
  intro: string;
  /** The page's own one-sentence summary (its SEO description), when it has one: "ICORN is an independent, international membership organization ...". */
  summary?: string;
  sections: PageSection[];
  quotes: PageQuote[];
  links: PageLink[];
}

/** Thrown when the file is not the WordPress page JSON the importer expects. */
export class PageFormatError extends Error {
  override name = 'PageFormatError';
}

/**
 * Parses the WordPress REST JSON of the ICORN page: metadata from the JSON, the body with a real
 * HTML parser (cheerio). Elementor wraps each block in a widget; the parser walks the widgets in
 * order and reads headings, paragraphs, "•" bullets, list items, quotes and buttons.
 */
export function parsePage(json: string): PageModel {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new PageFormatError(`the page is not valid JSON: ${(error as Error).message}`);
  }
  const page = data as {
    title?: { rendered?: unknown };
    link?: unknown;
    modified?: unknown;
    date?: unknown;
    content?: { rendered?: unknown };
    yoast_head_json?: { description?: unknown };
  };
  const html = page.content?.rendered;
  if (typeof html !== 'string' || typeof page.link !== 'string' || typeof page.modified !== 'string') {
    throw new PageFormatError('the page JSON has no content.rendered, link or modified field');
  }
  const $ = cheerio.load(html);
  const model: PageModel = {
    title: clean(cheerio.load(String(page.title?.rendered ?? '')).text()),
    url: page.link,
    modified: page.modified,
    ...(typeof page.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(page.date) ? { published: page.date } : {}),
    intro: '',
    sections: [],
    quotes: [],
    links: [],
  };
  const summary = page.yoast_head_json?.description;
  if (typeof summary === 'string' && clean(summary)) model.summary = clean(summary);

  $('.elementor-widget').each((_, widget) => {
    const type = $(widget).attr('data-widget_type') ?? '';
    if (type.startsWith('button')) {
      const anchor = $(widget).find('a').first();
      const label = clean(textWithBreaks($, anchor.find('.elementor-button-text').get(0) ?? anchor.get(0)));
      const href = anchor.attr('href');
      if (label) model.links.push(href ? { label, href } : { label });
      return;
    }
    if (!type.startsWith('text-editor')) return;
    readTextWidget($, widget, model);
  });

  if (!model.intro) throw new PageFormatError('the page has no opening statement');
  return model;
}

function readTextWidget($: cheerio.CheerioAPI, widget: Element, model: PageModel): void {
  const container = $(widget).find('.elementor-widget-container').first();
  const quote = container.find('blockquote').first();
  if (quote.length > 0) {
    const text = stripQuotes(clean(quote.text()));
    const byline = clean(container.children('p').last().text());
    model.quotes.push(byline && byline !== text ? { text, attribution: byline } : { text });
    return;
  }
  const blocks = container.find('h1, h2, h3, h4, h5, h6, p, li').toArray();
  let section: PageSection | undefined;
  for (const block of blocks) {
    const text = clean($(block).text());
    if (!text) continue;
    if (isHeading($, block, text)) {
      if (!section && !model.intro && text.length > 80) {
        model.intro = text;
        continue;
      }
      section = { heading: text, paragraphs: [], items: [] };
      model.sections.push(section);
      continue;
    }
    if (!section) continue;
    if (block.tagName === 'li' && !text.endsWith(':')) section.items.push(text);
    else if (text.startsWith('•')) section.items.push(clean(text.slice(1)));
    else section.paragraphs.push(text);
  }
}

/** A heading is an h-tag, or a paragraph whose whole text is bold (Elementor's "KEY PROJECTS"). */
function isHeading($: cheerio.CheerioAPI, block: Element, text: string): boolean {
  if (/^h[1-6]$/.test(block.tagName)) return true;
  if (block.tagName !== 'p') return false;
  const bold = clean($(block).find('b, strong').text());
  return bold.length > 0 && bold === text && text === text.toUpperCase();
}

function textWithBreaks($: cheerio.CheerioAPI, node: AnyNode | undefined): string {
  if (!node) return '';
  const copy = $(node).clone();
  copy.find('br').replaceWith(' \n ');
  return copy.text();
}

function stripQuotes(text: string): string {
  return text.replace(/^["“”]\s*/, '').replace(/\s*["“”]$/, '');
}

/** Collapses white space (including non-breaking spaces) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
