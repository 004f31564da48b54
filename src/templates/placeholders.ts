/**
 * Placeholder dialects of help desks and mail merge, parsed as tokens. Written by hand: no
 * package parses this mix of dialects (Liquid parsers reject Help Scout's and Salesforce's
 * syntax, and none knows the generic `[Customer Name]` conventions).
 */

export type Dialect = 'liquid' | 'liquid-tag' | 'helpscout' | 'salesforce-classic' | 'salesforce-lightning' | 'hubspot-missing' | 'bracket' | 'angle' | 'percent' | 'mail-merge' | 'blank' | 'osticket' | 'mailchimp'

export interface Placeholder {
  start: number
  end: number
  raw: string
  dialect: Dialect
  /** Variable path or label, e.g. `ticket.requester.first_name`, `Customer Name`. */
  name: string
  /** Liquid filters, e.g. `['fallback: "there"']`. */
  filters: string[]
  /** Fallback text when the value is empty, if the placeholder declares one. */
  fallback?: string
  /** `first` for a first-name field, `full` for a full-name field, otherwise undefined. */
  nameKind?: 'first' | 'full' | 'last'
}

const VOCAB =
  /\b(name|first|last|full|customer|client|recipient|user|agent|insert|date|time|number|company|product|order|e-?mail|address|phone|amount|link|url|ticket|account|your|here|details?|reason|day|month|year|city|country|price|code|id|signature|title|contact|requester|member|surname|placeholder|tbd|add|enter|fill|put|issue|problem|question|request|topic|subject|item|plan|service|team|department|location|tracking|reference|case|booking|ref|reservation|confirmation|invoice|policy|claim|postcode|voucher|pnr|sku|serial|x{2,}|isim|ad|soyad|müşteri|tarih|numara)\b/i

/**
 * Turkish labels (`[Sipariş No]`, `[Kargo Takip No]`, `[İndirim Kodu]`, `[kalkış saati]`): letters, not
 * ASCII `\b`, bound the words. A field word may carry the possessive of a compound (`saat` → `kalkış
 * saati`, `numara` → `takip numarası`, `ürün` → `ürünü`); the suffix is optional and one syllable, so
 * the match stays linear.
 */
const TR_VOCAB =
  /(?<!\p{L})(?:(?:müşteri|musteri|alıcı|alici|ad|soyad|isim|ismi|sipariş|siparis|numara|kargo|takip|tutar|ürün|urun|adres|telefon|tarih|saat|kod|şube|sube|fatura|süre|bağlantı|baglanti|link|bilet|sefer|plaka|temsilci|talep|başvuru|basvuru|kayıt|kayit|referans|randevu|poliçe|ücret|ucret|miktar)(?:s?[ıiuü])?|talebi|kaydı|kaydi|iban|tckn|ekle|yazın|girin)(?!\p{L})/iu

