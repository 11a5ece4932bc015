/**
 * 한국어 텍스트. 버튼과 페이지 이름은 ko-KR 문서(seeds의 ko.md 파일, 특히 사람이 번역한
 * 001)의 공식 용어를 따르고, 띄어쓰기는 자연스러운 한국어로 씁니다.
 */
import type { Texts } from './texts';

export const ko: Texts = {
  messages: {
    'name.azure-portal': 'Azure Portal',
    'name.office-admin-center': 'Office 365 관리 센터',
    'name.workload-azure': 'Azure',
    'name.workload-office': 'Office 365, Dynamics 365, Enterprise Mobility Suite',
    'name.premier': '파트너용 프리미어 지원',
    'name.advanced': '파트너용 고급 지원(ASfP)',

    'decision.escalate': 'Microsoft로 에스컬레이션하세요',
    'decision.check-service-health': '먼저 서비스 상태를 확인하세요',
    'decision.known-incident': '알려진 인시던트입니다: 서비스 상태에서 진행 상황을 확인하세요',
    'decision.resolve-yourself': '파트너가 직접 해결하세요',
    'decision.contact-isv': '제품을 게시한 ISV에 문의하세요',
    'decision.needs-paid-plan': '유료 지원 플랜이 필요합니다',
    'decision.pending': '답변 전에 몇 가지만 더 여쭤볼게요',

    'vehicle.isv': 'ISV(독립 소프트웨어 공급업체)',
    'vehicle.commercial-service-request': '파트너 센터의 상업적 문제 서비스 요청',
    'vehicle.csp-service-request': '파트너 센터의 서비스 요청(클라우드 솔루션 공급자 지원)',
    'vehicle.indirect-provider': '간접 공급자가 서비스 요청을 제출합니다',
    'vehicle.dynamics-support': 'Dynamics 지원',
    'vehicle.microsoft-product-support': '비즈니스 지원(Support for Business)의 Microsoft 제품 지원(MPN 혜택)',
    'vehicle.signature-cloud-support': '시그니처 클라우드 지원(MPN 혜택)',
    'vehicle.premier': '파트너용 프리미어 지원',
    'vehicle.advanced-support': '파트너용 고급 지원(ASfP)',
    'vehicle.own-tenant-direct': '자사 테넌트: 직접 로그인',
    'vehicle.paid-support': '유료 파트너 지원 플랜',

    'severity.A': 'A(심각한 영향)',
    'severity.B': 'B(보통 영향)',
    'severity.C': 'C(최소 영향)',
    'severity.non-break-fix': '고장 수리 외 문제(지원 권리 범위 안이지만 기술적인 고장 수리 인시던트는 아님)',
    'target.hours': '{hours}시간 이내',
    'target.business-days': '영업일 기준 {days}일 이내',

    'step.isv.open-marketplace': 'Marketplace 페이지에서 도움이 필요한 제품을 선택합니다.',
    'step.isv.find-contact':
      '제품 페이지에서 ISV의 지원 연락처를 찾습니다. ISV 웹 사이트의 지원 페이지 링크, 지원 이메일, 지원 전화번호 중 하나 이상이 있습니다.',
    'step.health.open-customer': '파트너 센터에서 고객을 선택한 다음 해당 고객을 선택합니다.',
    'step.health.check': '서비스 관리를 선택하고, 이미 문서화된 문제가 있는지 서비스 상태를 확인합니다.',
    'step.health.own-portal': '자사 계정으로 {portal}에 로그인해 서비스 상태를 확인합니다.',
    'step.incident.follow':
      '서비스 상태에서 해당 인시던트를 따라가세요. 이미 문서화된 문제이므로 새 서비스 요청은 필요하지 않습니다.',
    'step.incident.recheck': '나중에 서비스 상태를 다시 확인하세요. 알림을 설정해 드릴 수 있습니다.',
    'step.resolve.open-customer': '파트너 센터에서 고객, 해당 고객, 서비스 관리를 차례로 선택합니다.',
    'step.resolve.administer-services':
      '서비스 관리(Administer services) 섹션에서 작업할 서비스를 열고, 관리자 권한으로 소프트웨어, 설정, 구성 문제를 해결합니다.',
    'step.resolve.own-portal': '{portal}에 로그인해 관리자 권한으로 소프트웨어, 설정, 구성 문제를 해결합니다.',
    'step.resolve.come-back':
      '구성 문제가 아닌 것으로 밝혀지면(버그, 서비스 사용 불가, 문서화되지 않은 문제, 네트워크 또는 지역 문제) 다시 알려 주세요. 에스컬레이션 방법을 안내해 드리겠습니다.',
    'step.csp.service-requests': '파트너 센터 메뉴에서 서비스 요청과 고객 요청을 차례로 선택합니다.',
    'step.csp.search-customer': '고객 요청 페이지에서 해당 고객을 검색합니다.',
    'step.csp.new-request': '새 요청 드롭다운 메뉴에서 {workload}를 선택합니다. {portal}로 이동합니다.',
    'step.csp.new-request-licence': '라이선스를 구매한 구독에 대해 새 요청을 선택합니다.',
    'step.commercial.category': '알맞은 청구 또는 구독 관리 범주(청구, 구독, 분쟁, 사기)를 선택하고 문제를 설명합니다.',
    'step.azure.new-support-request': '새 지원 요청을 선택합니다.',
    'step.azure.basics': '기본 사항 섹션의 지원 계획 필드에서 클라우드 솔루션 공급자를 선택합니다.',
    'step.azure.contact': '연락처 정보 섹션에는 고객 정보가 아니라 파트너 본인의 정보를 입력합니다.',
    'step.azure.create': '만들기를 선택합니다.',
    'step.azure.manage': '나중에 Azure Portal에서 지원 요청 관리를 선택해 요청을 검토합니다.',
    'step.office.category':
      '서비스 요청 만들기 섹션에서 지원 범주를 선택합니다(자세히...를 선택해야 할 수도 있습니다).',
    'step.office.submit':
      '고객의 연락처 정보가 아니라 파트너 본인의 연락처 정보로 서비스 요청 양식을 작성하고 제출을 선택합니다.',
    'step.office.review': '나중에 Office 365 관리 센터에서 모든 지원 티켓 보기를 선택해 요청을 검토합니다.',
    'step.no-admin.copy-domain': '파트너 센터의 고객 계정 페이지에서 고객의 도메인 이름을 복사합니다.',
    'step.no-admin.open-portal': '{url}로 이동합니다. <customer-domain> 자리에 고객의 도메인 이름을 넣으세요.',
    'step.no-admin.subscription': '지원이 필요한 Azure 구독을 선택합니다.',
    'step.provider.ask':
      '간접 공급자에게 이 고객의 서비스 요청을 파트너 센터(서비스 요청, 고객 요청, 새 요청)에서 제출해 달라고 요청합니다.',
    'step.provider.details': '고객, 제품, 비즈니스 영향, 이미 확인한 내용, 본인의 연락처를 전달합니다.',
    'step.dynamics.contact': 'Dynamics 지원에 문의합니다.',
    'step.activate.sign-in': 'MPN에 연결된 계정으로 파트너 센터 대시보드에 로그인합니다.',
    'step.activate.technical-benefits':
      '혜택을 펼치고 기술 혜택을 선택한 다음 활성화를 선택합니다. 그러면 모든 사용자에게 액세스 ID와 계약 ID가 표시됩니다.',
    'step.product-support.open': '비즈니스 지원(Support for Business)을 엽니다.',
    'step.product-support.ids':
      '처음 한 번은 액세스 ID와 계약 ID를 입력합니다(파트너 센터의 혜택, 기술 혜택에 표시됨).',
    'step.product-support.create': '제품과 버전을 선택하고 문제를 설명한 다음 지원 요청을 만듭니다.',
    'step.signature.own-azure-link':
      'Azure Portal에 직접 로그인합니다. 처음 한 번은 도움말 + 지원, 지원 계획, 지원 혜택 연결을 선택하고 액세스 ID와 계약 ID를 입력합니다.',
    'step.signature.own-azure-request': '+ 새 지원 요청을 선택합니다. 시그니처 지원 계획이 표시됩니다.',
    'step.signature.customers':
      '관리 에이전트 역할로 CSP 아래의 고객, 해당 고객, 서비스 관리, 새 요청을 차례로 선택합니다.',
    'step.signature.add-contract':
      '해당 워크로드를 선택하면 워크로드별 포털이 열립니다. 지원 계약(액세스 ID와 계약 ID)을 추가하고 요청을 만듭니다.',
    'step.own.sign-in': '자사 계정으로 {portal}에 직접 로그인합니다(고객이 아닌 파트너 자신의 컨텍스트).',
    'step.own.azure-request': '새 지원 요청을 선택하고 보유한 지원 계획을 선택합니다.',
    'step.own.office-request': '지원, 새 서비스 요청을 선택하고 지원 항목을 선택합니다.',
    'step.plan.use': '{plan} 계약으로 요청을 제출합니다.',
    'step.plan.compare':
      '파트너 지원 플랜을 비교해 보세요. 파트너용 프리미어 지원(최상위 수준) 또는 파트너용 고급 지원(클라우드 제품 전용)이 있습니다.',

    'caveat.commercial-included':
      '상업적 문제 지원은 모든 CSP 파트너에게 제공되며, 청구 및 구독 관리 지원은 무료로 포함됩니다. 서비스 상태를 먼저 확인할 필요는 없습니다.',
    'caveat.incident-reminder': '서비스 상태를 다시 확인하도록 알림을 받으시겠어요? 말씀하시면 설정해 드리겠습니다.',
    'caveat.advisory-deeper-help':
      '자문 문의는 지원 권리 범위 안이지만 고장 수리 문제는 아닙니다. 더 깊은 자문이 필요하면 유료 파트너 지원 플랜을 살펴보세요.',
    'caveat.onprem-not-csp':
      '온-프레미스 제품은 CSP 서비스 요청 대상이 아닙니다. MPN 기술 지원 혜택이나 유료 플랜을 이용합니다.',
    'caveat.indirect-provider-files': '간접 재판매인의 경우 간접 공급자가 고객을 대신해 지원 티켓을 제출합니다.',
    'caveat.reseller-azure-access':
      'Azure 서비스 요청을 직접 만들려면 간접 공급자가 고객의 Azure 계정에 대한 액세스 권한을 부여해야 합니다. 이는 Office 365에서 고객을 대신해 관리하는 것과는 다릅니다.',
    'caveat.helpdesk-support-group':
      '파트너 센터의 기술 지원팀 에이전트는 Azure Portal에서 서비스 요청을 만들 수 없습니다. Azure Portal에서 지원 그룹을 만들고 그 그룹에 지원 요청을 기록할 권한을 부여하거나, 관리 에이전트에게 요청하세요.',
    'caveat.no-admin-relationship':
      '이 고객에 대한 관리자 권한이 없으므로(관계를 맺을 때 요청하지 않았거나 Azure 구독만 관리하는 경우) 고객의 디렉터리로 Azure Portal을 여세요.',
    'caveat.no-admin-relationship-route':
      '이 고객에 대한 관리자 권한이 없나요(관계를 맺을 때 요청하지 않았거나 Azure 구독만 관리하는 경우)? 파트너 센터의 고객 계정 페이지에서 고객의 도메인 이름을 복사해 <customer-domain> 자리에 넣고 {url}로 이동한 다음, Azure 구독을 선택하고 새 지원 요청을 선택하세요.',
    'caveat.role-may-not-escalate':
      '관리 에이전트, 전역 관리자, 영업 에이전트, 기술 지원팀 에이전트만 에스컬레이션할 수 있습니다. 이 역할이 있는 동료에게 제출을 요청하세요.',
    'caveat.dynamics-needs-asfp':
      'CSP에서 Dynamics 365를 거래하는 파트너가 CSP 고객을 대신해 Dynamics 365 인시던트를 제출하려면 파트너용 고급 지원(ASfP) 이상의 지원 계약이 필요합니다.',
    'caveat.dynamics-support-topics':
      'Dynamics 365 플랜 구독, 라이선스, 청구, Finance & Operations, 제품 라이선스 문제는 Dynamics 지원에 문의합니다.',
    'caveat.onprem-older-unsupported':
      'Microsoft 제품 지원은 현재 버전(N)과 일반 지원 기간 중인 이전 버전(N-1)만 지원합니다. 그보다 오래된 버전은 유료 지원 옵션을 이용하거나 파트너 지원 플랜을 구매하세요.',
    'caveat.incidents-remaining': '남은 인시던트 수는 비즈니스 지원(Support for Business)에서만 확인할 수 있습니다.',
    'caveat.access-id-first-time':
      '계정마다 혜택을 처음 사용할 때 액세스 ID와 계약 ID가 필요합니다. 한 번 연결하면 다시 입력할 필요가 없습니다.',
    'caveat.activate-first':
      '기술 혜택은 먼저 전역 관리자 또는 MPN 파트너 관리자가 활성화해야 합니다. 활성화 단추가 회색이면 사용자 관리에서 해당 역할의 사용자를 찾으세요. CSP에만 연결된 계정은 "이 작업에 대한 권한이 없습니다." 오류가 표시됩니다.',
    'caveat.role-cannot-activate':
      '관리 에이전트, 기술 지원팀 에이전트, 영업 에이전트 역할로는 기술 혜택을 활성화할 수 없습니다(그래서 활성화 단추가 회색으로 표시됩니다). 전역 관리자 또는 MPN 파트너 관리자만 활성화할 수 있으니 사용자 관리에서 해당 역할의 사용자를 찾으세요.',
    'caveat.member-wrong-account':
      '회사에 활성 멤버 자격 제안이 있으므로 기술 혜택 페이지에 "아직 혜택이 없는 것 같습니다."라고 표시되면 잘못된 계정으로 로그인한 것입니다. 페이지 오른쪽 위의 계정 아이콘을 선택하고 다른 계정으로 로그인하세요.',
    'caveat.no-membership-no-benefits':
      '기술 혜택은 활성 골드, 실버 또는 Microsoft Action Pack 멤버 자격 제안에 포함됩니다. 활성 멤버 자격 제안이 없으면 "아직 혜택이 없는 것 같습니다."라는 메시지가 표시되고 활성화할 혜택이 없습니다.',
    'caveat.needs-paid-plan':
      '프로필에 있는 지원 권리로는 이 경우를 지원받을 수 없습니다. 유료 파트너 지원 플랜이 필요합니다.',
    'caveat.action-pack-no-signature':
      'Action Pack에는 역량을 획득하지 않는 한 시그니처 클라우드 지원이 포함되지 않습니다(온-프레미스용 Microsoft 제품 지원만 포함).',
    'caveat.access-id-already-associated':
      'Azure Portal에서 "액세스 ID가 이미 연결되어 있습니다" 오류가 나와도 계약이 이미 연결되어 있다면 무시하고 + 새 지원 요청을 사용하세요. 지원 계획이 표시됩니다. 계약이 만료되었거나 남은 인시던트가 없으면 계약이 숨겨지므로 새 지원 플랜을 구매해야 합니다.',
    'caveat.own-tenant-not-csp':
      '자사 파트너 테넌트에 대한 지원은 CSP 지원 혜택에 포함되지 않습니다. Office 365, Dynamics CRM Online, Enterprise Mobility Suite는 별도의 지원 요금이 없지만 Azure는 요금이 있으며, 시그니처 클라우드 지원이나 다른 MPN 혜택으로 낼 수 있습니다.',
    'caveat.own-tenant-signature':
      '골드 또는 실버 파트너의 시그니처 클라우드 지원(MPN 계약 ID)은 자사 테넌트의 서비스 요청에 유효한 지원 계획 자격이며, Azure 지원 요금을 여기서 낼 수도 있습니다.',
    'caveat.own-tenant-premier':
      '보유하신 파트너용 프리미어 지원은 자사 테넌트의 서비스 요청에 유효한 지원 계획 자격입니다.',
    'caveat.own-tenant-azure-plan':
      '보유하신 Azure 지원 계획은 자사 Azure 구독의 서비스 요청에 유효한 지원 계획 자격입니다.',
    'caveat.signature-included':
      '골드 또는 실버 파트너는 클라우드 제품의 기술 문제에 대해 추가 요금 없이 시그니처 클라우드 지원을 이미 받을 수 있습니다. 사용하려면 기술 혜택을 활성화하세요.',
    'caveat.sign-in-directly-own-only':
      'Azure Portal이나 Office 365 관리 센터에 직접 로그인하면 고객이 아닌 파트너 자신의 컨텍스트가 표시됩니다. 직접 로그인은 자사 구독에만 사용하고, 고객 건은 항상 파트너 센터에서 시작하세요.',
    'caveat.no-documented-target':
      '문서의 응답 목표 시간({hoursA}, {hoursB}, {hoursC}시간, 영업일 기준 {nonBreakFixDays}일)은 CSP 지원 요청에 대한 것입니다. 이 경로는 해당 계약의 조건을 따릅니다.',
    'caveat.english-only-targets':
      '최초 응답 시간은 영어 지원에만 해당합니다. 한국어 등 현지 언어 지원은 업무 시간 중에만 제공됩니다. 더 빠른 응답을 원하면 영어를 선택할 수 있습니다.',
    'caveat.no-phone': '이 프로그램에서는 전화 지원이 제공되지 않습니다.',
    'caveat.priority-response': 'CSP 파트너는 주요 문제에 대해 우선 응답 시간을 기대할 수 있습니다.',
    'caveat.incidents-per-year': '멤버 자격에 이 혜택의 인시던트가 연간 {count}개 포함됩니다.',
    'caveat.incidents-unlimited': '클라우드 역량이 있으면 시그니처 클라우드 지원 인시던트는 제한이 없습니다.',

    'rule.R1': 'R1: Microsoft는 상업용 마켓플레이스 제품을 지원하지 않으며, ISV가 지원합니다.',
    'rule.R2': 'R2: 청구 문제, 분쟁, 사기 문제는 서비스 요청으로 에스컬레이션합니다.',
    'rule.R3': 'R3: 클라우드 서비스 문제는 먼저 서비스 상태를 확인합니다.',
    'rule.R4': 'R4: 서비스 상태에 나와 있는 문제는 알려진 인시던트이므로 새 요청이 필요 없습니다.',
    'rule.R5': 'R5: 소프트웨어, 설정, 구성 문제는 파트너가 해결합니다.',
    'rule.R6': 'R6: 문서화되지 않은 문제, 서비스 사용 불가, 버그, 네트워크 및 지역 문제는 Microsoft에 넘깁니다.',
    'rule.R7': 'R7: 자문 문의는 에스컬레이션할 수 있지만 고장 수리 문제는 아닙니다.',
    'rule.R8': 'R8: 온-프레미스 제품은 CSP 서비스 요청 대상이 아닙니다.',
    'rule.R9': 'R9: 파트너와 고객의 관계가 유지되도록 고객 건은 파트너 센터에서 제출합니다.',
    'rule.R10': 'R10: Azure 요청은 클라우드 솔루션 공급자 지원 계획과 파트너 본인의 연락처를 사용합니다.',
    'rule.R11': 'R11: Office 365, Dynamics CRM Online, EMS 요청에는 파트너 본인의 연락처를 입력합니다.',
    'rule.R12': 'R12: 누가 제출할 수 있는지(간접 공급자, 기술 지원팀 에이전트, 관리자 권한이 없는 경우).',
    'rule.R13': 'R13: Dynamics 365 인시던트에는 ASfP 이상이 필요하며, 라이선스와 청구는 Dynamics 지원에 문의합니다.',
    'rule.R14': 'R14: Microsoft 제품 지원은 최근 온-프레미스 제품(N, N-1)을 지원합니다.',
    'rule.R15': 'R15: 기술 혜택은 먼저 활성화해야 합니다.',
    'rule.R16': 'R16: 기술 지원은 프리미어, 고급 지원, 시그니처 클라우드 지원으로 받습니다.',
    'rule.R17': 'R17: 시그니처 클라우드 지원은 골드 또는 실버 역량에 포함됩니다.',
    'rule.R18': 'R18: "액세스 ID가 이미 연결되어 있습니다" 오류는 무시해도 됩니다.',
    'rule.R19': 'R19: 자사 테넌트는 CSP 지원 대상이 아니므로 지원 권리가 필요합니다.',
    'rule.R20': 'R20: 직접 로그인은 자사 구독에만 사용합니다.',
    'rule.R21': 'R21: 심각도는 비즈니스 영향에 따라 정해지며 최초 응답 시간을 결정합니다.',
    'rule.R22': 'R22: 응답 목표 시간은 영어 지원 기준입니다.',
    'rule.R23': 'R23: 전화 지원은 없습니다.',
    'rule.R24': 'R24: 현지 언어 지원과 고장 수리 외 문제의 기한은 업무 시간으로 계산합니다.',
    'rule.R25': 'R25: CSP 파트너는 주요 문제에 대해 우선 응답을 받습니다.',
    'rule.R26': 'R26: Microsoft가 응답할 때까지 기한 전후로 알림을 보냅니다.',
    'rule.R27': 'R27: 알림은 한 번만 전달되며, 실패한 전달은 버리지 않고 다시 시도합니다.',
  },
  questions: {
    product: {
      prompt: '어떤 제품에 문제가 있나요?',
      options: {
        azure: 'Azure',
        m365: 'Microsoft 365 / Office 365 / EMS',
        dynamics365: 'Dynamics 365',
        onprem: '온-프레미스 제품',
        marketplace: '상업용 마켓플레이스 제품',
      },
    },
    tenant: {
      prompt: '누구의 테넌트인가요?',
      options: { customer: '고객 테넌트', own: '자사(파트너) 테넌트' },
    },
    category: {
      prompt: '어떤 종류의 문제인가요?',
      options: {
        technical: '기술 문제(무언가 고장남)',
        advisory: '자문(사용 방법, 구성 안내)',
        billing: '청구',
        subscription: '구독 관리',
        dispute: '분쟁',
        fraud: '사기',
      },
    },
    serviceHealth: {
      prompt: '서비스 상태에 무엇이 표시되나요?',
      options: {
        'not-checked': '아직 확인하지 않음',
        'known-incident': '문제가 나와 있음',
        'not-listed': '나와 있지 않음',
      },
    },
    nature: {
      prompt: '문제를 가장 잘 설명하는 것은 무엇인가요?',
      options: {
        undocumented: '서비스가 서비스 설명대로 작동하지 않음',
        unavailable: '서비스를 사용할 수 없음',
        bug: '모양이나 작동에 영향을 주는 버그 또는 불규칙한 동작',
        network: '대규모 네트워크 중단',
        regional: '여러 테넌트에 영향을 주는 지역 문제',
        configuration: '파트너가 변경할 수 있는 소프트웨어, 설정, 구성 문제',
      },
    },
    impact: {
      prompt: '비즈니스 영향은 어느 정도인가요?',
      options: {
        critical: '심각한 영향(프로덕션 서비스 중단, 심각한 손실)',
        moderate: '보통 영향(프로덕션 서비스가 부분적으로 영향을 받음)',
        minimal: '최소 영향(비프로덕션이거나 서비스를 계속 사용할 수 있음)',
      },
    },
    language: {
      prompt: 'Microsoft와 어떤 언어로 지원 상담을 하시겠어요?',
      options: { en: '영어(가장 빠른 응답 목표)', ko: '한국어(업무 시간 중)' },
    },
    onpremVersion: {
      prompt: '온-프레미스 제품의 버전은 무엇인가요?',
      options: {
        current: '현재 버전(N)',
        previous: '이전 버전(N-1, 일반 지원 기간 중)',
        older: '그보다 오래된 버전',
      },
    },
    adminRelationship: {
      prompt: '이 고객에 대한 관리자 권한(위임된 관리자 권한)이 있나요?',
      options: { yes: '예', no: '아니요' },
    },
    cspModel: {
      prompt: 'CSP 프로그램에 어떻게 참여하고 있나요?',
      options: {
        direct: '직접 청구 파트너',
        'indirect-provider': '간접 공급자',
        'indirect-reseller': '간접 재판매인',
        none: 'CSP에 참여하지 않음',
      },
    },
    role: {
      prompt: '파트너 센터에서의 역할은 무엇인가요?',
      options: {
        'admin-agent': '관리 에이전트',
        'helpdesk-agent': '기술 지원팀 에이전트',
        'sales-agent': '영업 에이전트',
        'global-admin': '전역 관리자',
        other: '다른 역할',
      },
    },
    azureAccessGranted: {
      prompt: '간접 공급자가 이 고객의 Azure 계정에 대한 액세스 권한을 부여했나요?',
      options: { yes: '예', no: '아니요' },
    },
    mpnLevel: {
      prompt: 'Microsoft 파트너 네트워크 멤버 자격은 무엇인가요?',
      options: { none: '없음', 'action-pack': 'Action Pack', silver: '실버 역량', gold: '골드 역량' },
    },
    cloudCompetency: {
      prompt:
        '보유한 역량 중에 클라우드 역량(보안, 클라우드 Business Applications, 클라우드 플랫폼, 클라우드 생산성, Enterprise Mobility Management, 소형 및 중간급 클라우드 솔루션)이 있나요?',
      options: { yes: '예', no: '아니요' },
    },
    benefitsActivated: {
      prompt: '파트너 센터에서 기술 혜택을 활성화했나요?',
      options: { yes: '예', no: '아니요 또는 잘 모름' },
    },
    paidPlans: {
      prompt: '보유한 유료 지원 플랜은 무엇인가요?',
      options: {
        premier: '파트너용 프리미어 지원',
        advanced: '파트너용 고급 지원(ASfP)',
        'azure-plan': 'Azure 지원 플랜',
        none: '없음',
      },
    },
  },
};
