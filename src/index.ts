/**
 * netiquette: lint customer-service replies before they are sent. The Node entry registers the
 * Markdown and HTML parsers and franc-min eagerly, so `lintSync` handles every format.
 */
import './input/register-parsers.js'
import './register-detector.js'

export * from './api.js'
// Node's createLinter routes drafts by `context.path` through the config's `overrides`
// (one inner linter per distinct merged config); the browser entry keeps the plain one.
export { createPathLinter as createLinter } from './config/path-linter.js'
