// Plain text of a parsed HTML document: the walker that turns a DOM subtree
// into paragraphs, and the article found by Readability. One version for the
// page (web/app/text-import.js, DOMParser), the extension's content script
// (web/extension/content/extract.js, the tab's document; build-extension.mjs
// inlines this file there) and the npm package's CLI (web/package/text.js,
// linkedom), so that one page gives one text everywhere. It only reads the
// DOM it is given and needs nothing else from its environment.

// Elements whose text starts on a new paragraph.
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
// Elements whose content is not prose.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT',
  'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

// The text of a DOM subtree (an element, a document or a fragment) with
// paragraphs separated by blank lines. Walks with an explicit stack, so a
// deeply nested page cannot overflow it. With maxChars (UTF-16 units) or
// maxBytes (bytes of UTF-8, the engine's unit), the walk stops once that much
// text is read and the text is cut at a paragraph.
export function blockText(root, maxChars = Infinity, {maxBytes = Infinity} = {}) {
  const parts = [];
  /** @type {{node: any, pre: boolean, block: boolean}[]} */
  const stack = [{node: root.firstChild, pre: false, block: false}];
  let length = 0;
  let bytes = 0;
  let space = false;  // the text so far ends in a collapsed space
  while (stack.length && length < maxChars && bytes < maxBytes) {
    const top = stack[stack.length - 1];
    const node = top.node;
    if (!node) {
      stack.pop();
      if (top.block) {
        parts.push('\n\n');
        space = false;
      }
      continue;
    }
    top.node = node.nextSibling;
    if (node.nodeType === 3) {
      let t = node.data;
      if (!top.pre) {
        // White space collapses across neighbouring text nodes too.
        t = t.replace(/\s+/g, ' ');
        if (space && t.startsWith(' ')) t = t.slice(1);
        if (t) space = t.endsWith(' ');
      } else if (t) {
        space = false;
      }
      parts.push(t);
      length += t.length;
      if (maxBytes !== Infinity) bytes += utf8Length(t);
      continue;
    }
    if (node.nodeType === 1) {
      const tag = node.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        parts.push('\n');
        space = false;
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) {
        parts.push('\n\n');
        space = false;
      }
      stack.push({node: node.firstChild, pre: top.pre || tag === 'PRE', block});
    } else if (node.nodeType === 11) {
      stack.push({node: node.firstChild, pre: top.pre, block: false});
    }
  }
  const text = parts.join('')
    .split('\n').map((line) => line.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '')).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutText(text, maxChars, maxBytes);
}

// The bytes in UTF-8 of the character at s[i]: 4 for a surrogate pair (two
// units), 3 for a lone surrogate (TextEncoder writes U+FFFD for it).
function utf8Bytes(s, i) {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return 4;
  return 3;
}

// The number of bytes of `s` in UTF-8, as TextEncoder writes it.
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const size = utf8Bytes(s, i);
    n += size;
    if (size === 4) i++;
  }
  return n;
}

// `text` cut to at most maxChars UTF-16 units and maxBytes bytes of UTF-8,
// at the last paragraph break before the limit (else at the limit, never
// inside a surrogate pair).
export function cutText(text, maxChars = Infinity, maxBytes = Infinity) {
  let limit = Math.min(text.length, maxChars);
  if (maxBytes !== Infinity && limit > maxBytes / 3) {
    let n = 0;
    for (let i = 0; i < limit; i++) {
      const size = utf8Bytes(text, i);
      if (n + size > maxBytes) {
        limit = i;
        break;
      }
      n += size;
      if (size === 4) i++;
    }
  }
  if (limit >= text.length) return text;
  const cut = text.lastIndexOf('\n\n', limit);
  if (cut > 0) return text.slice(0, cut);
  const c = text.charCodeAt(limit - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit);
}

// Block-level cleanup of the article Readability keeps. Readability picks
// the right part of a page but keeps what sits inside it: captions and
// photo credits, "read also" links and related-article lists, share,
// comment and newsletter prompts, advertising labels, dates and
// breadcrumbs. These are found per paragraph-level block, by link density,
// position, length and a short vocabulary in the main languages of the
// web; long paragraphs are never removed by vocabulary.

