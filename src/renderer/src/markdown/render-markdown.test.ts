// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ServiceStandard } from '../../../shared/domain/playbook';
import { renderMarkdown } from './render-markdown';
import { XSS_PAYLOADS } from './fixtures/xss-corpus';

const honest: ServiceStandard = {
  id: 'keep-feed-honest',
  title: 'Keep the feed honest',
  statement: 'Sold-out items are marked or removed within the hour.',
  whyItMatters: '',
  lookFors: ['Marks sold out'],
  donts: ['Leave it up'],
  examples: { good: ['Sorry, that one is sold out!'], poor: ['Still available maybe'] },
  channels: ['instagram-dm'],
  target: { kind: 'sold-out-marked-minutes', value: 60, unit: 'minutes', text: 'Sold-out marked within the hour' },
};

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const EVENT_ATTR = /^on/i;

function assertInert(root: HTMLElement): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'BUTTON', 'TEMPLATE', 'NOSCRIPT']).not.toContain(el.nodeName.toUpperCase());
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name, `${el.nodeName} keeps ${attr.name}`).not.toMatch(EVENT_ATTR);
      expect(attr.name).not.toBe('style');
      if (attr.name === 'href') expect(attr.value).toMatch(/^(https?:|mailto:|#)/i);
      if (attr.name === 'src') expect(attr.value).toMatch(/^https?:/i);
    }
  }
}

