/**
 * Cue tables (syntax in text-tools/cue.ts) that tell a customer problem from a plain
 * question (rulebook §7 lists the impact cues these grow from). English and
 * Korean cues are tried on every message.
 */

/** Symptoms of a live service problem: down, failing, slow, data lost. */
export const strongSymptomCues: readonly string[] = [
  'down$|outage|offline|crash|crashed|crashing|broken|corrupt|stuck|hangs|hanging|frozen|freez',
  'not working|doesnt work|dont work|isnt working|arent working|stopped working|no longer work|wont work',
  'stopped|stops$|failing|failed|failure|fails$|erroring|errored|bouncing|bounced|throttling|throttled|스로틀링',
  'slow|sluggish|latency|lagging|degraded|degradation|intermittent|dropping|dropped|disconnect',
  'timing out|timed out|timeout|time out|unavailable|unreachable|inaccessible|not available|not accessible',
  'rebooting|restarting|keeps crashing|keep crashing',
  'lost data|lost access|lost email|lost mail|lost files|data loss|data lost|missing data|missing email',
  'lost + data|email|mail|file|access',
  'cant sign|cant log|cant access|cant connect|cant open|cant send|cant receive|cant load|cant start|cant reach|cant use|cannot sign|cannot log|cannot access|cannot connect|cannot open|cannot send|cannot receive|cannot load|cannot start|cannot reach|cannot use|unable to sign|unable to log|unable to access|unable to connect|unable to open|unable to send|unable to start|unable to reach|unable to use',
  'not applying|arent applying|isnt applying|not syncing|isnt syncing|not delivering|not loading|not responding|not starting|not sending|not receiving|not connecting|not booting|wont start|wont load|wont boot|wont provision|wont connect|wont sync|wont open|wont send|not provisioning|died$',
  '401$|403$|429$|500$|502$|503$|504$|401s$|403s$|429s$|500s$|502s$|503s$|504s$',
  '다운됐|다운되|다운돼|다운된|다운 상태|장애|중단됐|중단되|중단된|중단 상태|먹통|고장났|고장 났|고장이 났|고장나서|고장 나서',
  '접속이 안|접속 안|접속 불가|접근이 안|접근 불가|연결이 안|연결 안 되|연결 불가|로그인이 안|로그인 불가|열리지 않|안 열|안 나가|안 들어|안 와요|안 옵니다',
  '작동이 안|작동 안|작동하지 않|동작하지 않|동작 안|실행이 안|전송이 안|발송이 안|수신이 안|적용이 안|적용되지 않|동기화가 안|동기화 안',
  '안 돼요|안 됩니다|안 돼서|안 되고|안 되는데|안돼',
  '느려|느림|느린|지연|저하|버벅|끊겨|끊김|끊어|끊기|멈춰|멈췄|멈춤|응답이 없|응답 없|간헐적',
  '손실|유실|사라졌|사라지고 있|지워지고 있|지워졌|지워져|삭제되고 있|꺼져요|꺼집니다|꺼짐|꺼지고|꺼져서|꺼져 버|비어 있어|비어있어|비어 있습|비어 있음|비어 있고|계속 재부팅|재부팅이 반복|계속 재시작|계속 발생|발생하고 있',
  '사용할 수 없|사용 불가|이용 불가|쓸 수 없|못 쓰|못 써|못 하고|못하고|못 받|못 보내|못 해요|못해요|못 해서|못해서',
  'blue screen|bluescreen|blue screening|bsod|black screen|unresponsive|flapping|unhealthy|quarantin|throws|throwing|spinning|wont scale|doesnt scale|not scaling|cant scale|not firing|isnt firing|havent fired|hasnt fired|not saving|not being saved|not syncing|returns zero|returning zero|zero results|error on|errors on|error when|errors when|error every|errors since|error since|getting error|getting an error|gets an error|get an error',
  'broke$|breaks$|breaking|동기화를 안|동기화 안|오류가 납|오류가 났|에러가 납|에러가 났|찾을 수 없|크래시|블루스크린|블루 스크린|검은 화면|죽어요|죽습니다|죽네요|죽음|죽었|안 올라와|안 올라옵|안 울려|트래픽이 안 타|안 타요|밀리고|0건|반송|튕겨|튕김|튕기|재생성|깨져|깨짐|실패해|실패했|실패합|실패하|실패가|실패만|실패로|실패 나|오류가 나|오류 나|오류가 발생|오류 발생|에러 나|에러가 나|에러가 발생|에러 발생|에러요|오류요|타임아웃|안 나가|안 나감|안 붙|안 돼|안돼|안 되|안되|저장이 안|저장 안|적용되지|동작을 안|동작 안|응답이 없|반응이 없|안 먹|먹통|렉 걸|렉이 걸|렉이 심|렉 심|렉 때문|로딩이 안|무한 로딩|고정됩니다|고정돼',
  '접속을 못|접속 못|로그인을 못|로그인 못|연결을 못|사용을 못|열지 못|보내지 못|받지 못|부팅이 안|부팅 안|안 켜져|안 켜짐|안 켜지|켜지지 않|켜지질 않',
  'wont accept any|wont accept connections|not accepting any|not accepting connections|not accepting new|stopped accepting|isnt accepting connections|arent accepting connections',
  'wont power on|doesnt power on|wont turn on|refuses connections|refusing connections|refusing all|refuses all|rejecting all|불통|불가 상태|송수신 불가|수신 불가|발송 불가|rejecting connections|rejects connections|connection refused|connections refused',
  'no audio|no sound|no dial tone|rejecting|rejected by|rejects mail|keeps asking for|keeps prompting|prompts for the password|asks for the password|minutes to start|minutes to boot|minutes to load|minutes to open|hours to start|hours to load|takes forever|takes ages|0 kb|zero kb|lost all|lost their|lost every',
  'vm 다운|서버 다운|db 다운|디비 다운|사이트 다운|앱 다운|전체 다운|다운이에요|다운입니다|다운임|다운요|다운이요|다운이고|다운인데',
  // A device or portal saying what is wrong: "nva says license expired".
  'says|shows|showing|displays|displaying + expired$|unlicensed',
  '오류가 있어|오류가 있습|오류가 있고|오류가 있는데|에러가 있어|에러가 있습|에러가 있고|에러가 있는데|누락돼|누락되|누락됐|누락됨|실패인|실패예|실패이에|실패입|실패임',
  'dead$|fail$|못 들어가|못 들어와|못 들어오|계속 죽|자꾸 죽|죽는데|틀리게 나와|틀리게 나옵|틀리게 나오고|터짐|터졌|터져서|터져요',
  'cpu at 100|100 cpu|cpu 100|high cpu|cpu spik|pegged at|out of memory|메모리 부족|메모리가 부족|끈김|끈겨|끈어지',
  '막힘|막혔|막혀서|막혀 있|손상됐|손상된|손상 의심|손상 건|손상이|실패 중|오류 중|에러 중|notready',
  '응답하지 않|응답을 안|went read-only|read-only since|not expanding',
  'backing up|backed up|maxed out|keep resetting|keeps resetting|access blocked|is blocked|are blocked|got blocked|blocking all|blocking every',
  // An admin or a user shut out of their own account: "global admin locked out", "관리자 계정이 잠겼어요".
  'locked out|lockout|locked us out|locked them out|locked himself out|locked herself out|locked themselves out|locked myself out|locked ourselves out|account locked|accounts locked|잠겼|잠김|잠겨서|잠겨 있|잠겨버',
  // A symptom back after a fix: "증상 재발함", "재발했어요".
  '재발했어|재발했습|재발했네|재발했고|재발했는데|재발함|재발해요|재발합니다|재발됐|재발 중|재발하고|재발해서',
  'drops$|drops off|dropping off|cant assign|cannot assign|unable to assign|misbehaving|crawling|returning errors|returns errors|returning an error|throwing errors',
  'nobody can sign|nobody can log|nobody can access|nobody can connect|nobody can open|nobody can send|nobody can join|no one can sign|no one can log|no one can access|no one can connect|no one can open|no one can send|no one can join',
  // Said as a noun, in notes and tickets: "로그인 안 됨", "부팅 실패 건", "전부 에러예요".
  '안 됨|실패 건|오류 건|에러 건|다운 건|오류예요|에러예요|오류입니다|에러입니다|오류임|에러임|오류가 계속|에러가 계속|계속 떠요|계속 뜹|계속 떠서|계속 뜨고',
  // "문제가 생겨서 연락드려요": a problem said to have happened, not "문제가 생기면" or "생겼을 때".
  '문제가 생겨서|문제가 생겼어|문제가 생겼습|문제가 생겼는데|이슈가 생겨서|이슈가 생겼어|이슈가 생겼습|이슈가 생겼는데',
  // Said in everyday words: a job that stopped running or skipped nights, users logged out, a subscription gone from the list.
  'reboots itself|restarts itself|reboots every|restarts every|logs users out|logging users out|logs people out|logging people out',
  'skipped|skipping + nights|runs$',
  '안 돌아|안 돌고|돌지 않|로그아웃시|로그아웃돼|로그아웃 돼|로그아웃되|건너뛰었|건너뛰어|건너뜀|건너뛰고|없어졌어|없어졌습|없어졌는|없어져서',
  '소리가 안|소리 안 나|음성이 안|거부해|거부하고|거부돼|거부되|거부됨|비밀번호를 계속|비밀번호 계속|암호를 계속|재시작돼|재시작되|재부팅돼|재부팅되|0kb|분 걸려|분 걸리|분이 걸려|분이 걸리|분씩 걸|오래 걸려|오래 걸리',
  // Told in few words by fresh writers: a name that "isn't resolving", a share that "stalls", "lost network", "에러남".
  'not resolving|isnt resolving|wont resolve|doesnt resolve|stopped resolving|stall|misrout|boot loop|reboot loop|lost network|lost connectivity|delayed',
  '접근 거부|액세스 거부|접속 거부|에러남|오류남|불가한 상태|재부팅 루프|부팅 루프|늦게 와|늦게 옵|늦게 들어와|늦게 도착|분씩 늦|시간씩 늦|끊겼|끊긴',
  // Queues that "aren't ringing", R6's service that behaves against its documentation ("문서와 다르게"), status codes
  // and resets as notes give them, a change "반영되지 않고", a queue that "계속 쌓여요".
  'not ringing|arent ringing|isnt ringing|stopped ringing|contrary to its documentation|contrary to the documentation|contrary to the docs|not as documented|differently than documented|404$|404s$|5xx$|connection resets|connection reset|connections reset|blocking traffic|blocks traffic',
  '반영되지 않|반영이 안 되|반영 안 되|문서와 다르게|문서랑 다르게|문서 내용과 다르게|문서대로 동작하지|문서대로 작동하지|불가 현상|큐가 쌓|큐 쌓|대기열이 쌓|계속 쌓여|계속 쌓이|꼬였|꼬여서|꼬여 있',
  // Told beside "그냥 궁금해서" or a guide being written: VMs that "전부 중지됐어요", rights or data that "날아갔어요" (or
  // "날라감"), PCs that "업데이트를 안 받아요".
  '중지됐|중지되었|중지됨|중지 됨|날아갔|날아감|날라갔|날라감|업데이트를 안 받|업데이트 안 받',
  // A status or setting that stays as it was: "상태 표시 안 바뀜", "설정이 바뀌지 않아요" (not "…안 바뀌나요?").
  '안 바뀜|안 바뀌어|안 바뀌네|안 바뀝니|바뀌지 않아|바뀌지 않습|바뀌지 않네|바뀌지 않음',
  // A page that shows only white or nothing: "하얀화면 몇 명", "흰 화면만 떠요", "빈 화면 뜸".
  '흰 화면|흰화면|하얀 화면|하얀화면|빈 화면|빈화면',
  // Users "getting 'Access denied'", a connector that "로그 수집을 안 해요".
  'access denied|permission denied|수집을 안|수집 안 되|수집이 안',
  'mailboxes missing|files missing|emails missing|folders missing|sites missing|items missing|serving stale|stale content',
  // Phones that can't call: "can't make outbound PSTN calls", "unable to place calls".
  'cant make calls|cant make outbound|cant make inbound|cant place calls|cant call out|cannot make calls|cannot make outbound|cannot place calls|unable to make calls|unable to make outbound|unable to place calls|no outbound calls|no inbound calls',
  'drop after|drops after|dropping after|drop every|drop out after|nobody here can open|nobody here can sign|nobody here can log|nobody here can access|no one here can open|no one here can sign|no one here can log|no one here can access',
];

