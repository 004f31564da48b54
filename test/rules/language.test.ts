// `language` runs on its cases (rules/language/cases.ts) through the RuleTester; detection itself is tested in test/language.test.ts.
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/language/cases.js'

ruleTester.run('language', cases)
