/**
 * The message the scheduler posts (R26): the reminder card, with the
 * notification preview Teams shows before the card is opened.
 */
import { reminderAttachment, reminderHeading, type ReminderCardInput } from '../cards/reminder-card';
import { reminderText } from '../i18n/reminder-texts';
import type { OutgoingActivity } from './proactive-sender';

export function reminderActivity(input: ReminderCardInput): OutgoingActivity {
  const { language, title } = input.request;
  return {
    type: 'message',
    // The notification preview is plain text: the title as written.
    summary: reminderText(language, 'summary', {
      heading: reminderHeading(input),
      title: title === '' ? reminderText(language, 'value.untitled') : title,
    }),
    attachments: [reminderAttachment(input)],
  };
}
