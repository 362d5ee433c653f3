/*
 * Atlas CTAI — resizes our chart iframes on a host page. Include once, anywhere on the page:
 *   <script src="https://<our site>/embed.js" async></script>
 * Listens for the height messages our embed pages send (pym.js and AMP `embed-size` formats),
 * accepts them only from our own origin, and sets the height of the iframe that sent them.
 * Licence Ouverte / MIT-compatible; no dependencies; stable URL (not hashed).
 */
(function () {
  'use strict';
  if (window.__atlasCtaiEmbed) return;
  window.__atlasCtaiEmbed = true;
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : location.href, location.href).origin;
  var PYM = /^pymxPYMx.*xPYMxheightxPYMx(\d+(?:\.\d+)?)$/;

  function heightOf(data) {
    if (typeof data === 'string') {
      var m = PYM.exec(data);
      return m ? Number(m[1]) : null;
    }
    if (data && data.sentinel === 'amp' && data.type === 'embed-size' && typeof data.height === 'number') return data.height;
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var height = heightOf(event.data);
    if (height === null || !(height > 0) || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
        frames[i].setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
