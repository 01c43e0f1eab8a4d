import type { Page } from '@playwright/test';

/** What the pseudo-locale walk found on one screen. */
export interface PseudoFindings {
  /** Visible or announced text with letters but no ⟦ ⟧: a string that escaped the catalogue. */
  unmarked: string[];
  /** Text wider or taller than its box, or a page that scrolls sideways. */
  overflowing: string[];
}

/**
 * Walks the page as it is now (run in the page; self-contained, so it serialises). Exempt:
 * numbers and punctuation; words `Intl` wrote in the formatting language (weekdays, months,
 * units: the pseudo-locale formats as English); anything inside `translate="no"` (a person's own
 * data: an app name, a file path, a voice's name).
 */
export function probePseudoLocale(page: Page, rootSelector = 'body'): Promise<PseudoFindings> {
  return page.evaluate((rootSelector) => {
    const roots = [...document.querySelectorAll(rootSelector)];
    const intlWords = new Set<string>();
    const add = (text: string) => text.split(/[^\p{L}]+/u).forEach((w) => w && intlWords.add(w));
    for (let i = 0; i < 12; i++) {
      const d = new Date(2026, i, 5, 12);
      for (const month of ['short', 'long'] as const) add(d.toLocaleDateString('en', { month }));
      for (const weekday of ['short', 'long'] as const) add(new Date(2026, 0, 5 + i, 12).toLocaleDateString('en', { weekday }));
      add(d.toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' }));
    }
    for (const unit of ['second', 'minute', 'hour', 'kilometer', 'mile', 'megabyte'])
      for (const unitDisplay of ['short', 'long', 'narrow'] as const)
        for (const n of [1, 2]) add(new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay }).format(n));
    add(new Intl.ListFormat('en', { type: 'unit', style: 'short' }).format(['a', 'b', 'c']));

    const exempt = (el: Element | null) => !!el?.closest('[translate="no"], script, style, noscript');
    const marked = (text: string) => text.includes('⟦') || text.includes('⟧');
    const onlyIntl = (text: string) => text.split(/[^\p{L}]+/u).every((w) => !w || intlWords.has(w));
    const shown = (el: Element) => {
      if (el.closest('option, title, [hidden]')) return !!el.closest('option, title');
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const where = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `<${el.tagName.toLowerCase()}${id}${cls}>`;
    };

    const unmarked: string[] = [];
    const overflowing: string[] = [];
    const withText = new Set<Element>();
    const textNodes: Node[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node);
    }
    for (const node of textNodes) {
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (!el || !text || exempt(el) || !shown(el)) continue;
      withText.add(el);
      if (!marked(text) && /\p{L}/u.test(text) && !onlyIntl(text)) unmarked.push(`${where(el)} "${text.slice(0, 80)}"`);
    }
    for (const el of roots.flatMap((r) => [r, ...r.querySelectorAll('[aria-label], [title], [placeholder], [alt]')])) {
      if (exempt(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value && !marked(value) && /\p{L}/u.test(value) && !onlyIntl(value)) unmarked.push(`${where(el)} ${attr}="${value.slice(0, 80)}"`);
      }
    }

    // Text for screen readers only (.visually-hidden) is clipped on purpose and placed out of flow.
    const srOnly = (el: Element | null) => !!el?.closest('.visually-hidden');
    for (const el of withText) {
      if (el.closest('svg, option, title, select') || srOnly(el)) continue;
      const style = getComputedStyle(el);
      const clips = /hidden|clip|auto|scroll/.test(style.overflowX + style.overflowY);
      if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && !/auto|scroll/.test(style.overflowX + style.overflowY)) {
        overflowing.push(`${where(el)} cut off "${(el.textContent ?? '').trim().slice(0, 60)}"`);
        continue;
      }
      const box = el.getBoundingClientRect();
      // The element's own visible text, line boxes united (screen-reader-only text left out).
      const rects = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())
        .map((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          return range.getBoundingClientRect();
        });
      if (rects.length === 0) continue;
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const text = { left, right, width: right - left };
      if (text.right > box.right + 2 || text.left < box.left - 2)
        overflowing.push(`${where(el)} text ${Math.round(text.width)}px wide in a ${Math.round(box.width)}px box "${(el.textContent ?? '').trim().slice(0, 60)}"`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      overflowing.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in a ${window.innerWidth}px window`);
    if (roots.length === 0) unmarked.push(`nothing matches ${rootSelector}`);
    return { unmarked, overflowing };
  }, rootSelector);
}
