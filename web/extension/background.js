// The extension's background: Chrome's service worker, Firefox's event page.
// It owns the context menu and nothing else; summaries run in the popup
// (panel.html), which can start the engine's module worker (a service worker
// cannot). Clicking the toolbar button or pressing the shortcut
// (_execute_action) opens the popup directly.
'use strict';

const MENU_ID = 'precis-summarize-selection';

// The context menu's request, kept until the popup it opened asks for it.
let pending = null;
const PENDING_MS = 60_000;

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: MENU_ID,
      title: 'Summarize selection with precis',
      contexts: ['selection'],
    });
  });
});

function openPanelWindow(tabId) {
  const url = chrome.runtime.getURL(`panel.html?tab=${tabId}&mode=selection&window=1`);
  return chrome.windows.create({url, type: 'popup', width: 460, height: 680});
}

// The menu item's click: summarize the selection in that tab. (A named
// function, so that the tests can call what the click calls.)
function summarizeSelection(info, tab) {
  if (info.menuItemId !== MENU_ID || !tab || typeof tab.id !== 'number' || tab.id < 0) return;
  pending = {tabId: tab.id, mode: 'selection', text: String(info.selectionText ?? ''), at: Date.now()};
  // The popup must be opened while the click is being handled (Firefox
  // counts only that as a user action), so nothing is awaited before it.
  let opened;
  try {
    opened = chrome.action.openPopup ? chrome.action.openPopup() : Promise.reject(new Error('no openPopup'));
  } catch (error) {
    opened = Promise.reject(error);
  }
  Promise.resolve(opened).catch(() => {
    // No popup (an older browser, or no focused window): a small window
    // with the same page, told which tab to read.
    pending = null;
    return openPanelWindow(tab.id);
  }).catch((error) => console.warn('precis: could not open the summary', error));
}

chrome.contextMenus.onClicked.addListener(summarizeSelection);
globalThis.precisSummarizeSelection = summarizeSelection;

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only the extension's own pages ask (content scripts never send
  // messages, and a page's URL is not the extension's).
  const own = sender.id === chrome.runtime.id
    && typeof sender.url === 'string' && sender.url.startsWith(chrome.runtime.getURL(''));
  if (!message || message.type !== 'take-pending' || !own) return false;
  const request = pending && Date.now() - pending.at < PENDING_MS ? pending : null;
  pending = null;
  sendResponse({pending: request});
  return false;
});
