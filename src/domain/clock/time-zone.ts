/**
 * Whether a string names an IANA time zone (Asia/Seoul), as luxon judges it.
 * luxon builds a new Intl.DateTimeFormat on every check — tens of KB of ICU
 * memory outside the JS heap, which the garbage collector frees late — and
 * every stored request's calendar is checked each time it is read (a
 * `status` reads them all). So the zones that passed are remembered: there
 * are only a few hundred, and whether a zone exists does not change while
 * the process runs. Failures are not remembered, so odd input cannot grow it.
 */
import { IANAZone } from 'luxon';

const knownZones = new Set<string>();

export function isIanaZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (!IANAZone.isValidZone(zone)) return false;
  knownZones.add(zone);
  return true;
}
