/** The response clock (R21, R22, R24, R26): calendars, business time, deadlines and their display. */
export {
  calendarFor,
  calendarSchema,
  defaultCalendar,
  responseCalendar,
  type Calendar,
  type CalendarChoice,
  type CalendarInput,
} from './calendar';
export {
  addBusinessTime,
  businessDayLength,
  businessTimeBetween,
  isBusinessTime,
  nextBusinessInstant,
  type LandingAtClose,
} from './business-hours';
export { deadline, responseClock, responseWindow, type ClockKind, type ResponseWindow } from './deadline';
export { formatDeadline, formatDue, formatDuration } from './duration-text';
export { isPublicHoliday } from './holidays';
export { knownZones, resolveTimeZone, zoneAbbreviation, zoneLabel } from './zones';
export { formatTimeLeft, timeLeft, type TimeLeft } from './time-left';
export { isIanaZone } from './time-zone';
