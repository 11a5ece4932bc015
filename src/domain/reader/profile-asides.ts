import { prefiltered } from '../text-tools/prefiltered-regexp';
/**
 * The writer's asides about themselves: the short lists partners add after their
 * name or at the end of a message ("Priya (Helpdesk agent, Brightfield - indirect
 * reseller)", "(누리클라우드 / 관리 에이전트 / 다이렉트 빌)", "이주연 과장입니다(파트너 센터 청구 관리자)",
 * "… / 오승민 NOC, 직접청구, 관리 에이전트"). Each item is one profile name or none; a
 * bracket elsewhere ("the customer (a reseller)") is not the writer's.
 */

// A bracket at the message's end, or right after the writer names themselves or their title.
const bracketAtEnd = prefiltered(/[(（]([^()（）\n]{1,80})[)）][\s.!]*$/u);
const bracketAfterName =
  /(?:입니다|이에요|예요|과장|부장|차장|대리|팀장|매니저|사원|\bhere)\s?[(（]([^()（）\n]{1,80})[)）]/giu;
/** The words that close a mail before its signature. */
export const signOffWords = 'regards|thanks|thank you|best|cheers|sincerely';
// A signature's bracket: "Regards,\nPriya (Helpdesk agent, …)".
const signedBracket = prefiltered(
  new RegExp(
    `\\b(?:${signOffWords})\\b[^\\n]*\\n(?:[^\\n]*\\n){0,2}[^\\n(（]{0,40}[(（]([^()（）\\n]{1,80})[)）]`,
    'iu',
  ),
);
// A trailing list after a slash or a dash: "SR 따로 열어야 됨? / 오승민 NOC, 직접청구, 관리 에이전트", "… Wen (billing admin
// role) - Quillstone Cloud, direct-bill CSP".
const listAtEnd = prefiltered(/\s[/\-–]\s([^/\n]{1,60})$/u);
// The writer's bracket right before that list: "Wen (billing admin role) - Quillstone Cloud, …".
const bracketBeforeList = prefiltered(/[(（]([^()（）\n]{1,80})[)）]\s[-–/]\s[^/\n]{1,60}$/u);
// A form's author in brackets, or a bracket in a "--" signature: "Submitted by: M. Sorensen (Global admin)".
const authorBracket =
  /(?:\b(?:submitted by|raised by|author|from)\s*:|작성자\s?[:：]|요청자\s?[:：]|(?:^|\n)--)[^\n(（]{0,40}[(（]([^()（）\n]{1,80})[)）]/giu;

const itemBreak = /\s*(?:[,/;|·]|\s[-–]\s)\s*/u;

/** The items of the writer's asides, each trimmed: one name, a company, a title. */
export function asideItems(text: string): string[] {
  const lists = [
    bracketAtEnd.exec(text)?.[1],
    signedBracket.exec(text)?.[1],
    listAtEnd.exec(text)?.[1],
    bracketBeforeList.exec(text)?.[1],
    ...[...text.matchAll(bracketAfterName)].map((match) => match[1]),
    ...[...text.matchAll(authorBracket)].map((match) => match[1]),
  ];
  return lists.flatMap((list) => (list === undefined ? [] : list.split(itemBreak).map((item) => item.trim())));
}
