/**
 * The calendar of a check's response clock (R24), from what the turn knows:
 * the profile's zone, the Teams client's zone, the languages and the
 * tenant's own holidays. The answer card and the request filed from it both
 * call this, so their deadlines agree.
 */
import type { TurnContext } from 'botbuilder';
import { type Calendar, responseCalendar } from '../domain/clock';
import type { Language, Profile } from '../domain/facts';
import { tenantOf } from './turn-identity';

export interface CalendarDeps {
  /** R24: a tenant's own days off (TENANT_HOLIDAYS). */
  readonly tenantHolidays: (tenantId: string) => readonly string[];
}

/** Teams sends the client's IANA zone on each message (activity.localTimezone); other channels may not. */
function clientZone(context: TurnContext): string | undefined {
  const zone: unknown = context.activity.localTimezone;
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}

export function calendarOfTurn(
  context: TurnContext,
  profile: Profile,
  readerLanguage: Language,
  supportLanguage: Language,
  deps: CalendarDeps,
): Calendar {
  return responseCalendar({
    profileZone: profile.timeZone,
    clientZone: clientZone(context),
    readerLanguage,
    supportLanguage,
    tenantHolidays: deps.tenantHolidays(tenantOf(context)),
  });
}
