/**
 * The writer's asides about themselves: the short lists partners add after their
 * name or at the end of a message ("Priya (Helpdesk agent, Brightfield - indirect
 * reseller)", "(누리클라우드 / 관리 에이전트 / 다이렉트 빌)", "이주연 과장입니다(파트너 센터 청구 관리자)",
 * "… / 오승민 NOC, 직접청구, 관리 에이전트"). Each item is one profile name or none; a
 * bracket elsewhere ("the customer (a reseller)") is not the writer's.
 */

// A bracket at the message's end, or right after the writer names themselves or their title.
const bracketAtEnd = /[(（]([^()（）\n]{1,80})[)）][\s.!]*$/u;
const bracketAfterName =
  /(?:입니다|이에요|예요|과장|부장|차장|대리|팀장|매니저|사원|\bhere)\s?[(（]([^()（）\n]{1,80})[)）]/giu;
// A signature's bracket: "Regards,\nPriya (Helpdesk agent, …)".
const signedBracket =
  /\b(?:regards|thanks|thank you|best|cheers|sincerely)\b[^\n]*\n(?:[^\n]*\n){0,2}[^\n(（]{0,40}[(（]([^()（）\n]{1,80})[)）]/iu;
// A trailing list after a slash: "SR 따로 열어야 됨? / 오승민 NOC, 직접청구, 관리 에이전트".
const slashAtEnd = /\s\/\s([^/\n]{1,60})$/u;

const itemBreak = /\s*(?:[,/;|·]|\s[-–]\s)\s*/u;

/** The items of the writer's asides, each trimmed: one name, a company, a title. */
export function asideItems(text: string): string[] {
  const lists = [
    bracketAtEnd.exec(text)?.[1],
    signedBracket.exec(text)?.[1],
    slashAtEnd.exec(text)?.[1],
    ...[...text.matchAll(bracketAfterName)].map((match) => match[1]),
  ];
  return lists.flatMap((list) => (list === undefined ? [] : list.split(itemBreak).map((item) => item.trim())));
}
