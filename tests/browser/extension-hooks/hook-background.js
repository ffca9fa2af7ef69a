// Test builds only: runs the extension's own pages for the tests inside the
// background page (Firefox's event page is a document), as frames: the side
// panel (sidebar.html) and the popup (panel.html) with ?tab=ID, the tab the
// request came from. Also calls the link preview and keeps the last state the
// preview card reported (hook-preview.js).
/* global chrome, precisPreviewLink */
'use strict';
(() => {
  const frames = {};
  let previewState = null;

  function panelState(doc) {
    const d = doc.documentElement.dataset;
    return {state: d.state, updates: Number(d.updates ?? 0), view: d.view,
      highlighted: Number(d.highlighted ?? -1), status: doc.getElementById('status').textContent,
      title: doc.getElementById('page-title').textContent,
      bullets: [...doc.querySelectorAll('#summary li a')].map((a) => a.textContent),
      facts: doc.querySelectorAll('#facts li:not(.fact-group)').length,
      keywords: doc.getElementById('keywords').textContent,
      removed: Number(doc.getElementById('removed-count').textContent)};
  }

  async function waitFor(view, after) {
    for (let i = 0; i < 400; i++) {
      const doc = frames[view]?.contentDocument;
      const d = doc?.documentElement?.dataset;
      if (d && Number(d.updates ?? 0) > after && d.state !== 'loading' && doc.getElementById('status')) {
        return panelState(doc);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return {state: 'timeout'};
  }

  async function handle(request, sender) {
    const view = request.view === 'side' ? 'side' : 'popup';
    switch (request.action) {
      case 'panel': {
        frames[view]?.remove();
        const frame = document.createElement('iframe');
        frame.src = chrome.runtime.getURL(`${view === 'side' ? 'sidebar' : 'panel'}.html?tab=${sender.tab.id}`
          + `${request.query ?? ''}`);
        document.body.append(frame);
        frames[view] = frame;
        return waitFor(view, 0);
      }
      case 'panel-state':
        return waitFor(view, request.after ?? 0);
      case 'panel-click': {
        const doc = frames[view].contentDocument;
        doc.querySelectorAll(request.selector)[request.index ?? 0].click();
        return true;
      }
      case 'panel-follow': {
        const box = frames[view].contentDocument.getElementById('follow');
        box.checked = request.on;
        box.dispatchEvent(new Event('change'));
        return true;
      }
      case 'highlight': {
        const target = {tabId: sender.tab.id};
        await chrome.scripting.insertCSS({target, files: ['content/highlight.css']});
        await chrome.scripting.executeScript({target, files: ['content/highlight.js']});
        const [r] = await chrome.scripting.executeScript({target, args: [request.sentences],
          func: (list) => globalThis[Symbol.for('precis.highlighter')].show(list)});
        return r.result;
      }
      case 'allow-window': {
        // The window allow.html, opened by the card's "Allow" button: its
        // permission request answered with request.grant (the browser's
        // prompt cannot be answered from a test), then its button clicked.
        let view = null;
        for (let i = 0; i < 200 && !view; i++) {
          view = chrome.extension.getViews().find((v) => v.location.pathname === '/allow.html'
            && v.document.readyState === 'complete') ?? null;
          if (!view) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        if (!view) return {error: 'no allow.html window'};
        const asked = [];
        view.chrome.permissions.request = async (p) => {
          asked.push(p.origins);
          return request.grant === true;
        };
        view.document.getElementById('allow').click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return {asked, status: view.document.getElementById('status').textContent};
      }
      case 'sidebar-panel':
        return chrome.sidebarAction.getPanel({});
      case 'preview':
        previewState = null;
        return precisPreviewLink(sender.tab, request.url ?? null);
      case 'preview-state': {
        const done = () => previewState && (request.states ?? []).includes(previewState.state);
        for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return previewState;
      }
      default:
        return {error: `unknown action ${request.action}`};
    }
  }

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (message?.precisTestPreview) {
      previewState = message.precisTestPreview;
      return false;
    }
    if (!message?.precisTest || !sender.tab) return false;
    handle(message.precisTest, sender).then(sendResponse, (error) => sendResponse({error: String(error)}));
    return true;
  });
})();