describe('renderMarkdown sanitising', () => {
  it("keeps no class, style, id or data attribute from the author's HTML, so a chapter cannot draw over the app", () => {
    const overlay = [
      '<div class="mantine-Overlay-root mantine-Modal-overlay" style="position:fixed;inset:0;z-index:9999" data-fixed="true" id="root">',
      '<a class="mantine-Button-root" data-variant="filled" href="https://evil.example/signin">Session expired, sign in</a></div>',
      '<h2 id="app-header" class="x">Forged anchor</h2>',
      '<aside class="standard-card" data-standard-id="keep-feed-honest" data-cx-own="guess">Fake card</aside>',
      '',
      '# Real heading',
      '',
      '[[standard:keep-feed-honest]]',
    ].join('\n');
    const root = dom(renderMarkdown(overlay, { standards: [honest] }));
    const authored = Array.from(root.querySelectorAll('div, a, aside:not(.standard-card), h2'));
    for (const el of authored) for (const attr of ['class', 'style', 'id', 'data-fixed', 'data-variant', 'data-standard-id', 'data-cx-own']) expect(el.hasAttribute(attr), `${el.outerHTML} keeps ${attr}`).toBe(false);
    expect(root.querySelectorAll('[data-cx-own]')).toHaveLength(0);
    // The app's own markup keeps what it needs: heading anchors and the real standard card.
    expect(root.querySelector('h1')?.id).toBe('real-heading');
    expect(Array.from(root.querySelectorAll('aside.standard-card')).map((a) => a.getAttribute('data-standard-id'))).toEqual(['keep-feed-honest']);
  });

  it.each(XSS_PAYLOADS)('renders the "$name" payload inert', ({ markdown }) => {
    const win = window as unknown as { __pwned?: number };
    delete win.__pwned;
    const html = renderMarkdown(markdown, { standards: [] });
    const root = dom(html);
    document.body.appendChild(root);
    assertInert(root);
    // Dangerous words may survive as visible text, never inside an attribute.
    expect(html).not.toMatch(/<[^>]*\s(?:href|src|action|formaction|data)\s*=\s*["']?\s*(?:javascript|vbscript|data:text)/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    root.remove();
    expect(win.__pwned).toBeUndefined();
  });

  it('escapes HTML in a standard title and statement instead of rendering it', () => {
    const evil: ServiceStandard = { ...honest, title: '<img src=x onerror="window.__pwned=1">Title', statement: '<script>1</script>' };
    const root = dom(renderMarkdown('[[standard:keep-feed-honest]]', { standards: [evil] }));
    assertInert(root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.standard-card-title')?.textContent).toBe('<img src=x onerror="window.__pwned=1">Title');
    expect(root.querySelector('.standard-card-statement')?.textContent).toBe('<script>1</script>');
  });

  it('gives links rel="noopener noreferrer" and opens web links outside the app', () => {
    const root = dom(renderMarkdown('[shop](https://example.com/shop) and [mail](mailto:hi@example.com)', { standards: [] }));
    const [web, mail] = Array.from(root.querySelectorAll('a'));
    expect(web.getAttribute('href')).toBe('https://example.com/shop');
    expect(web.getAttribute('rel')).toBe('noopener noreferrer');
    expect(web.getAttribute('target')).toBe('_blank');
    expect(mail.getAttribute('href')).toBe('mailto:hi@example.com');
    expect(mail.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops relative and file links but keeps their text', () => {
    const root = dom(renderMarkdown('[a](file:///etc/passwd) [b](../secret)', { standards: [] }));
    for (const a of Array.from(root.querySelectorAll('a'))) expect(a.hasAttribute('href')).toBe(false);
    expect(root.textContent).toContain('a b');
  });
});

describe('renderMarkdown formatting', () => {
  it('renders tables, lists, code and task lists', () => {
    const md = ['| Size | Price |', '| --- | ---: |', '| M | 250 |', '', '1. one', '2. two', '', '- [x] done', '- [ ] todo', '', '```', '<b>not bold</b>', '```', '', 'Use `[[standard:x]]` here.'].join('\n');
    const root = dom(renderMarkdown(md, { standards: [] }));
    expect(root.querySelectorAll('table td')[1].textContent).toBe('250');
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    const boxes = root.querySelectorAll('input[type="checkbox"]');
    expect(boxes).toHaveLength(2);
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    expect(boxes[0].hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('pre code')?.textContent).toBe('<b>not bold</b>\n');
    expect(root.querySelector('p code')?.textContent).toBe('[[standard:x]]');
  });

  it('gives headings ids, numbering repeated headings', () => {
    const root = dom(renderMarkdown('# Before the purchase\n\n## Tips & tricks\n\n## Tips & tricks\n\n### ก่อนซื้อ', { standards: [] }));
    expect(Array.from(root.querySelectorAll('h1,h2,h3')).map((h) => h.id)).toEqual(['before-the-purchase', 'tips-tricks', 'tips-tricks-2', 'ก่อนซื้อ']);
  });

  it('renders images from the web and from workspace assets, and marks a missing asset', () => {
    const html = renderMarkdown('![shelf](https://example.com/a.png)\n\n![logo](asset:logo1)\n\n![gone](asset:nope)', {
      standards: [],
      resolveAsset: (id) => (id === 'logo1' ? 'data:image/png;base64,iVBORw0KGgo=' : undefined),
    });
    const imgs = Array.from(dom(html).querySelectorAll('img'));
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['https://example.com/a.png', 'data:image/png;base64,iVBORw0KGgo=']);
    expect(imgs[1].getAttribute('alt')).toBe('logo');
    expect(dom(html).querySelector('.image-missing')?.textContent).toContain('gone');
  });
});

describe('standard references', () => {
  it('renders a reference on its own line as a card titled from the standard record', () => {
    const root = dom(renderMarkdown('Intro.\n\n[[standard:keep-feed-honest]]\n\nAfter.', { standards: [honest] }));
    const card = root.querySelector('aside.standard-card');
    expect(card?.getAttribute('data-standard-id')).toBe('keep-feed-honest');
    expect(card?.querySelector('.standard-card-title')?.textContent).toBe('Keep the feed honest');
    expect(card?.querySelector('.standard-card-target')?.textContent).toBe('Target: Sold-out marked within the hour');
    expect(root.querySelectorAll('p')[0].textContent).toBe('Intro.');
  });

  it('follows a renamed title without changing the link', () => {
    const renamed = { ...honest, title: 'Sold out means sold out' };
    const root = dom(renderMarkdown('See [[standard:keep-feed-honest]] today.', { standards: [renamed] }));
    expect(root.querySelector('.standard-ref')?.textContent).toBe('Sold out means sold out');
    expect(root.textContent?.trim()).toBe('See Sold out means sold out today.');
  });

  it('shows an unknown standard visibly instead of dropping it', () => {
    const root = dom(renderMarkdown('[[standard:no-such-thing]]\n\nand inline [[standard:also-missing]].', { standards: [honest] }));
    const markers = Array.from(root.querySelectorAll('.standard-unknown'));
    expect(markers.map((m) => m.getAttribute('data-standard-id'))).toEqual(['no-such-thing', 'also-missing']);
    expect(markers[0].textContent).toContain('Unknown standard');
  });
});
