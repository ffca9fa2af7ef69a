// The extension's background: Chrome's service worker, Firefox's event page.
// It owns the context menu and the link-preview shortcut and nothing else;
// summaries run in the popup and the side panel (panel.html, sidebar.html)
// and in the link preview's card (preview.html), which can start the
// engine's module worker (a service worker cannot). Clicking the toolbar
// button or pressing the shortcut (_execute_action) opens the popup directly.
'use strict';

const MENU_ID = 'precis-summarize-selection';
const PREVIEW_MENU_ID = 'precis-preview-link';
const PREVIEW_COMMAND = 'preview-link';

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
    chrome.contextMenus.create({
      id: PREVIEW_MENU_ID,
      title: 'Preview link with precis',
      contexts: ['link'],
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

// Shows the link preview's card in the tab (content/preview.js; the menu
// click or the shortcut granted activeTab): for `url`, or, when it is null,
// for the link that has the keyboard focus.
async function previewLink(tab, url, frameId = 0) {
  if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
  const target = {tabId: tab.id, frameIds: [frameId]};
  await chrome.scripting.executeScript({target, files: ['content/preview.js']});
  const [first] = await chrome.scripting.executeScript({target,
    func: (key, link) => globalThis[Symbol.for(key)].show(link), args: ['precis.preview', url]});
  return first ? first.result : null;
}

function onMenuClick(info, tab) {
  if (info.menuItemId === PREVIEW_MENU_ID) {
    previewLink(tab, String(info.linkUrl ?? ''), info.frameId ?? 0)
      .catch((error) => console.warn('precis: could not preview the link', error));
    return;
  }
  summarizeSelection(info, tab);
}

chrome.contextMenus.onClicked.addListener(onMenuClick);
chrome.commands.onCommand.addListener((command, tab) => {
  if (command !== PREVIEW_COMMAND) return;
  const active = tab ? Promise.resolve(tab)
    : chrome.tabs.query({active: true, currentWindow: true}).then(([t]) => t);
  active.then((t) => previewLink(t, null))
    .catch((error) => console.warn('precis: could not preview the link', error));
});
// What the menu items and the shortcut call (for the tests).
globalThis.precisSummarizeSelection = summarizeSelection;
globalThis.precisMenuClick = onMenuClick;
globalThis.precisPreviewLink = previewLink;

// The link preview's card in Firefox, which has no permissions API in its
// frame: whether the link's site may be fetched, and the window that asks.
function previewAccess(message, sendResponse) {
  if (message.type === 'preview-access') {
    chrome.permissions.contains({origins: [String(message.origin)]})
      .then((granted) => sendResponse({granted}), () => sendResponse({granted: false}));
    return true;
  }
  chrome.windows.create({url: chrome.runtime.getURL('allow.html'), type: 'popup', width: 440, height: 300})
    .then(() => sendResponse({asked: true}), (error) => sendResponse({asked: false, error: String(error)}));
  return true;
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only the extension's own pages ask (content scripts never send
  // messages, and a page's URL is not the extension's).
  const own = sender.id === chrome.runtime.id
    && typeof sender.url === 'string' && sender.url.startsWith(chrome.runtime.getURL(''));
  if (!message || !own) return false;
  if (message.type === 'preview-access' || message.type === 'preview-ask') return previewAccess(message, sendResponse);
  if (message.type !== 'take-pending') return false;
  const request = pending && Date.now() - pending.at < PENDING_MS ? pending : null;
  pending = null;
  sendResponse({pending: request});
  return false;
});
