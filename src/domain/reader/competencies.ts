/**
 * The MPN competencies by name, in English and Korean: the cloud ones that make
 * Signature Cloud Support unlimited (R17) and the others.
 */
export const cloudCompetencies =
  'cloud platform|cloud productivity|cloud business applications|enterprise mobility management|small and mid-?market cloud solutions|cba|security|cloud';
export const cloudCompetenciesKo =
  '클라우드 플랫폼|클라우드 생산성|클라우드 비즈니스 애플리케이션|엔터프라이즈 모빌리티 관리|중소기업 클라우드 솔루션|보안|클라우드';
export const otherCompetencies =
  'data analytics|data platform|application development|app development|application integration|datacenter|data center|collaboration and content|messaging|communications|devops|windows and devices|project and portfolio management|enterprise resource planning|erp|learning|small and mid-?market solutions';
export const otherCompetenciesKo =
  '데이터 분석|데이터 플랫폼|애플리케이션 개발|애플리케이션 통합|데이터센터|데이터 센터|공동 작업 및 콘텐츠|메시징|커뮤니케이션|DevOps|Windows 및 디바이스|프로젝트 및 포트폴리오 관리|ERP|학습';
export const allCompetencies = `${cloudCompetencies}|${otherCompetencies}`;
export const allCompetenciesKo = `${cloudCompetenciesKo}|${otherCompetenciesKo}|${allCompetencies}`;