/** The workloads a customer's problem is in: a symptom beside one is the customer's, not the support tools'. */
export const workloadCues: readonly string[] = [
  'vm$|vms$|virtual machine|aks$|storage|sql|database|exchange|mail|email|teams|sharepoint|onedrive|outlook|intune|entra|dynamics|crm$|app$|website|site$|server|cluster|network|firewall|device|pod$|pods$|backup|vault|app service|functions$',
  'vm$|가상 머신|aks$|스토리지|sql|데이터베이스|db$|익스체인지|exchange|메일|teams|팀즈|sharepoint|쉐어포인트|셰어포인트|onedrive|원드라이브|outlook|아웃룩|intune|인튠|entra|dynamics|다이나믹스|crm$|서버|클러스터|네트워크|방화벽|기기|디바이스|화면|사이트|백업|볼트|앱 서비스',
];

/** Conditional or "whether" phrasing: the symptom is hypothetical, the message asks about the rules. */
export const hypotheticalCues: readonly string[] = [
  'if$|what if|suppose|assuming|in case|whether|before something|before anything|lets say',
  // A kind of case given as an example: "when a customer…", "e.g. when their SharePoint is down", "예를 들어…".
  'when a customer|when a client|when a cx|whenever|for emergencies like|in the event|e g$|eg$|for example|예를 들어|예를들어|예컨대',
  // "…다운됐다고 치면", "…안 간다 치고": suppose it is so.
  '이면|라면|다면|경우|일 때|는지|다고 치면|라고 치면|다고 치고|라고 치고|된다 치고|간다 치고|난다 치고|한다 치고|는다 치고',
];