/**
 * Matches every dialect; the order of alternatives decides precedence. Linear (issue 17): the
 * delimited dialects capture everything between their delimiters and `inner()` trims it, instead
 * of `\s*(…+?)\s*` runs whose whitespace could be matched three ways (`{{` + 10,000 spaces took
 * minutes).
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{\{([^{}]+)\}\}\}`, // 1 Salesforce Lightning
    String.raw`\{\{([^{}]*)\}\}`, // 2 Liquid / Handlebars output (whitespace control `{{- x -}}` stripped by inner())
    String.raw`\{%([^{}%]*)%\}`, // 3 Liquid tag or Help Scout (same)
    String.raw`\{!([^{}]+)\}`, // 4 Salesforce Classic
    String.raw`\[\[\s*(MISSING TOKEN[^\]]*)\]?\]?`, // 5 HubSpot missing value
    String.raw`\[([^\[\]\n]{2,40})\](?!\()`, // 6 generic [Customer Name] (not a Markdown link)
    String.raw`<<([A-Za-zÇĞİÖŞÜçğıöşü][A-Za-z0-9ÇĞİÖŞÜçğıöşü _.-]{0,38})>>`, // 7 Word mail merge <<First_Name>>
    String.raw`<([A-Za-zÇĞİÖŞÜçğıöşü][A-Za-zÇĞİÖŞÜçğıöşü '’_./-]{1,38}[A-Za-zÇĞİÖŞÜçğıöşü])>`, // 8 generic <NAME>, <SİPARİŞ NO>, <insert date/time>
    String.raw`%([A-Za-z][A-Za-z0-9_.]{1,40})%`, // 9 %FIRSTNAME%
    String.raw`(?<![\w@.])@(first_?name|last_?name|full_?name|name|email|company|firstName|lastName)\b`, // 10 mail merge
    String.raw`\{([A-Za-z][A-Za-z0-9_.]{1,40})\}`, // 11 single-brace {first_name}
    // 12 an amount, date or time typed as X's: £XX.XX, $X,XXX.XX, XX TL, XX/XX/XXXX, XX:XX (all-X groups
    // joined by one separator, so a run splits one way; hyphens and spaces are card and SSN masks).
    String.raw`(?<![\w.,:/-])([£$€₺]\s?(?:X+(?:[.,]X+){0,2}|x{2,}(?:[.,]x+){0,2})|X+(?:[.,:/]X+)+|x+(?:[.,:/]x+)+|X+(?= ?(?:TL|₺|€|EUR|USD|GBP)(?!\w)))(?![\w-])`,
    String.raw`(?<![\w-])(X{3,}|x{3,}|TBD|TBC|_{3,})(?![\w-])`, // 13 blanks
    String.raw`%\{([A-Za-z][A-Za-z0-9_.]{0,60})\}`, // 14 osTicket %{ticket.number}
    String.raw`\*\|([A-Z][A-Z0-9_:]{0,40})\|\*`, // 15 Mailchimp *|FNAME|*, *|IF:VIP|*
  ].join('|'),
  'g',
)

/**
 * The inside of `{{-  x  -}}` or `{%- x -%}` as the former `-?\s*(…*?)\s*-?` captured it: one
 * leading `-` (whitespace control) then spaces, and trailing spaces then one `-`, left out.
 */
function inner(content: string): string {
  let s = content.startsWith('-') ? content.slice(1) : content
  s = s.trimStart()
  if (s.endsWith('-')) s = s.slice(0, -1)
  return s.trimEnd()
}

