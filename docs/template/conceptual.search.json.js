// Writes <page>.search.json beside each page: its title, its section headings (with their anchors) and its text,
// which the site's search ranks in that order (public/search.js). docfx's own index.json has no headings.

function text(html) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

exports.transform = function (model) {
  var html = model.conceptual || '';
  var headings = [];
  var pattern = /<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;
  var match;
  while ((match = pattern.exec(html)) !== null) {
    headings.push({ id: match[2], text: text(match[3]) });
  }

  model._search = JSON.stringify({ title: model.title || '', headings: headings, text: text(html) });
  return model;
};
