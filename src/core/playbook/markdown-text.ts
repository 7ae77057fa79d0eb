/**
 * Markdown read as plain text: for the table of contents, search and snippets. Uses marked's own
 * lexer so headings and text are found the way the renderer finds them.
 */
import { Lexer, Parser, type Token, type Tokens } from 'marked';
import { standardRefPattern, uniqueAnchor } from '../../shared/domain/playbook';

export interface TocEntry {
  level: number;
  text: string;
  anchor: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

function inlineText(parser: Parser, token: Tokens.Heading): string {
  return parser.parseInline(token.tokens, parser.textRenderer);
}

/** Visits tokens in document order, descending into blockquotes and lists like the renderer does. */
function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
    else if (token.type !== 'heading' && 'tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, visit);
  }
}

/** Headings of one chapter with the anchors the renderer gives them (`id` on the heading element). */
export function tableOfContents(markdown: string): TocEntry[] {
  const parser = new Parser();
  const seen = new Map<string, number>();
  const entries: TocEntry[] = [];
  walk(Lexer.lex(markdown), (token) => {
    if (token.type !== 'heading') return;
    const heading = token as Tokens.Heading;
    const raw = inlineText(parser, heading);
    entries.push({ level: heading.depth, text: decodeEntities(raw).trim(), anchor: uniqueAnchor(raw, seen) });
  });
  return entries;
}

/**
 * The words a reader sees: formatting dropped, links reduced to their text, standard references
 * replaced by the standard's title (or id when unknown). Blocks are separated by newlines.
 */
export function markdownToPlainText(markdown: string, standardTitle: (id: string) => string | undefined = () => undefined): string {
  const withTitles = markdown.replace(standardRefPattern(), (_ref, id: string) => standardTitle(id) ?? id);
  const parser = new Parser();
  const blocks: string[] = [];
  const collect = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'space' || token.type === 'hr' || token.type === 'def') continue;
      if (token.type === 'code') blocks.push((token as Tokens.Code).text);
      else if (token.type === 'list') for (const item of (token as Tokens.List).items) collect(item.tokens);
      else if (token.type === 'blockquote') collect((token as Tokens.Blockquote).tokens);
      else if (token.type === 'table') {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) blocks.push(row.map((cell) => parser.parseInline(cell.tokens, parser.textRenderer)).join(' '));
      } else if ('tokens' in token && Array.isArray(token.tokens)) blocks.push(parser.parseInline(token.tokens, parser.textRenderer));
      else if ('text' in token && typeof token.text === 'string') blocks.push(token.text);
    }
  };
  collect(Lexer.lex(withTitles));
  return blocks
    .map((block) => decodeEntities(block).replace(/<[^>]*>/g, '').trim())
    .filter(Boolean)
    .join('\n');
}
