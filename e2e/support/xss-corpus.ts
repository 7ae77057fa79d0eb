/**
 * Hostile content for the browser e2e (hostile-input.spec.ts), and a watcher that proves none of
 * it ran: every payload tries to set `window.__xss` or open a dialog; the watcher also records
 * CSP violations (an injection that reached the DOM and was only stopped by the policy) and scans
 * the DOM for live event handlers, script-bearing URLs and embedded frames.
 */
import { expect, type Page } from '@playwright/test';

/** Markdown and HTML for playbook chapters, standards and comments. */
export const MARKDOWN_PAYLOADS = [
  // Not script, but a fake page: the app's own (Mantine) class names drawing a fixed full-screen panel.
  '<div class="mantine-Overlay-root mantine-Modal-overlay" style="position:fixed;inset:0;z-index:9999;background:#111" data-fixed="true"><a class="mantine-Button-root" href="https://evil.example/">Session expired, sign in</a></div>',
  '<script>window.__xss = "script tag"</script>',
  '<img src="x" onerror="window.__xss = \'img onerror\'">',
  '<svg onload="window.__xss = \'svg onload\'"><circle r="5"/></svg>',
  '<svg><script>window.__xss = "svg script"</script></svg>',
  '<iframe src="javascript:window.__xss = \'iframe js\'"></iframe>',
  '<iframe srcdoc="<script>parent.__xss = \'srcdoc\'</script>"></iframe>',
  '<object data="javascript:window.__xss = \'object\'"></object>',
  '<embed src="data:text/html,<script>parent.__xss = \'embed\'</script>">',
  '[click me](javascript:window.__xss=\'md link\')',
  '<a href="&#106;avascript&#58;window.__xss=\'entity link\'">entity link</a>',
  '[data link](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)',
  '![img](javascript:window.__xss=\'md image\')',
  '<details open ontoggle="window.__xss = \'ontoggle\'"><summary>x</summary></details>',
  '<div style="background:url(javascript:window.__xss=\'css url\');width:expression(window.__xss=\'css expression\')">css</div>',
  '<style>body{background:url("javascript:window.__xss=\'style tag\'")}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'mxss\'">',
  '<form action="javascript:window.__xss=\'form\'"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=\'meta\'">',
  '<base href="javascript:window.__xss=\'base\'//">',
  '"><img src=x onerror=window.__xss=\'attribute breakout\'>',
];

/** Short payloads (names, titles, chat lines: 80 characters or fewer) that must show as literal text. */
export const TEXT_PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=2</script>',
  '<svg/onload=window.__xss=3>',
  '"><iframe src=javascript:window.__xss=4>',
  "javascript:window.__xss=5//'\"`",
  '{{constructor.constructor("window.__xss=6")()}}',
];

export interface XssWatch {
  /** Fails the test if anything ran, was blocked only by the CSP, or left live markup in the DOM. */
  expectNothingRan(where: string): Promise<void>;
}

/** Call before the first page.goto. */
export async function watchForXss(page: Page): Promise<XssWatch> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // zod probes whether eval is allowed (new Function("")) and falls back when it is not; an
      // injected script would first need to run inline, which is reported as script-src-elem/attr.
      if (event.blockedURI === 'eval' && event.violatedDirective === 'script-src') return;
      // Parsing hostile HTML into an inert DOMParser document (DOMPurify, the table of contents)
      // makes Chrome report its handler attributes, fired at the page's document because the
      // elements belong to the other document. A handler on an element of the page itself is
      // fired at that element, and counts.
      if (event.violatedDirective === 'script-src-attr' && !(event.target instanceof Element)) return;
      const target = event.target instanceof Element ? event.target.outerHTML.slice(0, 120) : String(event.target);
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} on ${target} from ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    async expectNothingRan(where) {
      const found = await page.evaluate(() => {
        const w = window as unknown as { __xss?: unknown; __cspViolations: string[] };
        const live: string[] = [];
        const badUrl = (value: string) => /^(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\s\u0000-\u001f]/g, ''));
        for (const element of Array.from(document.querySelectorAll('*'))) {
          const tag = element.tagName.toLowerCase();
          if (['iframe', 'object', 'embed', 'frame', 'base'].includes(tag)) live.push(`<${tag}>`);
          if (tag === 'script' && !(element as HTMLScriptElement).src) live.push('inline <script>');
          if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') live.push('meta refresh');
          for (const attribute of Array.from(element.attributes)) {
            if (attribute.name.toLowerCase().startsWith('on')) live.push(`<${tag} ${attribute.name}>`);
            if (['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc'].includes(attribute.name.toLowerCase()) && badUrl(attribute.value)) live.push(`<${tag} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
          }
        }
        // Author content must stay in its column: nothing in rendered Markdown may be fixed, sticky or lifted over the page.
        for (const element of Array.from(document.querySelectorAll('.playbook-markdown *'))) {
          const style = getComputedStyle(element);
          if (['fixed', 'sticky', 'absolute'].includes(style.position)) live.push(`author <${element.tagName.toLowerCase()}> is position:${style.position}`);
          if (element.hasAttribute('class') && !element.closest('.standard-card, .standard-ref, .standard-unknown, .image-missing')) live.push(`author <${element.tagName.toLowerCase()} class="${element.getAttribute('class')}">`);
        }
        return { xss: w.__xss ?? null, csp: w.__cspViolations, live };
      });
      expect({ where, dialogs, ...found }).toEqual({ where, dialogs: [], xss: null, csp: [], live: [] });
    },
  };
}
