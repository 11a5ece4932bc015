/**
 * The bot's own English strings (the domain's answers live in src/domain).
 * `{name}` placeholders are filled by `t()`.
 */
export const en = {
  'welcome.title': 'Escalation Advisor',
  'welcome.intro':
    'Tell me about a customer problem and I will tell you whether to escalate it to Microsoft, how severe it is, which support vehicle applies, exactly how to file, and when Microsoft owes you an answer.',
  'welcome.tryThis': 'Try: "Should I escalate this? Our customer\'s production Azure VM is down."',
  'welcome.startTriage': 'Should I escalate?',
  'welcome.showHelp': 'Help',
  'help.title': 'What I can do',
  'help.intro': 'Describe a customer problem in your own words, or use a command:',
  'help.cmd.help': 'show this help',
  'help.cmd.new': 'start a new escalation check',
  'help.cmd.status': 'your open support requests',
  'help.cmd.profile': 'show or change your partner profile',
  'help.cmd.language': 'switch my language to English or Korean',
  'help.cmd.cancel': 'stop the current conversation',
  'help.languageNote': 'I answer in the language of your Teams client unless you choose one.',
  'error.turn': 'Sorry, something went wrong on my side. Please try again in a moment.',
  'error.storage': 'I could not reach my storage just now, so nothing was saved. Please try again in a moment.',
  'error.tenantNotAllowed': 'Sorry, this bot is not enabled for your organisation. Please ask your administrator.',
  'fallback.notUnderstood': 'I did not catch that. Type "help" to see what I can do, or describe the customer problem.',
  'language.switched': 'OK, I will answer in English from now on.',
} as const;

export type MessageKey = keyof typeof en;
