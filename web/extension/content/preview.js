// Injected into the tab (chrome.scripting.executeScript, isolated world) when
// the user asks for a link preview (the context menu item or the shortcut).
// Shows the card next to the link: the extension's page preview.html in a
// frame, inside a closed shadow root, so that the page can neither read the
// card (another origin) nor restyle it (its style sheets do not reach into
// the shadow root, and the host's few properties are set !important inline).
// The card's page fetches, reads and summarizes the link; this script only
// places it and closes it (Escape, a click elsewhere, or its close button).
//
//   globalThis[Symbol.for('precis.preview')].show(url)  -> {shown, url} ({shown: false, reason})
//     url null: the link that has the keyboard focus (or holds the selection)
//   globalThis[Symbol.for('precis.preview')].close()
(() => {
  'use strict';
  const KEY = Symbol.for('precis.preview');
  const existing = globalThis[KEY];
  if (existing && typeof existing.show === 'function') return;

  const WIDTH = 380;
  const HEIGHT = 300;  // until the card says how tall it is
  const MIN_HEIGHT = 120;
  const MAX_HEIGHT = 480;
  let current = null;  // {host, frame}

  function important(el, props) {
    for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value, 'important');
  }

  // The link element for `url`: one under the pointer (after a right-click),
  // else the focused one, else the first with that address.
  /** @returns {HTMLAnchorElement | HTMLAreaElement | null} */
  function findLink(url) {
    /** @type {(HTMLAnchorElement | HTMLAreaElement)[]} */
    const links = [...document.querySelectorAll('a[href], area[href]')].map((a) => /** @type {any} */ (a));
    if (url === null) {
      const focused = document.activeElement?.closest?.('a[href], area[href]');
      if (focused) return /** @type {any} */ (focused);
      const node = getSelection()?.anchorNode;
      const el = /** @type {Element | null} */ (node && (node.nodeType === 1 ? node : node.parentElement));
      return /** @type {any} */ (el?.closest?.('a[href]') ?? null);
    }
    const same = links.filter((a) => a.href === url);
    return same.find((a) => a.matches(':hover')) ?? same.find((a) => a === document.activeElement)
      ?? same[0] ?? null;
  }

  function close() {
    if (!current) return;
    current.host.remove();
    removeEventListener('keydown', onKey, true);
    removeEventListener('mousedown', onOutside, true);
    removeEventListener('message', onMessage);
    current = null;
  }

  function onKey(event) {
    if (event.key === 'Escape') close();
  }

  function onOutside(event) {
    if (current && event.target !== current.host) close();
  }

  // The card's close button and its height (preview.js posts them from the
  // frame): the frame fits the card, within MIN_HEIGHT..MAX_HEIGHT (the card
  // scrolls beyond that).
  function onMessage(event) {
    if (!current || event.source !== current.frame.contentWindow) return;
    if (event.data === 'precis-preview-close') {
      close();
    } else if (typeof event.data?.precisPreviewHeight === 'number') {
      const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, event.data.precisPreviewHeight)));
      important(current.frame, {height: `${height}px`});
      important(current.host, {height: `${height}px`});
    }
  }

  function show(url) {
    close();
    const link = findLink(url);
    const href = url ?? link?.href ?? '';
    if (!/^https?:/i.test(href)) {
      return {shown: false, reason: url === null ? 'no focused link' : 'not a web link'};
    }
    const host = document.createElement('div');
    const shadow = host.attachShadow({mode: 'closed'});
    const frame = document.createElement('iframe');
    frame.src = `${chrome.runtime.getURL('preview.html')}?url=${encodeURIComponent(href)}`;
    frame.title = 'precis link preview';
    important(frame, {width: `${WIDTH}px`, height: `${HEIGHT}px`, border: '0', display: 'block',
      'border-radius': '10px', 'box-shadow': '0 6px 24px rgba(0, 0, 0, 0.28)', background: 'Canvas',
      'color-scheme': 'light dark'});
    shadow.append(frame);
    // Below the link (above it when there is no room), inside the viewport.
    const box = link ? link.getBoundingClientRect() : {left: 16, bottom: 16, top: 16};
    let top = box.bottom + 6;
    if (top + HEIGHT > innerHeight && box.top - HEIGHT - 6 >= 0) top = box.top - HEIGHT - 6;
    const left = Math.max(8, Math.min(box.left, innerWidth - WIDTH - 8));
    important(host, {all: 'initial', position: 'absolute', 'z-index': '2147483647',
      top: `${Math.max(0, top) + scrollY}px`, left: `${left + scrollX}px`, display: 'block',
      width: `${WIDTH}px`, height: `${HEIGHT}px`, margin: '0', padding: '0', border: '0',
      opacity: '1', visibility: 'visible', transform: 'none', filter: 'none', 'pointer-events': 'auto'});
    (document.body ?? document.documentElement).append(host);
    current = {host, frame};
    addEventListener('keydown', onKey, true);
    addEventListener('mousedown', onOutside, true);
    addEventListener('message', onMessage);
    return {shown: true, url: href};
  }

  Object.defineProperty(globalThis, KEY, {value: Object.freeze({show, close}), configurable: true});
})();
