/**
 * The netiquette playground, and the reference integration for a help-desk sidebar app: one
 * linter built once, the draft linted on every typing pause, findings listed and underlined,
 * suggestions and safe fixes applied to the text. Plain DOM, no framework.
 */
import { createLinter, type Channel, type Diagnostic, type LintResult } from 'netiquette'

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const draft = $<HTMLTextAreaElement>('draft')
const highlights = $('highlights')
const channel = $<HTMLSelectElement>('channel')
const customerName = $<HTMLInputElement>('customer-name')
const customerMessage = $<HTMLTextAreaElement>('customer-message')

const linter = createLinter({ language: 'en' })
const context = () => ({
  channel: channel.value as Channel,
  customer: { name: customerName.value.trim() || undefined, message: customerMessage.value.trim() || undefined },
})

let latest = 0
/** Lint the draft and show the result; a slower, older run never overwrites a newer one. */
async function update(): Promise<void> {
  const run = ++latest
  const result = await linter.lint(draft.value, context())
  if (run !== latest) return
  render(draft.value, result)
  document.body.dataset.lints = String(run) // for tests: how many results have been shown
}

let timer: ReturnType<typeof setTimeout> | undefined
const debounced = (): void => {
  clearTimeout(timer)
  timer = setTimeout(update, 150)
}

function render(text: string, result: LintResult): void {
  $('score').textContent = String(result.score)
  $('score').className = `score ${result.score >= 90 ? 'good' : result.score >= 70 ? 'fair' : 'poor'}`
  $('counts').textContent = result.messages.length === 0 ? 'No findings' : `${result.errorCount} errors · ${result.warningCount} warnings · ${result.infoCount} info`
  $('json').textContent = JSON.stringify(result, null, 2)
  $('findings').replaceChildren(...result.messages.map((m, i) => finding(m, i)))
  highlights.replaceChildren(...underline(text, result.messages))
  highlights.scrollTop = draft.scrollTop
}

/**
 * The draft's text with findings wrapped in <mark>s, behind the transparent textarea. Marks can't
 * overlap: the shortest findings win (a sign-off finding spans the whole draft), the rest are
 * listed only, as are insertion points (empty ranges).
 */
function underline(text: string, messages: Diagnostic[]): Node[] {
  const chosen: Array<[Diagnostic, number]> = []
  const byLength = messages.map((m, i): [Diagnostic, number] => [m, i]).sort(([a], [b]) => a.endOffset - a.offset - (b.endOffset - b.offset))
  for (const [m, i] of byLength) {
    if (m.endOffset > m.offset && chosen.every(([c]) => m.endOffset <= c.offset || m.offset >= c.endOffset)) chosen.push([m, i])
  }
  chosen.sort(([a], [b]) => a.offset - b.offset)
  const nodes: Node[] = []
  let at = 0
  for (const [m, i] of chosen) {
    const mark = document.createElement('mark')
    mark.className = m.severity
    mark.dataset.finding = String(i)
    mark.textContent = text.slice(m.offset, m.endOffset)
    nodes.push(document.createTextNode(text.slice(at, m.offset)), mark)
    at = m.endOffset
  }
  nodes.push(document.createTextNode(text.slice(at) + '\n'))
  return nodes
}

function finding(m: Diagnostic, index: number): HTMLLIElement {
  const li = document.createElement('li')
  li.className = m.severity
  li.dataset.finding = String(index)
  const head = document.createElement('div')
  head.innerHTML = '<span class="rule"></span> <span class="where"></span>'
  head.querySelector('.rule')!.textContent = m.ruleId
  head.querySelector('.where')!.textContent = `${m.line}:${m.column}`
  const message = document.createElement('p')
  message.textContent = m.message
  li.append(head, message)
  for (const suggestion of m.suggestions) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'suggestion'
    button.textContent = suggestion === '' ? 'remove' : suggestion
    button.title = `Replace “${m.actual}”`
    button.onclick = () => {
      // The draft may have changed since this finding was shown: only replace the text it is about.
      if (draft.value.slice(m.offset, m.endOffset) === m.actual) edit(draft.value.slice(0, m.offset) + suggestion + draft.value.slice(m.endOffset))
    }
    li.append(button)
  }
  return li
}

function edit(text: string): void {
  draft.value = text
  void update()
}

draft.addEventListener('input', debounced)
draft.addEventListener('scroll', () => (highlights.scrollTop = draft.scrollTop))
for (const field of [channel, customerName, customerMessage]) field.addEventListener('input', debounced)
$('fix-all').addEventListener('click', async () => edit(await linter.fix(draft.value, context())))
void update()
