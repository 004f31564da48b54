/**
 * netiquette: lint customer-service replies before they are sent. The Node entry registers the
 * Markdown and HTML parsers and franc-min eagerly, so `lintSync` handles every format.
 */
import './input/register-parsers.js'
import './register-detector.js'

export * from './api.js'
