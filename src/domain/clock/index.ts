/** The response clock (R21, R22, R24, R26): calendars, business time, deadlines and their display. */
export { calendarSchema, defaultCalendar, type Calendar, type CalendarInput } from './calendar';
export {
  addBusinessTime,
  businessDayLength,
  businessTimeBetween,
  isBusinessTime,
  nextBusinessInstant,
  type LandingAtClose,
} from './business-hours';
export { deadline, responseClock, responseWindow, type ClockKind, type ResponseWindow } from './deadline';
export { formatDeadline, formatDuration } from './duration-text';
export { formatTimeLeft, timeLeft, type TimeLeft } from './time-left';
export { isIanaZone } from './time-zone';
