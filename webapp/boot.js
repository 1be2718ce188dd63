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
    navigator.serviceWorker.register('sw.js').then(offerUpdates, function () { /* offline support is optional */ });
  }

  // A new build's service worker waits until the person chooses to switch: then it takes over and the
  // page reloads into the new version.
  function offerUpdates(registration) {
    function offer(worker) {
      document.getElementById('update-reload').onclick = function () {
        navigator.serviceWorker.addEventListener('controllerchange', function () { location.reload(); });
        worker.postMessage('skip-waiting');
      };
      document.getElementById('update').hidden = false;
    }
    function watch(worker) {
      worker.addEventListener('statechange', function () {
        // without a controller this is the first install, not an update
        if (worker.state === 'installed' && navigator.serviceWorker.controller) {
          offer(worker);
        }
      });
    }
    if (registration.waiting && navigator.serviceWorker.controller) {
      offer(registration.waiting);
    }
    if (registration.installing) {
      watch(registration.installing);
    }
    registration.addEventListener('updatefound', function () { watch(registration.installing); });
  }
})();
