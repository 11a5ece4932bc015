/**
 * The bot's own Korean strings; the type makes a missing key a compile error.
 */
import type { MessageKey } from './en';

export const ko: Record<MessageKey, string> = {
  'welcome.title': '에스컬레이션 도우미',
  'welcome.intro':
    '고객 문제를 알려 주시면 Microsoft로 에스컬레이션해야 하는지, 심각도는 어느 정도인지, 어떤 지원 경로를 이용해야 하는지, 정확한 제출 방법과 Microsoft의 초기 응답 기한을 알려 드립니다.',
  'welcome.tryThis': '예: "에스컬레이션해야 할까요? 고객 프로덕션 Azure VM이 다운됐어요."',
  'welcome.startTriage': '에스컬레이션해야 할까요?',
  'welcome.showHelp': '도움말',
  'help.title': '제가 할 수 있는 일',
  'help.intro': '고객 문제를 편하게 설명하시거나 다음 명령을 사용하세요.',
  'help.cmd.help': '이 도움말 보기',
  'help.cmd.new': '새 에스컬레이션 검토 시작',
  'help.cmd.status': '진행 중인 서비스 요청 보기',
  'help.cmd.profile': '파트너 프로필 보기 및 변경',
  'help.cmd.language': '답변 언어를 영어 또는 한국어로 변경',
  'help.cmd.cancel': '진행 중인 대화 중단',
  'help.languageNote': '따로 선택하지 않으면 Teams 클라이언트의 언어로 답변합니다.',
  'error.turn': '죄송합니다. 처리 중 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.',
  'error.storage': '지금 저장소에 연결할 수 없어 아무것도 저장되지 않았습니다. 잠시 후 다시 시도해 주세요.',
  'error.tenantNotAllowed': '죄송합니다. 이 봇은 귀하의 조직에서 사용하도록 설정되어 있지 않습니다. 관리자에게 문의해 주세요.',
  'fallback.notUnderstood': '잘 이해하지 못했습니다. "도움말"을 입력해 할 수 있는 일을 확인하시거나 고객 문제를 설명해 주세요.',
  'language.switched': '알겠습니다. 이제부터 한국어로 답변하겠습니다.',
};
