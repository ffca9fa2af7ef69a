// Test builds only (tests/browser/extension-firefox.test.mjs): a content
// script on the test server's pages that passes the test's requests
// (window.postMessage({precisTest: {id, action, ...}})) to the background
// (hook-background.js) and posts the answer back ({precisTestReply: {id,
// reply}}). Firefox's WebDriver BiDi cannot open the extension's pages, so
// the tests reach them through here.
/* global chrome */
'use strict';
window.addEventListener('message', (event) => {
  if (event.source !== window || !event.data || typeof event.data.precisTest !== 'object') return;
  const request = event.data.precisTest;
  chrome.runtime.sendMessage({precisTest: request}).then(
    (reply) => window.postMessage({precisTestReply: {id: request.id, reply}}, '*'),
    (error) => window.postMessage({precisTestReply: {id: request.id, reply: {error: String(error)}}}, '*'));
});
