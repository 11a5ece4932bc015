/**
 * Cue tables (syntax in cue.ts) that tell a customer problem from a plain
 * question (rulebook §7 lists the impact cues these grow from). English and
 * Korean cues are tried on every message.
 */

/** Symptoms of a live service problem: down, failing, slow, data lost. */
export const strongSymptomCues: readonly string[] = [
  'down$|outage|offline|crash|crashed|crashing|broken|corrupt|stuck|hangs|hanging|frozen|freez',
  'not working|doesnt work|dont work|isnt working|arent working|stopped working|no longer work|wont work',
  'stopped|stops$|failing|failed|failure|fails$|bouncing|bounced',
  'slow|sluggish|latency|lagging|degraded|degradation|intermittent|dropping|dropped|disconnect',
  'timing out|timed out|timeout|time out|unavailable|unreachable|inaccessible|not available|not accessible',
  'rebooting|restarting|keeps crashing|keep crashing',
  'lost data|lost access|lost email|lost mail|lost files|data loss|data lost|missing data|missing email',
  'lost + data|email|mail|file|access',
  'cant sign|cant log|cant access|cant connect|cant open|cant send|cant receive|cant load|cant start|cant reach|cant use|cannot sign|cannot log|cannot access|cannot connect|cannot open|cannot send|cannot receive|cannot load|cannot start|cannot reach|cannot use|unable to sign|unable to log|unable to access|unable to connect|unable to open|unable to send|unable to start|unable to reach|unable to use',
  'not applying|arent applying|isnt applying|not syncing|isnt syncing|not delivering|not loading|not responding|not starting|not sending|not receiving|not connecting|not booting|wont start|wont load|wont boot',
  '500$|502$|503$|504$',
  '다운됐|다운되|다운돼|다운된|다운 상태|장애|중단됐|중단되|중단된|먹통',
  '접속이 안|접속 안|접속 불가|연결이 안|연결 안 되|연결 불가|로그인이 안|로그인 불가|열리지 않|안 열|안 나가|안 들어|안 와요|안 옵니다',
  '작동이 안|작동 안|작동하지 않|동작하지 않|동작 안|실행이 안|전송이 안|발송이 안|수신이 안|적용이 안|적용되지 않|동기화가 안|동기화 안',
  '안 돼요|안 됩니다|안 돼서|안 되고|안 되는데|안돼',
  '느려|느림|느린|지연|저하|버벅|끊겨|끊김|끊어|끊기|멈춰|멈췄|멈춤|응답이 없|응답 없|간헐적',
  '손실|유실|사라졌|계속 재부팅|재부팅이 반복|계속 재시작|계속 발생|발생하고 있',
  '사용할 수 없|사용 불가|이용 불가|쓸 수 없|못 쓰|못 써|못 하고|못하고|못 받|못 보내|못 해요|못해요|못 해서|못해서',
  '접속을 못|접속 못|로그인을 못|로그인 못|연결을 못|사용을 못|열지 못|보내지 못|받지 못|부팅이 안|부팅 안',
];

/** Symptom words that also appear in questions about the support tools themselves (R15, R18). */
export const weakSymptomCues: readonly string[] = [
  'error|exception|cant|cannot|unable|couldnt',
  '오류|에러|실패|불가',
];

/** What makes a symptom a customer's service problem: whose, how wide, since when, which workload. */
/** The user asks what to do about a case: with a topic, that is a case to triage as much as a question. */
export const escalationRequestCues: readonly string[] = [
  'should i escalate|should we escalate|what should i do|what do i do|what should we do|need to escalate|escalate this|get microsoft to',
  '에스컬레이션 해야|에스컬레이션해야|어떻게 해야|어떻게 하면|어떻게 하죠|어떻게 처리|도와주',
];

export const problemContextCues: readonly (readonly string[])[] = [
  ['customer|client|end user', '고객|고객사|거래처'],
  [
    'all users|every user|everyone|whole company|entire|company wide|some users|several users|users$|production|prod$|multiple tenants|region',
    '전체 사용자|모든 사용자|일부 사용자|사용자|전사|전 직원|프로덕션|운영 환경|운영 서버|여러 테넌트|리전',
  ],
  ['since|this morning|today|yesterday|right now|currently|last night|for hours', '부터|오늘|어제|아침|지금|현재|방금|이후'],
  [
    'vm$|vms$|virtual machine|aks$|storage|sql|database|exchange|mail|email|teams|sharepoint|onedrive|outlook|intune|entra|dynamics|crm$|app$|website|site$|server|cluster|network|firewall|device|pod$|pods$',
    'vm$|가상 머신|aks$|스토리지|sql|데이터베이스|db$|익스체인지|exchange|메일|teams|팀즈|sharepoint|쉐어포인트|셰어포인트|onedrive|원드라이브|outlook|아웃룩|intune|인튠|entra|dynamics|다이나믹스|crm$|서버|클러스터|네트워크|방화벽|기기|디바이스|화면|사이트',
  ],
  escalationRequestCues,
];

/** The message asks something (not necessarily one of our topics). */
export const questionFormCues: readonly string[] = [
  'how$|what|where|who$|whose|which|when$|why$|can i$|can we$|do i$|do we$|does|is there|is it|is this|are there|should|could|would',
  '나요|까요|가요|니까|어디|어떻게|누가|뭔가|무엇|뭘|몇|알려|궁금|방법|되나|있나|인가',
];

/** Conditional or "whether" phrasing: the symptom is hypothetical, the message asks about the rules. */
export const hypotheticalCues: readonly string[] = [
  'if$|what if|suppose|assuming|in case|whether',
  '이면|라면|다면|경우|일 때|인지|는지',
];
