// The window in which Firefox's link-preview card asks for the optional host
// permission (the card's frame has no permissions API; this page, the
// extension's own, has). The answer goes to storage.local (previewAccess),
// where the card waits for it.
const ORIGINS = ['http://*/*', 'https://*/*'];
const status = /** @type {HTMLElement} */ (document.getElementById('status'));

function answer(granted) {
  return chrome.storage.local.set({previewAccess: {granted, at: Date.now()}});
}

document.getElementById('allow').addEventListener('click', () => {
  // Straight from the click: the browser accepts the request only then.
  chrome.permissions.request({origins: ORIGINS}).then(async (granted) => {
    await answer(granted);
    if (granted) window.close();
    else status.textContent = 'precis was not allowed to fetch linked pages. You can close this window.';
  }, async (error) => {
    await answer(false);
    status.textContent = `The browser did not ask: ${error.message}`;
  });
});

// Closed without an answer: the card stops waiting.
window.addEventListener('pagehide', () => { answer(false); });