// Paragraph-level elements: the blocks that the cleanup keeps or removes.
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Whole-block labels (compared without case, punctuation or digits).
const LABELS = new RegExp('^(?:'
  + [
    // advertising
    'advertisements?', 'advertising', 'ads?', 'sponsored', 'anzeigen?', 'werbung', 'gesponsert',
    'publicités?', 'publicidad', 'pubblicità', 'reklamy?', 'reklama', 'sponsorowane', 'annonces?',
    // related articles
    'related(?: (?:stories|articles|posts|content|news|links|reading))?', 'read (?:more|also|next)',
    'see also', 'more (?:stories|news|articles)(?: \\w+)?', 'you (?:may|might) also like', 'recommended(?: for you)?',
    'top stories', 'most read', 'popular', 'trending',
    'lesen sie (?:auch|mehr|weiter)', 'auch interessant', 'das könnte sie (?:auch )?interessieren',
    'mehr zum thema', 'weitere artikel', 'weitere beiträge', 'verwandte (?:artikel|beiträge|themen)',
    'ähnliche (?:artikel|beiträge)', 'empfohlene (?:artikel|beiträge)', 'schon gelesen', 'meistgelesen',
    'heute empfehlen wir', 'weiterlesen', 'mehr dazu', 'entdecken sie (?:jetzt|mehr)', 'top themen',
    'à lire aussi', 'lire aussi', 'lire la suite', 'voir aussi', 'sur le même sujet', 'à découvrir',
    'les plus lus', 'dans la même rubrique', 'articles similaires',
    'leer más', 'lea también', 'lee también', 'te puede interesar', 'le puede interesar',
    'noticias relacionadas', 'más noticias', 'ver también', 'leggi anche', 'articoli correlati',
    'czytaj (?:też|także|więcej|dalej)', 'zobacz (?:też|także|również)', 'polecamy', 'najczęściej czytane',
    'powiązane artykuły', 'lees ook', 'gerelateerde artikelen',
    // share, comments, navigation
    'share(?: this(?: article| post| story)?)?', 'teilen', 'artikel teilen', 'partager', 'compartir',
    'condividi', 'udostępnij', 'delen', 'print', 'drucken', 'imprimer', 'e-?mail',
    '(?:no |keine |pas de |sin |brak )?(?:comments?|kommentare?|commentaires?|comentarios?|komentarz[ey]?)',
    'leave a (?:comment|reply)', 'post a comment', 'kommentar schreiben', 'laisser un commentaire',
    'tags?', 'schlagwörter', 'themen', 'mots-clés', 'etiquetas', 'tagi', 'back', 'zurück', 'retour',
    'volver', 'powrót', 'top', 'nach oben', 'back to top', 'von', 'by', 'par', 'por', 'autor', 'author',
    'loading', 'anmelden', 'login', 'log in', 'sign in',
    'neueste (?:artikel|beiträge|nachrichten)', 'latest (?:articles|posts|news|stories)', 'derniers articles',
    'últimas noticias', 'najnowsze', 'weitere informationen', 'more information', 'kontakt', 'contact',
    'gefällt mir(?: wird geladen)?', 'like this', 'j aime', 'me gusta',
    'das könnte dich (?:auch )?interessieren', 'ebenfalls interessant', 'passend zum thema', 'zum weiterlesen',
    'mehr erfahren', 'jetzt lesen', 'learn more', 'continue reading', 'click here', 'hier klicken',
    'klicken sie hier', 'cliquez ici', 'haz clic aquí', 'kliknij tutaj', 'en savoir plus', 'más información',
    'więcej informacji', 'dowiedz się więcej', 'podobne artykuły', 'polecane', 'artículos relacionados',
    'notas relacionadas', 'te recomendamos', 'recomendado', 'nous recommandons', 'sur le même thème',
    'à voir aussi', 'sponsored content', 'partner content', 'paid content', 'advertorial', 'werbeanzeige',
    'inhaltsverzeichnis', 'table of contents', 'contents', 'sommaire', 'spis treści', 'índice',
    // author boxes, sources, most-read lists, next and previous article
    'über (?:den|die) autor(?:in)?', 'about the author', 'à propos de l auteur', 'sobre el autor', 'sull autore',
    'o autorze', 'autoren', 'authors', 'quellen(?:angaben)?', 'meistgelesene?(?: artikel)?', 'meistdiskutierte?(?: artikel)?',
    'most (?:read|viewed|commented|shared|popular)(?: articles| stories| posts)?',
    '(?:vorschau auf den )?(?:nächsten|nächster|vorheriger|vorherigen) (?:artikel|beitrag)',
    '(?:next|previous) (?:article|post|story)', 'article (?:suivant|précédent)', 'artículo (?:siguiente|anterior)',
  ].join('|')
  + ')$', 'iu');
