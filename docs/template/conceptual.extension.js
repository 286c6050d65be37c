// Runs after docfx has rendered a page's Markdown (conceptual.html.primary.js calls it): every code and output block
// gets a caption saying what it is, from snippets/examples.json, which the tests derive from the examples themselves
// (tests/SnippetHarness/SiteMetadata.cs). A block's entry is found by a hash of its text, computed here as there.

// The text as the tests normalize it: LF line ends, no trailing spaces, no trailing blank lines.
function normalize(text) {
  var lines = text.replace(/\r\n?/g, '\n').split('\n').map(function (l) { return l.replace(/\s+$/, ''); });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

// FNV-1a over UTF-16 code units; the multiplication by 16777619 (2^24 + 2^8 + 2^7 + 2^4 + 2^1 + 1) done in shifts.
function hash(text) {
  var h = 0x811c9dc5;
  for (var i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
  }
  return ('0000000' + h.toString(16)).slice(-8);
}

function unescapeHtml(html) {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function caption(entry, rel) {
  var file = entry.file.split('/').pop();
  var link = '<a class="block-file" href="' + escapeHtml(rel + entry.file) + '" download>' + escapeHtml(file) + '</a>';
  if (entry.kind === 'diagram') {
    return '<span class="block-label">Diagram</span> <span class="block-note">' + escapeHtml(entry.title) + '</span>';
  }
  if (entry.kind === 'results') {
    return '<span class="block-label">Test results</span> <span class="block-note">of ' + link + ', from <code>' + escapeHtml(entry.run) + '</code></span>';
  }
  if (entry.kind === 'output') {
    return '<span class="block-label">Output</span> <span class="block-note">of ' + link + ', verified on ' + escapeHtml(entry.verified) + '</span>';
  }
  var label = entry.kind === 'mistake' ? '<span class="block-label">Mistake</span> '
    : entry.kind === 'fix' ? '<span class="block-label">Fix</span> '
    : '';
  var diagnostics = (entry.diagnostics || []).map(function (id) { return '<span class="block-diagnostic">' + escapeHtml(id) + '</span> '; }).join('');
  var run = entry.run ? ' <span class="block-note">run it: <code>' + escapeHtml(entry.run) + '</code></span>' : '';
  return label + diagnostics + link + run;
}

// A code block wider than the column scrolls (highlight.js makes the <code> the scrolling box), and a keyboard
// user can only scroll what can take focus.
function describeBlocks(html, examples, rel) {
  return html.replace(/<pre><code([^>]*)>([\s\S]*?)<\/code><\/pre>/g, function (block, attributes, content) {
    var pre = '<pre><code tabindex="0"' + attributes + '>' + content + '</code></pre>';
    var entry = examples && examples[hash(normalize(unescapeHtml(content)))];
    if (!entry) return pre;
    return '<figure class="block block-' + (entry.kind || 'code') + '"><figcaption>' + caption(entry, rel) + '</figcaption>' + pre + '</figure>';
  });
}

exports.preTransform = function (model) {
  return model;
};

// A page's description for search engines and link previews: its first paragraph, cut at a word near 160 characters.
function firstParagraph(html) {
  var match = /<p[^>]*>([\s\S]*?)<\/p>/.exec(html);
  if (!match) return undefined;
  var text = unescapeHtml(match[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
  return text.length <= 160 ? text : text.slice(0, text.lastIndexOf(' ', 157)) + '…';
}

exports.postTransform = function (model) {
  model.conceptual = describeBlocks(model.conceptual, model._examples, model._rel || '');
  model.description = model.description || firstParagraph(model.conceptual);

  // docfx makes the page's link from the git remote as a view of its first line (".../blob/main/docs/x.md/#L1"):
  // link to GitHub's editor for it instead, and keep the repository's address for the footer.
  var source = /^(https:\/\/github\.com\/[^/]+\/[^/]+)\/blob\/([^/]+)\/(.+?)\/?(#L\d+)?$/.exec(model.docurl || '');
  if (source) {
    model.docurl = source[1] + '/edit/' + source[2] + '/' + source[3];
    model._repositoryUrl = source[1];
  }

  // The layout appends " | <site name>" to every title; the home page's title is the site name already.
  if (model.title === model._appTitle) model._appTitle = undefined;
  return model;
};
