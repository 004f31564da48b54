/** The channel an export names (`twitter`, `web`, `native_messaging`) as a netiquette channel. */
import type { Channel } from '../types.js'

const CHANNELS: Record<string, Channel> = {
  email: 'email',
  mail: 'email',
  'e-mail': 'email',
  web: 'email', // Zendesk's web form: the reply goes out as an e-mail
  api: 'email',
  chat: 'chat',
  livechat: 'chat',
  chat_transcript: 'chat',
  native_messaging: 'chat',
  messaging: 'chat',
  whatsapp: 'chat',
  social: 'social',
  twitter: 'social',
  facebook: 'social',
  instagram: 'social',
  instagram_dm: 'social',
  sms: 'sms',
  text: 'sms',
}

export function toChannel(label: string | undefined): Channel | undefined {
  return label ? CHANNELS[label.trim().toLowerCase()] : undefined
}
