/**
 * Rule option schemas: a small subset of JSON Schema (`type`, `properties`,
 * `additionalProperties`, `items`, `enum`, `minimum`/`maximum`, `anyOf`, `format: "regex"`),
 * declared next to each rule's meta and checked when a linter is created. Hand-written: ajv
 * compiles each schema at start-up (tens of ms for 21 rules, on every CLI run) and its messages
 * name JSON pointers; this walks a handful of keys and names the config key as written
 * (`rules.pii[1].add.keys[0].pattern must be a string`).
 */
export type Schema =
  | { type: 'string'; enum?: readonly string[]; format?: 'regex'; description?: string }
  | { type: 'number'; minimum?: number; maximum?: number; integer?: boolean; description?: string }
  | { type: 'boolean'; description?: string }
  | { type: 'array'; items: Schema; description?: string }
  | { type: 'object'; properties?: Readonly<Record<string, Schema>>; additionalProperties?: Schema | false; required?: readonly string[]; description?: string }
  | { anyOf: readonly Schema[]; description?: string }

/** A value that does not fit: where (`add.keys[0].pattern`) and why (`must be a string`). */
export interface SchemaProblem {
  path: string
  message: string
}

/** Checks a value found at `path` against a `format` (regular expressions). */
export type FormatCheck = (format: 'regex', value: string, path: string) => string | undefined

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

const key = (path: string, name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`)

/** How a schema reads in a message: `a list of strings`, `a number from 0 to 1`. */
export function describe(schema: Schema): string {
  if (schema.description) return schema.description
  if ('anyOf' in schema) return schema.anyOf.map(describe).join(' or ')
  switch (schema.type) {
    case 'string':
      return schema.enum ? `one of ${schema.enum.join(', ')}` : 'a string'
    case 'number': {
      const what = schema.integer ? 'a whole number' : 'a number'
      if (schema.minimum !== undefined && schema.maximum !== undefined) return `${what} from ${schema.minimum} to ${schema.maximum}`
      if (schema.minimum !== undefined) return `${what} ≥ ${schema.minimum}`
      return what
    }
    case 'boolean':
      return 'true or false'
    case 'array':
      return `a list of ${plural(describe(schema.items))}`
    case 'object':
      return 'an object'
  }
}

function plural(s: string): string {
  if (s.startsWith('a list')) return 'lists'
  if (s === 'a string') return 'strings'
  if (s === 'an object') return 'objects'
  if (s === 'true or false') return 'true/false values'
  return s.replace(/^an? /, '')
}

/** The first problem with `value`, or undefined. `path` names the value in messages. */
export function check(value: unknown, schema: Schema, path: string, format?: FormatCheck): SchemaProblem | undefined {
  if ('anyOf' in schema) {
    const problems = schema.anyOf.map((s) => check(value, s, path, format))
    if (problems.some((p) => p === undefined)) return undefined
    // A value of the right outer type is judged by that alternative: its message is more precise.
    const matchingType = schema.anyOf.findIndex((s) => !('anyOf' in s) && sameType(value, s))
    return matchingType >= 0 ? problems[matchingType] : { path, message: `must be ${describe(schema)}` }
  }
  const fail = (message = `must be ${describe(schema)}`): SchemaProblem => ({ path, message })
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return fail()
      if (schema.enum && !schema.enum.includes(value)) return fail(`must be one of ${schema.enum.join(', ')} (got ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)})`)
      if (schema.format && format) {
        const why = format(schema.format, value, path)
        if (why) return fail(why)
      }
      return undefined
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail()
      if (schema.integer && !Number.isInteger(value)) return fail()
      if (schema.minimum !== undefined && value < schema.minimum) return fail()
      if (schema.maximum !== undefined && value > schema.maximum) return fail()
      return undefined
    case 'boolean':
      return typeof value === 'boolean' ? undefined : fail()
    case 'array': {
      if (!Array.isArray(value)) return fail()
      for (let i = 0; i < value.length; i++) {
        const problem = check(value[i], schema.items, `${path}[${i}]`, format)
        if (problem) return problem
      }
      return undefined
    }
    case 'object': {
      if (!isObject(value)) return fail()
      for (const name of schema.required ?? []) if (value[name] === undefined) return { path: key(path, name), message: 'is required' }
      for (const [name, v] of Object.entries(value)) {
        const property = schema.properties?.[name]
        if (property) {
          if (v === undefined) continue
          const problem = check(v, property, key(path, name), format)
          if (problem) return problem
        } else if (schema.additionalProperties === undefined || schema.additionalProperties === false) {
          const known = Object.keys(schema.properties ?? {})
          return { path: key(path, name), message: `is not a known option${known.length > 0 ? ` (known: ${known.join(', ')})` : ' (this rule has no options)'}` }
        } else {
          const problem = check(v, schema.additionalProperties, key(path, name), format)
          if (problem) return problem
        }
      }
      return undefined
    }
  }
}

function sameType(value: unknown, schema: Schema): boolean {
  if ('anyOf' in schema) return false
  switch (schema.type) {
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    default:
      return typeof value === schema.type
  }
}

// Shorthands for rule schemas.
export const string: Schema = { type: 'string' }
export const boolean: Schema = { type: 'boolean' }
export const strings: Schema = { type: 'array', items: string }
export const channels: Schema = { type: 'array', items: { type: 'string', enum: ['email', 'chat', 'social', 'sms'] } }
export const options = (properties: Record<string, Schema>): Schema => ({ type: 'object', properties, additionalProperties: false })
export const noOptions: Schema = options({})
/** `{ "word": value }`: keys are free, values follow `values`. */
export const mapOf = (values: Schema): Schema => ({ type: 'object', additionalProperties: values })
export const numberIn = (minimum: number, maximum?: number, integer = false): Schema => ({ type: 'number', minimum, ...(maximum !== undefined ? { maximum } : {}), ...(integer ? { integer } : {}) })
