// Starts the WebAssembly app; relative URLs so the site works under any base path.
(function () {
  function fail(message) {
    var app = document.getElementById('app');
    var p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    app.replaceChildren(p);
    document.documentElement.setAttribute('data-starman', 'failed');
  }
  if (typeof WebAssembly === 'undefined' || typeof TeaVM === 'undefined') {
    fail('Starman needs a browser with WebAssembly (Chrome 119+, Firefox 120+, Safari 18.2+).');
    return;
  }
  TeaVM.wasmGC.load('starman.wasm').then(function (teavm) {
    teavm.exports.main([]);
  }).catch(function (e) {
    fail('Starman could not start in this browser: ' + e);
  });
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(function () { /* offline support is optional */ });
  }
})();