// Prompts that introduce a link, a list or a form: removed when they start a
// short block.
const PROMPT_START = new RegExp('^(?:'
  + [
    'read (?:more|also|next)\\b', 'related\\b', 'see also\\b', 'more on this\\b', 'also read\\b',
    'lesen sie (?:auch|hier|mehr|weiter)\\b', 'mehr zum thema\\b', 'das könnte dich', 'passend zum thema\\b',
    'hier geht(?:\'|’)?s zu', 'zum weiterlesen\\b', 'continue reading\\b', 'en savoir plus\\b', 'más información\\b', 'mehr (?:dazu|lesen)\\b', 'siehe auch\\b',
    'das könnte sie', 'auch interessant\\b', 'zum thema\\b',
    'lire (?:aussi|également|la suite)\\b', 'à lire (?:aussi|également)\\b', 'voir aussi\\b', 'pour lire la suite\\b',
    'le puede interesar\\b', 'te puede interesar\\b', 'lea también\\b', 'lee también\\b', 'leer más\\b',
    'mire:', 'ver también\\b', 'leggi anche\\b', 'czytaj (?:też|także|więcej)\\b', 'zobacz (?:też|także|również)\\b',
    'this (?:entry|article) was posted\\b', 'posted in\\b', 'filed under\\b', 'tags?:', 'schlagwörter:',
    'kategorie(?:n)?:', 'categor(?:y|ies):', 'catégories?:', 'themen:', 'stichworte:',
  ].join('|')
  + ')', 'iu');
// Promotion, subscription, sharing, comment, login, cookie and disclosure
// vocabulary: a short block containing any of these is removed.
const PROMO = new RegExp(
  [
    'newsletter', 'subscribe', 'abonnez-vous', 'inscrivez-vous', 'regístrate', 'zarejestruj się',
    'jetzt anmelden', 'subscription', 'sign up', 'signup', 'abonnieren', 'abonnement', 'abonnez',
    'abonne', 'suscríbe', 'suscripción', 'iscriviti', 'zapisz się', 'subskryb', 'prenumerat',
    'follow us', 'follow (?:the|me|him|her)\\b.*\\b(?:twitter|facebook|instagram)', 'folgen sie uns',
    'folge uns', 'suivez-nous', 'síguenos', 'seguici', 'obserwuj nas', 'keep up with me',
    'share (?:this|on)\\b', 'teilen sie', 'diesen artikel teilen', 'partagez', 'comparte',
    'to comment', 'kommentieren zu können', 'eingeloggt', 'logged in', 'log in to', 'sign in to',
    'connectez-vous', 'inicia sesión', 'zaloguj', 'comments? (?:are|is) closed',
    'cookies?\\b', 'datenschutz', 'privacy policy', 'affiliate', 'advertising disclo', 'paid links',
    'we may (?:receive|earn) (?:a )?(?:compensation|commission)', 'provision vom', 'werbelink', 'partnerlink',
    'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados',
    'wszelkie prawa zastrzeżone', 'tutti i diritti riservati', 'sofern nicht anders',
    'feedback', 'give us', 'schreiben sie uns', 'send us', 'écrivez-nous', 'by submitting',
    'you(?:\'|’)?re agreeing', 'you agree to',
    'free trial', 'gratis testen', 'jetzt testen', 'jetzt bestellen', 'buy now', 'shop now', 'order now',
    'kostenlos registrieren', 'créez votre compte', 'create (?:an|your) account', 'crea tu cuenta',
    'sie wollen mehr', 'want more\\b', 'never miss', 'nie mehr verpassen', 'verpasse keine', 'verpassen sie keine',
    'ne manquez', 'no te pierdas', 'nie przegap',
    'wird geladen', 'bloggern gefällt', 'teilen mit', 'mit anderen teilen',
    'kommentare sind geschlossen', 'commentaires sont fermés', 'noch keine bewertung', 'no ratings? yet',
    'bewertungen?\\)', 'rate this', 'bewerten sie',
    // comment forms
    '(?:hinterlasse|schreibe?|verfasse) (?:jetzt )?einen kommentar', 'leave a (?:comment|reply)',
    'laisser un commentaire', 'deja (?:un|tu) comentario', 'lascia un commento', '(?:zostaw|dodaj) komentarz',
    'wird (?:benötigt und )?nicht veröffentlicht', 'will not be published', 'ne sera pas publiée?',
    'no será publicad[oa]', 'non sarà pubblicat[oa]', 'nie zostanie opublikowany',
    // licences and disclaimers
    'creative commons', 'cc[- ]by', 'keine haftung', 'haftungsausschluss', 'disclaimer', 'no liability',
    'aucune responsabilité', 'sin responsabilidad', 'meinung des autors', 'opinion of the author', 'views expressed',
    // rating, printing, apps, membership, donations, privacy prompts
    'artikel (?:teilen|bewerten)', 'zu teilen', '(?:artikel|beitrag) (?:hilfreich|nützlich)',
    'was this (?:article|post|page) (?:helpful|useful)', 'cet article vous a',
    '(?:rezept|seite|artikel) drucken', 'print (?:this )?(?:page|article|recipe)', '(?:bei|on|to) pinterest (?:speichern|merken|save)',
    'download (?:the|our) app', '(?:lade|laden sie) (?:dir |jetzt )?(?:die|unsere) app', 'straight to your (?:phone|inbox)',
    'werden sie mitglied', 'become a member', 'jetzt spenden', 'donate (?:now|today)', 'faire un don', 'subskr[iy]p',
    'respektieren (?:deine|ihre) privatsphäre', 'respect your privacy', 'akismet',
  ].join('|'), 'iu');