/** PLACEHOLDER anchored at a given index, and the characters an alternative can start with. */
const PLACEHOLDER_AT = new RegExp(PLACEHOLDER.source, 'y')
const START = /[{[<%@XxT_£$€₺*]/g

/** Mailchimp's conditional blocks: `*|IF:VIP|*`, `*|ELSE:|*`, `*|END:IF|*`. */
const MAILCHIMP_LOGIC = /^(?:IF|IFNOT|ELSEIF|ELSE|END):/

const LIQUID_KEYWORDS = /^(if|elsif|else|endif|unless|endunless|for|endfor|case|when|endcase|assign|capture|endcapture|comment|endcomment|raw|endraw|break|continue|cycle|increment|decrement|liquid|echo|render|include|tablerow|endtablerow)\b/

/** All placeholders in `text`. Masked card numbers and clan tags are not placeholders. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = []
  // Same matches as PLACEHOLDER.exec in a loop, ~5x faster: the big alternation is only tried
  // (sticky) where a placeholder can start, instead of at every character.
  START.lastIndex = 0
  for (let s = START.exec(text); s; s = START.exec(text)) {
    PLACEHOLDER_AT.lastIndex = s.index
    const m = PLACEHOLDER_AT.exec(text)
    if (!m) continue
    START.lastIndex = m.index + m[0].length
    const p = classify(text, m)
    // A merge tag the agent explains "in quotes" or `in code` is being talked about, not left unfilled.
    if (p && !isQuoted(text, p.start, p.end)) found.push(withWrapper(text, p))
  }
  return found
}

/**
 * The delimiters of a dialect the pattern reads only the inside of: `[[FIRSTNAME]]` (Constant
 * Contact), `%%first_name%%` (Pardot), `${firstName}` and `#{first_name}` (code templates; after `#`
 * only a name, since `Order #{id}` may be a number sign). The whole tag is the placeholder, so the
 * name fix does not leave `[Maria]` or `$Maria` behind.
 */
function withWrapper(text: string, p: Placeholder): Placeholder {
  const before = text.charAt(p.start - 1)
  const after = text.charAt(p.end)
  const open = p.raw.charAt(0)
  if ((open === '[' && before === '[' && after === ']' && p.dialect === 'bracket') || (open === '%' && before === '%' && after === '%')) return { ...p, start: p.start - 1, end: p.end + 1, raw: text.slice(p.start - 1, p.end + 1) }
  if (open === '{' && p.raw.charAt(1) !== '{' && p.raw.charAt(1) !== '%' && p.raw.charAt(1) !== '!' && (before === '$' || (before === '#' && p.nameKind))) return { ...p, start: p.start - 1, raw: text.slice(p.start - 1, p.end) }
  return p
}

function classify(text: string, m: RegExpExecArray): Placeholder | undefined {
  const raw = m[0]
  const start = m.index
  const end = start + raw.length
  const base = { start, end, raw, filters: [] as string[] }
  if (m[1] !== undefined) return withName({ ...base, dialect: 'salesforce-lightning', name: m[1].trim() })
  if (m[2] !== undefined) {
    // Handlebars block helpers ({{#if x}}, {{/if}}, {{else}}, {{^x}}) are template logic, like Liquid tags.
    const content = inner(m[2])
    if (/^[#/^]|^else\b/.test(content)) return { ...base, dialect: 'liquid-tag', name: content.split(/\s+/)[0] ?? content }
    const [name = '', ...filters] = content.split('|').map((s) => s.trim())
    // Liquid `default: "there"`, Intercom `fallback: "there"`, HubL `default('there')`.
    const fallbackFilter = filters.find((f) => /^(fallback|default)\s*[:(]/.test(f))
    const fallback = fallbackFilter
      ?.replace(/^(fallback|default)\s*[:(]\s*/, '')
      .replace(/\)\s*$/, '')
      .replace(/^["']|["']$/g, '')
    return withName({ ...base, dialect: 'liquid', name, filters, fallback })
  }
  if (m[3] !== undefined) {
    const content = inner(m[3])
    if (LIQUID_KEYWORDS.test(content)) return { ...base, dialect: 'liquid-tag', name: content.split(/\s+/)[0] ?? content }
    const [name = '', ...rest] = content.split(',').map((s) => s.trim())
    const fallback = rest.find((r) => r.startsWith('fallback='))?.slice('fallback='.length)
    return withName({ ...base, dialect: 'helpscout', name, fallback })
  }
  if (m[4] !== undefined) {
    const [name = '', fallback] = m[4].split(',').map((s) => s.trim())
    return withName({ ...base, dialect: 'salesforce-classic', name, fallback })
  }
  if (m[5] !== undefined) return { ...base, dialect: 'hubspot-missing', name: m[5].trim() }
  // `[Customer Name]`, `<<First_Name>>`, `<insert date>`: a label between brackets, a placeholder when it names a field.
  const labelled = m[6] ?? m[7] ?? m[8]
  if (labelled !== undefined) {
    const label = labelled.trim()
    if (!isPlaceholderLabel(label) || isQuoted(text, start, end)) return undefined
    return withName({ ...base, dialect: m[6] !== undefined ? 'bracket' : 'angle', name: label })
  }
  if (m[9] !== undefined) {
    // `%FIRSTNAME%` but not "20% off, 30%": the regex already needs a letter first.
    return withName({ ...base, dialect: 'percent', name: m[9] })
  }
  if (m[10] !== undefined) return withName({ ...base, dialect: 'mail-merge', name: m[10] })
  if (m[11] !== undefined) {
    if (!isPlaceholderLabel(m[11].replace(/[_.]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'))) return undefined
    return withName({ ...base, dialect: 'bracket', name: m[11] })
  }
  if (m[12] !== undefined) {
    // `XXXX.XXXX.XXXX.4417`, `XX/XX/1985`: digits after the X's make it a mask, not a blank.
    if (/^[.,:/ -]?\d/.test(text.slice(end, end + 2)) || isMaskedNumber(text, start, end)) return undefined
    return { ...base, dialect: 'blank', name: raw }
  }
  if (m[13] !== undefined) {
    if (/^[Xx]/.test(raw) && isMaskedNumber(text, start, end)) return undefined
    if (/^x+$/.test(raw)) return undefined // lowercase "xxx" is a sign-off kiss or slang, not a blank
    return { ...base, dialect: 'blank', name: raw }
  }
  if (m[14] !== undefined) return withName({ ...base, dialect: 'osticket', name: m[14] })
  if (m[15] !== undefined) {
    if (MAILCHIMP_LOGIC.test(m[15])) return { ...base, dialect: 'liquid-tag', name: m[15] }
    return withName({ ...base, dialect: 'mailchimp', name: m[15] })
  }
  return undefined
}

/** A field name written as one word: `FIRSTNAME`, `FNAME`, `CustomerName`, `ORDERID`, `TRACKINGNUMBER`. */
const FIELD_WORD = /^(?:f|l|first|last|full|given|family|sur|customer|client|contact|recipient|user|company|order|ticket|account|invoice|booking|tracking|case|reference|ref)_?(?:name|id|number|no|num|email|date)$/i

/** `[NOVA]` (a clan tag) or `[1]` (a footnote) are not placeholders; `[Customer Name]` is. */
function isPlaceholderLabel(label: string): boolean {
  if (/^\d+$/.test(label) || /^[xX ]$/.test(label)) return false
  if (FIELD_WORD.test(label)) return true
  const spaced = label.replace(/[_.]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')
  // `/iu` does not fold the dotted capital İ to i: `[İSİM]`, `<TARİH>` need Turkish lower case first.
  return VOCAB.test(spaced) || TR_VOCAB.test(spaced) || (/[İI]/.test(spaced) && TR_VOCAB.test(spaced.toLocaleLowerCase('tr')))
}

function isQuoted(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  return /["'“‘`]/.test(before) && /["'”’`]/.test(after)
}

/**
 * `XXXX XXXX XXXX 4417`, `XXX-XX-1234`, `ending XXXX4417`: a masked number, not a blank. Groups
 * of two or more mask characters joined by one space or hyphen; every group after the first
 * starts with its separator, so a run of X's can be split only one way (the former
 * `(?:[ -]?[Xx*]{2,})*` split it every way: `"XXX".repeat(50)` took 132 s).
 */
function isMaskedNumber(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 20), Math.min(text.length, end + 25))
  const local = around.slice(start - Math.max(0, start - 20))
  return /^[Xx*]{2,}(?:[ -][Xx*]{2,})*[ -]?\d{2,}/.test(local) || /\d[ -]?$/.test(text.slice(Math.max(0, start - 3), start))
}

/** Turkish name fields: `ad`/`adı`/`isim` first name, `soyad` last, `ad soyad`/`müşteri adı` full (not `ürün adı`). */
function turkishNameKind(name: string): Placeholder['nameKind'] {
  const tr = name
    .toLocaleLowerCase('tr')
    .replace(/[\s._-]+/g, ' ')
    .trim()
  if (/(^| )(ad[ıi]? ?soyad[ıi]?|tam ?ad[ıi]?|isim ?soyisim)$/.test(tr) || /^(müşteri|musteri|alıcı|alici) ad[ıi]$/.test(tr)) return 'full'
  if (/(^| )(soyad[ıi]?|soyisim|soyismi)$/.test(tr)) return 'last'
  if (/^((müşteri|musteri|alıcı|alici|kullanıcı|kullanici) )?(ad|ad[ıi]|isim|ismi)$/.test(tr)) return 'first'
  return undefined
}

function withName(p: Placeholder): Placeholder {
  const key = p.name.toLowerCase().replace(/[^a-z]/g, '')
  const last = key
  // turkishNameKind needs "ad" or "is" in the name: skip its locale-aware lower-casing otherwise.
  const turkish = /[aA][dD]|[iİ][sS]/.test(p.name) ? turkishNameKind(p.name) : undefined
  if (turkish) p.nameKind = turkish
  else if (/(first_?name|givenname|fname|prenom)$/.test(p.name.toLowerCase().replace(/[\s.]/g, '_')) || /firstname$|givenname$/.test(key)) p.nameKind = 'first'
  else if (/lastname$|surname$|familyname$|^lname$/.test(key)) p.nameKind = 'last'
  else if (/(customername|clientname|recipientname|requestername|fullname|contactname|username|^name$|\bname$)/.test(last) && !/(company|product|agent|account|file|domain|business|org|brand|store|shop|team|plan|item|event)name$/.test(last))
    p.nameKind = 'full'
  return p
}

/** A fill-in value for a name placeholder, from the customer's name. */
export function fillName(p: Placeholder, customerName: string): string | undefined {
  const parts = customerName.trim().split(/\s+/)
  if (!p.nameKind || parts.length === 0 || !parts[0]) return undefined
  if (p.nameKind === 'first') return parts[0]
  if (p.nameKind === 'last') return parts.length > 1 ? parts[parts.length - 1] : undefined
  return customerName.trim()
}
