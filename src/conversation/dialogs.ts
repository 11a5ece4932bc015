/**
 * The few botbuilder-dialogs classes the bot uses, imported from their own
 * modules: the package's index also loads the prompts, whose text
 * recognizers for every culture cost about 37 MB of memory and a slower
 * start, for prompts this bot never shows.
 */
export { Dialog, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export type { DialogContext, DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