// Messenger names: sharing buttons and channel prompts, when the block is
// shorter than a sentence that reports on them or they invite to a channel.
const MESSENGERS = /whatsapp|telegram|messenger/iu;
const CHANNEL = /canal|channel|kanal|chaîne|grupo|group|gruppe|únete|join|rejoignez|dołącz|folg|abonn|suivez|síguenos/iu;
// Captions and photo credits.
const CREDIT = new RegExp(
  '\\(c\\)\\s|(?:^|[\\s(])(?:foto|fotos|photo|photos|bild|bilder|credit|credits|crédito|crédit|créditos|'
  + 'zdjęcie|fot\\.|image|images|imagen|titelbild|quelle|source|getty|reuters|afp|dpa|ap photo|'
  + 'illustration|grafik|abbildung|abb\\.|figure|fig\\.)\\s*[:|/]', 'iu');
// A date, a time or a "published"/"updated" line with one.
const DATE_LINE = new RegExp('^(?:(?:veröffentlicht|veröffentlichung|aktualisiert|erstellt|stand|published|'
  + 'updated|posted|last (?:updated|modified)|publié|mis à jour|publicado|actualizado|pubblicato|'
  + 'aggiornato|opublikowano|aktualizacja|data)\\b[^\\n]{0,40}\\d|[\\d\\s./:,-]{6,}$)', 'iu');
// Caption notes on stock and archive pictures.
const FILE_PHOTO = /\((?:symbolbild|symbolfoto|archivbild|archivfoto|file photo|archive photo|stock photo|photo d'archive|photo d'illustration|image d'illustration|foto de archivo|foto d'archivio|zdjęcie ilustracyjne)\)/iu;
// A numeric date, and a block that starts with one.
const DATE = /\b(?:\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2})/u;
const DATED_START = /^\W*(?:\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})/u;
// Breadcrumb trails: "Home > News > Article".
const BREADCRUMB = /\S\s*(?:»|›|>|\/|\|)\s*\S.*\s(?:»|›|>|\/|\|)\s|^\S[^.!?]{0,40}\s(?:»|›|>)\s\S[^.!?]{0,60}$/u;

const normalise = (s) => s.replace(/\s+/g, ' ').trim();
const labelOf = (s) => s.toLowerCase().replace(/[\d\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

// The paragraph-level blocks under `root`, in document order: elements
// that start a paragraph and hold no other such element.
function leafBlocks(root) {
  const leaves = [];
  const walk = [root];
  const seen = new Set();
  while (walk.length) {
    const el = walk.pop();
    let hasBlock = false;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (BLOCKS.has(tag)) hasBlock = true;
      walk.push(c);
    }
    if (el !== root && BLOCKS.has(el.tagName.toUpperCase()) && !hasBlock) {
      seen.add(el);
      leaves.push(el);
    }
  }
  return leaves;
}

// Whether the element sits inside one of `tags` (below `root`).
function inside(el, root, tags) {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (tags.has(p.tagName.toUpperCase())) return p;
  }
  return null;
}

