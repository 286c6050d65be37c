// The site's additions to docfx's modern template (docfx calls start() before it renders the page's navigation).
import { enableSiteSearch } from './search.js'

// docfx renders its theme picker as <a data-bs-toggle="dropdown" aria-expanded> with no href: not reachable with
// Tab, and aria-expanded is not allowed on an element with no role (axe: aria-allowed-attr, critical). Make every
// such toggle a real button-like link, whenever docfx (re)renders the navbar.
function makeTogglesAccessible(root) {
  for (const toggle of root.querySelectorAll('a[data-bs-toggle="dropdown"]:not([href])')) {
    toggle.setAttribute('href', '#')
    toggle.setAttribute('role', 'button')
  }
}

// docfx wraps each table in a div.table-responsive that scrolls when the table is wider than the column; a
// keyboard user can only scroll what can take focus (axe: scrollable-region-focusable, serious).
function makeScrollingTablesFocusable(root) {
  for (const wrapper of root.querySelectorAll('.table-responsive:not([tabindex])')) {
    wrapper.setAttribute('tabindex', '0')
  }
}

function whenRendered(id, fix) {
  const root = document.getElementById(id)
  if (root) {
    fix(root)
    new MutationObserver(() => fix(root)).observe(root, { childList: true, subtree: true })
  }
}

export default {
  start: () => {
    whenRendered('navbar', makeTogglesAccessible)
    whenRendered('main-content', makeScrollingTablesFocusable)
    enableSiteSearch()
  },
}
