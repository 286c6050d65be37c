// The site's search. docfx's own search ranks pages by their whole text and cannot split a query such as
// "Task.WhenAll", so on a site where every page mentions WhenAll the page about it is rarely first. This one ranks
// where a query word appears: in the page title first, then in its section headings, then in its text, and links
// to the section that matched. Each page's title, headings and text come from <page>.search.json, which the
// template writes beside it (conceptual.search.json.js); the list of pages comes from the tocs.

const rel = globalThis.document?.querySelector('meta[name="site:rel"]')?.content ?? ''

// "Task.WhenAll()" -> ["task", "whenall"]; "CancellationToken" -> ["cancellationtoken"]
const words = text => text.toLowerCase().split(/[^a-z0-9]+/).filter(w => w.length > 0)
const compact = text => words(text).join('')
const camelParts = word => word.split(/(?<=[a-z0-9])(?=[A-Z])/).map(w => w.toLowerCase())

// A word matches a query term when it is the term, or the term with a short ending ("channels" for "channel").
const matches = (word, term) => word === term ||
  (term.length >= 5 && word.startsWith(term) && word.length - term.length <= 2)

/** The terms of a query, each with a weight: its words; the parts of a CamelCase word; the words run together. */
export function queryTerms(query) {
  const terms = new Map()
  const add = (term, weight) => terms.set(term, Math.max(terms.get(term) ?? 0, weight))
  for (const token of query.split(/[^A-Za-z0-9]+/).filter(t => t.length > 0)) {
    add(token.toLowerCase(), 1)
    const parts = camelParts(token)
    if (parts.length > 1) parts.forEach(p => add(p, 0.5))
  }
  const joined = compact(query)
  if (words(query).length > 1) add(joined, 1)
  return terms
}

/** A page's score for the query, and the heading that matched best (where to send the reader). */
export function rank(page, terms, rarity = () => 1) {
  let score = 0
  const headingScore = new Map()
  for (const [term, weight] of terms) {
    const w = weight * rarity(term) // a word every page has ("async") tells the pages apart least
    if (page.titleCompact === term) score += 12 * w
    else if (page.titleWords.some(word => matches(word, term))) score += 10 * w
    let found = 0
    for (const h of page.headings) {
      if (found === 2) break
      const s = h.compact === term ? 8
        : h.words.slice(0, 2).some(word => matches(word, term)) ? 5
        : h.words.some(word => matches(word, term)) || (term.length > 8 && h.compact.includes(term)) ? 3
        : 0
      if (s > 0) {
        score += s * w
        headingScore.set(h, (headingScore.get(h) ?? 0) + s * w)
        found++
      }
    }
    const tf = page.counts.get(term) ?? 0
    score += w * tf / (tf + 5)
  }
  let heading = null
  for (const [h, s] of headingScore) if (!heading || s > headingScore.get(heading)) heading = h
  return { score, heading }
}

/** How rare a term is across the pages: 1 for a term on one page, less the more pages have it. */
export function rarityOf(pages) {
  const cache = new Map()
  return term => {
    if (!cache.has(term)) {
      const df = pages.filter(p => p.counts.has(term) || p.titleCompact.includes(term)).length
      cache.set(term, df === 0 ? 1 : Math.log(1 + pages.length / df) / Math.log(1 + pages.length))
    }
    return cache.get(term)
  }
}

async function fetchJson(url) {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`search: ${url} answered ${response.status}`)
  return response.json()
}

// Every page the tocs link to, as site-relative paths of their .html files, in toc order.
async function pagesOfTocs() {
  const pages = []
  const seen = new Set()
  async function walk(tocPath) {
    if (seen.has(tocPath)) return
    seen.add(tocPath)
    const folder = tocPath.includes('/') ? tocPath.slice(0, tocPath.lastIndexOf('/') + 1) : ''
    const visit = async items => {
      for (const item of items ?? []) {
        if (item.href?.endsWith('.html') && !item.href.includes('://')) {
          const page = new URL(folder + item.href, 'https://site/').pathname.slice(1)
          if (!pages.includes(page)) pages.push(page)
        }
        if (item.tocHref) await walk(new URL(folder + item.tocHref.replace(/\.html$/, '.json'), 'https://site/').pathname.slice(1))
        await visit(item.items)
      }
    }
    await visit((await fetchJson(rel + tocPath)).items)
  }
  await walk('toc.json')
  return pages
}

let index
function loadIndex() {
  index ??= pagesOfTocs().then(pages => Promise.all(pages.map(async href => {
    const data = await fetchJson(rel + href.replace(/\.html$/, '.search.json'))
    const counts = new Map()
    for (const w of words(data.text)) counts.set(w, (counts.get(w) ?? 0) + 1)
    return {
      href,
      title: data.title,
      titleWords: words(data.title),
      titleCompact: compact(data.title),
      headings: data.headings.map(h => ({ ...h, words: words(h.text), compact: compact(h.text) })),
      counts,
    }
  })))
  return index
}

/** The pages that match a query, best first. */
export async function search(query) {
  const terms = queryTerms(query)
  if (terms.size === 0) return []
  const pages = await loadIndex()
  const rarity = rarityOf(pages)
  return pages
    .map(page => ({ page, ...rank(page, terms, rarity) }))
    .filter(r => r.score > 0)
    .sort((a, b) => b.score - a.score || a.page.href.localeCompare(b.page.href))
}

function render(results, query, container) {
  container.replaceChildren()
  const summary = document.createElement('div')
  summary.className = 'search-list'
  summary.textContent = results.length === 0
    ? `No results for "${query}"`
    : `${results.length} result${results.length === 1 ? '' : 's'} for "${query}"`
  const items = document.createElement('div')
  items.className = 'sr-items'
  for (const { page, heading } of results.slice(0, 10)) {
    const item = document.createElement('div')
    item.className = 'sr-item'
    const title = document.createElement('div')
    title.className = 'item-title'
    const link = document.createElement('a')
    link.href = rel + page.href + (heading ? '#' + heading.id : '')
    link.textContent = heading ? `${page.title} › ${heading.text}` : page.title
    title.append(link)
    const where = document.createElement('div')
    where.className = 'item-href'
    where.textContent = page.href
    item.append(title, where)
    items.append(item)
  }
  container.append(summary, items)
}

/** Wires the search box: results replace the page while the box holds a query. */
export function enableSiteSearch() {
  const input = document.getElementById('site-search')
  const container = document.getElementById('search-results')
  if (!input || !container) return
  input.addEventListener('focus', () => loadIndex().catch(console.error), { once: true })
  let latest = 0
  input.addEventListener('input', async () => {
    const query = input.value.trim()
    const ticket = ++latest
    if (query === '') {
      document.body.removeAttribute('data-search')
      return
    }
    const results = await search(query)
    if (ticket !== latest) return // a newer query is on its way
    render(results, query, container)
    document.body.setAttribute('data-search', 'true')
  })
  input.form?.addEventListener('submit', e => e.preventDefault())
}