const CAPTIONS = new Set(['FIGCAPTION']);
const FIGURES = new Set(['FIGURE']);
// Content that a figure may hold besides a picture: tables, quotes, code.
const FIGURE_CONTENT = new Set(['TABLE', 'BLOCKQUOTE', 'PRE']);
const CELLS = new Set(['TD', 'TH', 'TR', 'TABLE', 'BLOCKQUOTE', 'PRE']);
// A caption that starts with its picture's or table's number: "Figure 3:".
const NUMBERED_CAPTION = /^(?:abbildung|abb\.|figure|fig\.|bild|foto|photo|image|grafik|grafika|tabelle|table|tableau|tabla|imagen|ilustración|rysunek|rys\.)\s*\d+[a-z]?\s*[:.|–-]\s/iu;
const CAPTION_HINT = /caption|credit|copyright|byline|share|social|related|newsletter|breadcrumb/i;
const SENTENCE_END = /[.!?…]["”»)]?$/u;

function linkTextLength(el) {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += normalise(a.textContent ?? '').length;
  return n;
}

// Why a paragraph-level block is boilerplate ('' when it is not): `text` is
// its normalised text, `first` whether it is the article's first block,
// `root` the element the cleanup works in.
function blockReason(el, text, tag, first, root) {
  const n = text.length;
  const heading = HEADINGS.has(tag);
  const links = linkTextLength(el);
  const cls = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`;
  if (tag === 'FIGCAPTION' || inside(el, root, CAPTIONS)) return 'caption';
  if (n < 300 && (tag === 'FIGURE' || inside(el, root, FIGURES)) && !CELLS.has(tag) && !inside(el, root, FIGURE_CONTENT)) return 'figure';
  if (n < 300 && !heading && NUMBERED_CAPTION.test(text)) return 'numberedCaption';
  if (n < 300 && CAPTION_HINT.test(cls)) return 'captionClass';
  if (n < 300 && links / n > 0.6 && !(heading && first) && !(n >= 100 && SENTENCE_END.test(text))) return 'links';
  if (n <= 80 && LABELS.test(labelOf(text))) return 'label';
  if (n < 200 && PROMPT_START.test(text)) return 'prompt';
  if (n < 250 && PROMO.test(text)) return 'promo';
  if (n < 250 && MESSENGERS.test(text) && (n < 100 || CHANNEL.test(text))) return 'promo';
  if (n < 120 && !heading && CREDIT.test(text)) return 'credit';
  if (n < 250 && /©|\(c\) (?:19|20)\d\d/iu.test(text)) return 'copyright';
  if (n < 250 && FILE_PHOTO.test(text)) return 'filePhoto';
  if (n < 80 && (DATED_START.test(text) || (DATE.test(text) && text.split(' ').length <= 6))) return 'dateStart';
  if (n < 80 && DATE_LINE.test(text)) return 'dateLine';
  if (n < 120 && BREADCRUMB.test(text)) return 'breadcrumb';
  return '';
}

// Class and id words of the boxes that hold no article text: comments,
// author boxes, newsletter, rating, sharing and related-content boxes,
// sidebars and affiliate notes.
const BOX_HINT = new RegExp('(?:^|[\\s_-])(?:comments?|kommentare?|commentaires?|comentarios?|author-?(?:box|bio|info|details)|'
  + 'post-author|about-?(?:the-?)?author|authors|news-?letter|rating|sidebar|affiliate|share|sharing|social|related|'
  + 'breadcrumbs?)(?:$|[\\s_-])', 'i');
// A box is only removed while it holds at most this much text, and less
// than BOX_SHARE of the article's.
const BOX_MAX_CHARS = 1500;
const BOX_SHARE = 0.4;

// Whether `el` sits in a small element below `root` whose class or id names
// a box of boilerplate (BOX_HINT); `boxes` caches the answer per element.
function inBox(el, root, total, boxes) {
  for (let p = el.parentElement, depth = 0; p && p !== root && depth < 8; p = p.parentElement, depth++) {
    let box = boxes.get(p);
    if (box === undefined) {
      box = false;
      if (BOX_HINT.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) {
        const n = normalise(p.textContent ?? '').length;
        box = n <= BOX_MAX_CHARS && n < total * BOX_SHARE;
      }
      boxes.set(p, box);
    }
    if (box) return true;
  }
  return false;
}

// Removes boilerplate blocks from Readability's article element (in place).
export function cleanArticle(root) {
  const leaves = leafBlocks(root);
  const info = leaves.map((el) => {
    const text = normalise(el.textContent ?? '');
    return {el, text, tag: el.tagName.toUpperCase(), drop: ''};
  });
  const total = info.reduce((n, b) => n + b.text.length, 0);
  if (!total) return;
  const boxes = new Map();
  for (const b of info) {
    if (!b.text) continue;
    b.drop = blockReason(b.el, b.text, b.tag, b === info[0], root) || (inBox(b.el, root, total, boxes) ? 'box' : '');
  }
  // A heading whose section is all removed goes too.
  for (let i = 0; i < info.length; i++) {
    if (!HEADINGS.has(info[i].tag) || info[i].drop || info[i].text.length > 100) continue;
    let j = i + 1;
    let kept = 0;
    while (j < info.length && !HEADINGS.has(info[j].tag)) {
      if (!info[j].drop && info[j].text) kept++;
      j++;
    }
    if (kept === 0 && (j > i + 1 || j === info.length) && i > 0) info[i].drop = 'emptySection';
  }
  for (const b of info) if (b.drop) b.el.remove();
}

// Readability often leaves out an article's lead: the intro paragraph that
// sits between the headline and the body, in a header or teaser box of its
// own. The leaves of the page between the heading that holds the title and
// the article's first paragraph are looked at (outside navigation, asides,
// footers, figures and hidden elements); prose among them that the article
// does not already hold and the cleanup would keep is put back in front of
// that paragraph.
const LEAD_WINDOW = 24;  // leaves looked at before the article's first paragraph
const LEAD_MAX = 3;  // paragraphs put back
const LEAD_MIN_CHARS = 60;
const NOT_LEAD = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'FORM']);

// Whether a heading's text is the article's title.
function isTitle(text, title) {
  if (!title || !text) return false;
  if (text === title) return true;
  return (text.length >= 15 && title.includes(text)) || (title.length >= 15 && text.includes(title));
}

// The leaves of `body` (as leafBlocks, in document order) between the last
// heading holding `title` and the leaf whose text is `stop`; null when
// either is not found or more than LEAD_WINDOW leaves lie between them.
function leavesBefore(body, stop, title) {
  const walk = [body];
  let window = null;
  while (walk.length) {
    const el = walk.pop();
    const tag = el.tagName.toUpperCase();
    if (el !== body && (NOT_LEAD.has(tag) || isHiddenElement(el)
      || /^(?:navigation|complementary|contentinfo)$/.test(el.getAttribute('role') ?? ''))) continue;
    let hasBlock = false;
    const children = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const ctag = c.tagName.toUpperCase();
      if (SKIP.has(ctag)) continue;
      if (BLOCKS.has(ctag)) hasBlock = true;
      children.push(c);
    }
    if (el !== body && BLOCKS.has(tag) && !hasBlock) {
      const text = normalise(blockText(el));
      if (!text) continue;
      if (text === stop) return window;
      if (HEADINGS.has(tag) && isTitle(text, title)) window = [];
      else if (window) {
        window.push({el, text, tag});
        if (window.length > LEAD_WINDOW) return null;
      }
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) walk.push(children[i]);
  }
  return null;
}

// Puts the lead Readability left out back into its cleaned article (see
// above); `excerpt` is the page's description, normalised.
function restoreLead(doc, article, title, excerpt) {
  if (!doc.body || !title) return;
  const first = leafBlocks(article).find((el) => !HEADINGS.has(el.tagName.toUpperCase())
    && normalise(el.textContent ?? '').length >= 40);
  if (!first) return;
  const leaves = leavesBefore(doc.body, normalise(blockText(first)), normalise(title));
  if (!leaves) return;
  const have = normalise(article.textContent ?? '');
  let added = 0;
  let subtitle = true;  // no heading or longer block seen yet
  for (const b of leaves) {
    const n = b.text.length;
    const heading = HEADINGS.has(b.tag);
    const underTitle = subtitle;
    if (heading || n >= LEAD_MIN_CHARS) subtitle = false;
    if (added >= LEAD_MAX || n < LEAD_MIN_CHARS || have.includes(b.text)) continue;
    // A heading only as the title's subtitle (the first heading or longer
    // block after it), other blocks as sentences; either as the page's
    // description (Readability's excerpt).
    const summary = excerpt && (excerpt.includes(b.text.slice(0, 80)) || b.text.includes(excerpt));
    if (!summary && (heading ? !underTitle : !SENTENCE_END.test(b.text))) continue;
    if (linkTextLength(b.el) / n > 0.25 || blockReason(b.el, b.text, b.tag, false, doc.body)) continue;
    const p = article.ownerDocument.createElement('p');
    p.textContent = b.text;
    first.parentNode.insertBefore(p, first);
    added++;
  }
}

// Readability's article is used when it has at least this many characters
// (or half the body's text).
const MIN_ARTICLE_CHARS = 200;
// Readability tries again with looser rules while its article is shorter
// than this, and keeps the longest it found; above its default of 500 it
// misses fewer articles that a short block of boilerplate scores above
// (the cleanup then removes more of what the looser rules let in).
const READABILITY_CHARS = 2000;
// Readability reads the text under each element, so its work grows with
// the sum of all elements' depths (the sum of all subtrees' sizes); deeper
// or larger trees are read without it. Near the limit (four chains of 250
// nested elements) it took about 2 s in Chromium on a busy machine; the
// largest of 400 real news pages sums to about 83,000.
const MAX_READABILITY_DEPTH = 256;
const MAX_READABILITY_WORK = 150_000;

// Whether Readability would take too long on the tree under `root`: its
// depth or the sum of its elements' depths is over the limits above.
function tooBigForReadability(root) {
  const stack = [[root, 0]];
  let work = 0;
  while (stack.length) {
    const [node, depth] = stack.pop();
    work += depth;
    if (depth > MAX_READABILITY_DEPTH || work > MAX_READABILITY_WORK) return true;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

// The article text of a parsed document: {text, title, source} where source
// is 'article' when Readability (the class, passed in; null to skip it)
// found one, else 'page' (the body's text). The document is not changed:
// Readability reads a clone. Options: maxChars, maxBytes (see blockText); withTitle
// puts the article's title in front of its text when the text does not
// start with it.
export function documentText(doc, Readability, {maxChars = Infinity, maxBytes = Infinity, withTitle = false} = {}) {
  const deep = doc.body ? tooBigForReadability(doc.body) : false;
  let bodyText = null;
  const body = () => (bodyText ??= doc.body ? blockText(doc.body, maxChars, {maxBytes}) : '');
  if (typeof Readability === 'function' && !deep) {
    let article = null;
    try {
      // The serializer hands back the element: its text is read here,
      // without serializing and reparsing HTML. Classes are kept for the
      // cleanup.
      const copy = doc.cloneNode(true);
      removeHidden(copy);
      article = new Readability(copy,
        {charThreshold: READABILITY_CHARS, keepClasses: true, serializer: (el) => el}).parse();
    } catch {
      // A page Readability cannot read falls back to the body's text.
      article = null;
    }
    if (article && article.content) {
      cleanArticle(article.content);
      restoreLead(doc, article.content, article.title, normalise(String(article.excerpt ?? '')));
      const text = blockText(article.content, maxChars, {maxBytes});
      if (text.length >= MIN_ARTICLE_CHARS || text.length >= body().length * 0.5) {
        // White space collapsed, as a browser's document.title has it.
        const title = String(article.title ?? '').replace(/\s+/g, ' ').trim();
        const full = withTitle && title && !text.startsWith(title)
          ? cutText(`${title}\n\n${text}`, maxChars, maxBytes) : text;
        return {text: full, title, source: 'article'};
      }
    }
  }
  const text = doc.body && !deep ? pageText(doc.body, maxChars, maxBytes) : body();
  return {text, title: String(doc.title ?? '').replace(/\s+/g, ' ').trim(), source: 'page'};
}

// Elements hidden by an attribute or an inline style, as Readability
// judges them, read from the attributes so that every DOM implementation
// gives the same answer (Readability asks element.style, and after a retry
// with looser rules a browser's DOM and linkedom's disagree).
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

// Whether an element is hidden by HIDDEN_STYLE or a hidden attribute.
function isHiddenElement(el) {
  const ariaHidden = el.getAttribute('aria-hidden') === 'true'
    && !String(el.getAttribute('class') ?? '').includes('fallback-image');
  return el.hasAttribute('hidden') || ariaHidden || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

// Removes the elements HIDDEN_STYLE and the hidden attributes hide.
function removeHidden(root) {
  for (const el of [...root.querySelectorAll('[hidden], [aria-hidden], [style]')]) {
    if (isHiddenElement(el)) el.remove();
  }
}

// Landmarks that hold no article text.
const NOT_ARTICLE = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

// The body's text without hidden elements, its navigation and the blocks
// the cleanup removes (on a copy).
function pageText(body, maxChars, maxBytes) {
  const copy = body.cloneNode(true);
  removeHidden(copy);
  for (const el of copy.querySelectorAll(NOT_ARTICLE)) el.remove();
  cleanArticle(copy);
  return blockText(copy, maxChars, {maxBytes});
}

// HTML source that a parser reads slowly. Browsers' parsers stop nesting at
// about 512 elements and then take time that grows with the square of the
// element count (60,000 nested <div>s: about 20 s in Chromium), and
// Readability's work grows with depth times size. scanHtml measures the
// source in one pass, without parsing it; a page whose nesting goes past
// MAX_HTML_DEPTH is read by htmlSourceText instead of a parser.
export const MAX_HTML_DEPTH = 256;

// Elements that never hold content, and elements whose end tag may be left
// out (a parser closes them itself): neither counts as nesting.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup',
  'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
// Elements whose content is raw text: tags inside them are not tags.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes',
  'plaintext', 'noscript']);

// The tags of an HTML source, in order, without backtracking: visit(tag)
// is called with {start, end, name, closing, selfClosing} (name in lower
// case, end just past the ">"; comments and declarations come with
// comment: true) and returns where to go on from (or nothing for tag.end). Each character is read a bounded
// number of times, however the tags are left open.
function eachTag(source, visit) {
  let close = -1;  // the next ">" at or after the current tag's start
  for (let at = source.indexOf('<'); at >= 0 && at < source.length;) {
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4);
      if (end < 0) return;
      visit({start: at, end: end + 3, name: '', comment: true});
      at = source.indexOf('<', end + 3);
      continue;
    }
    if (close < at) close = source.indexOf('>', at + 1);
    if (close < 0) return;
    const head = TAG_HEAD.exec(source.slice(at, Math.min(close, at + 64)));
    let next = at + 1;  // a "<" that starts no tag is text
    if (head) {
      const tag = {start: at, end: close + 1, name: head[2].toLowerCase(), closing: head[1] === '/',
        selfClosing: source[close - 1] === '/'};
      next = visit(tag) ?? tag.end;
    } else if (source[at + 1] === '!' || source[at + 1] === '?') {
      visit({start: at, end: close + 1, name: '', comment: true});
      next = close + 1;
    }
    at = source.indexOf('<', next);
  }
}
const TAG_HEAD = /^<(\/?)([a-zA-Z][\w:-]*)/;

// Where the raw text of the element `name` that starts at `from` ends: just
// past its end tag, or the end of the source.
function rawTextEnd(source, lower, name, from) {
  const end = lower.indexOf(`</${name}`, from);
  if (end < 0) return source.length;
  const close = source.indexOf('>', end);
  return close < 0 ? source.length : close + 1;
}

// {tags, depth}: the number of start tags in an HTML source and the deepest
// nesting of elements that need an end tag. Linear in the source's length.
export function scanHtml(html) {
  const source = String(html);
  const lower = source.toLowerCase();
  let tags = 0;
  let depth = 0;
  let deepest = 0;
  eachTag(source, (tag) => {
    if (tag.comment) return undefined;
    if (tag.closing) {
      if (!VOID.has(tag.name) && depth > 0) depth--;
      return undefined;
    }
    tags++;
    if (RAW.has(tag.name)) return rawTextEnd(source, lower, tag.name, tag.end);
    if (!tag.selfClosing && !VOID.has(tag.name)) {
      depth++;
      if (depth > deepest) deepest = depth;
    }
    return undefined;
  });
  return {tags, depth: deepest};
}

// Whether an HTML source should be read without a parser (see scanHtml).
export function hostileHtml(html) {
  return scanHtml(html).depth > MAX_HTML_DEPTH;
}

const NAMED_ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

// The text of an HTML source without a parser, in time linear in its
// length: raw-text elements and comments are dropped, block elements
// start paragraphs and the remaining tags go. For pages a parser would
// take too long on; `maxChars` as in blockText.
export function htmlSourceText(html, maxChars = Infinity) {
  const source = String(html);
  const lower = source.toLowerCase();
  const parts = [];
  let at = 0;
  eachTag(source, (tag) => {
    parts.push(source.slice(at, tag.start));
    at = tag.end;
    if (tag.comment) return undefined;
    const name = tag.name.toUpperCase();
    if (!tag.closing && (SKIP.has(name) || RAW.has(tag.name) || name === 'HEAD')) {
      at = rawTextEnd(source, lower, tag.name, tag.end);
      return at;
    }
    if (name === 'BR') parts.push('\n');
    else if (BLOCKS.has(name)) parts.push('\n\n');
    return undefined;
  });
  // What follows the last tag, without a comment or tag left open.
  const rest = source.slice(at);
  parts.push(rest.replace(/<!--[\s\S]*$|<[a-zA-Z/!?][^<>]*$/, ''));
  let text = parts.join('')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body) => {
      if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*/g, '\n')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length > maxChars) {
    const cut = text.lastIndexOf('\n\n', maxChars);
    text = text.slice(0, cut > 0 ? cut : maxChars);
  }
  return text;
}
