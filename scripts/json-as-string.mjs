// esbuild plugin shared by the CLI bundle (bundle-cli.mjs) and the browser bundle (bundle-browser.mjs).
import { readFile } from 'node:fs/promises'

// The rules' word lists (JSON) as JSON.parse of one string instead of object literals: V8 parses
// JSON much faster than it compiles and runs the same data written as JavaScript.
export const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')))
      // A rule's word lists are parsed on first use: English drafts never read tr.json, and a rule
      // that has nothing to check in a draft (empathy without the customer's message) never reads its own.
      if (/[\\/]rules[\\/][^\\/]+[\\/][^\\/]+\.json$/.test(args.path)) return { contents: lazyJson(text), loader: 'js' }
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)})`, loader: 'js' }
    })
  },
}

/** An ES module whose default export parses `text` the first time anything reads it. */
function lazyJson(text) {
  return `let data
const load = () => (data ??= JSON.parse(${JSON.stringify(text)}))
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key)
    return descriptor && { ...descriptor, configurable: true }
  },
})
`
}
