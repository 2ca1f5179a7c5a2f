/* Budapest Process widget loader. Put <div data-bp-widget="map"></div>
   (or timeline, key-data, news; options as data-* attributes) on a page and
   include this script once; each element becomes a responsive iframe that
   keeps its height equal to the widget's content. Dependency-free.
   Message format and options: docs/embedding.md. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  // The widgets by name: their path, iframe title and first height. The
  // render step writes the site's own list (src/embed/snippets.rs) here.
  var widgets = {};
  // The languages besides English and where their pages live ({"ru": "/ru"}),
  // also written by the render step: data-lang="ru" frames the Russian widget.
  var languages = {};
  var frames = {};
  var count = 0;

  function mount(el) {
    var kind = el.getAttribute('data-bp-widget');
    if (el.hasAttribute('data-bp-mounted') || !widgets.hasOwnProperty(kind)) return;
    var widget = widgets[kind];
    el.setAttribute('data-bp-mounted', '');
    var id = 'bp-' + (++count);
    var params = new URLSearchParams();
    for (var i = 0; i < el.attributes.length; i++) {
      var name = el.attributes[i].name;
      if (name.indexOf('data-') === 0 && name.indexOf('data-bp-') !== 0 && name !== 'data-title' && name !== 'data-lang') {
        params.set(name.slice(5), el.attributes[i].value);
      }
    }
    params.set('embed-id', id);
    var frame = document.createElement('iframe');
    var lang = el.getAttribute('data-lang');
    var prefix = languages.hasOwnProperty(lang) ? languages[lang] : '';
    frame.src = origin + prefix + widget.path + '?' + params;
    frame.title = el.getAttribute('data-title') || widget.titles[prefix ? lang : 'en'];
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;border:0;height:' +
      (parseInt(el.getAttribute('data-height'), 10) || widget.height) + 'px';
    el.appendChild(frame);
    frames[id] = frame;
  }

  // Only height messages from one of our own frames, from our origin.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'bp:resize') return;
    var frame = frames[data.id];
    if (!frame || event.source !== frame.contentWindow) return;
    var height = Number(data.height);
    if (height > 0 && height < 20000) frame.style.height = Math.ceil(height) + 'px';
  });

  function scan() {
    var els = document.querySelectorAll('[data-bp-widget]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }
  scan();
  if (window.MutationObserver) new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
