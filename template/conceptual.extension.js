// Runs after docfx has rendered a page's Markdown (conceptual.html.primary.js calls it).

// A code block wider than the column scrolls (highlight.js makes the <code> the scrolling box), and a keyboard
// user can only scroll what can take focus.
function focusableCodeBlocks(html) {
  return html.replace(/<pre><code(?=[ >])/g, '<pre><code tabindex="0"');
}

exports.preTransform = function (model) {
  return model;
};

exports.postTransform = function (model) {
  model.conceptual = focusableCodeBlocks(model.conceptual);
  return model;
};