/** The support tools themselves: their errors and greyed-out buttons are questions about the rules (R9–R18), not a customer's problem. */
export const supportToolCues: readonly string[] = [
  'partner center|service request|support request|support ticket|benefit|activate button|activate is|access id|contract id|not authorized|not authorised|link support|support plan|admin center support',
  '파트너 센터|서비스 요청|지원 요청|혜택|활성화 버튼|활성화 단추|액세스 id|계약 id|권한이 없습니다|권한 없음|지원 혜택 연결|지원 계획|지원 플랜',
];

/**
 * The support tools themselves out of service ("Partner Center has been timing out for an hour", "서비스 요청 페이지가 계속
 * 로딩만 돼요"): a live problem, unlike an error the rules explain (R15, R18).
 */
export const toolOutageCues: readonly string[] = [
  'timing out|timed out|times out|time out|timeout|is down|was down|been down|went down|are down|down since|down for|down again|not loading|wont load|doesnt load|keeps loading|spinning|unreachable|blank page|500$|502$|503$|504$',
  '타임아웃|로딩만|로딩 중|계속 로딩|무한 로딩|안 열려|안 열림|안 열리|먹통|접속이 안|접속 안|다운됐|다운돼',
];

/** Asking what to do with this very case: part of the problem, not a separate question. */
export const caseAskCues: readonly string[] = [
  'escalate|esc$|ticket|open a|open one|open this|open it|open anything|raise it|raise this|file it|file this|log it|log this|what now|what do i do|what should|next step|should i|should we|do i need|do we need to|worth|is this|is that|is it',
  '에스컬|에스컬레이션|티켓|sr$|올려야|올리면|올릴|열어야|열면|열까|해야 하나|해야 할|해야 돼|해야돼|어떻게 해|어떻게 하|어떡|다음 조치|이거|이건|이것도|이런 건|대상인가|대상이 맞|맞나요|맞죠',
];
