import type { ActorKind } from '@explorer/domain';

/**
 * What kind of actor a listed organisation is, when the list only says
 * "entity" (OFAC's empty type, every UN entity, FtM's Organization). Lists
 * put armed groups, state forces, ministries, charities and companies
 * under one heading; the kind decides the shape the view draws and how
 * analysts filter, so it is read from the name and the programs:
 *
 * 1. a ministry, government, central bank or state organisation is a
 *    STATE_BODY;
 * 2. a state force ("... CORPS", "... FORCE", "ARMY", "NAVY", "BASIJ") is a
 *    MILITARY_UNIT;
 * 3. an armed group by name (brigades, "KATA'IB", "HIZBALLAH", "AL-QA'IDA",
 *    "ISLAMIC STATE", "JIHAD", "MARTYRS", "LASHKAR", "TALIBAN", "FRONT",
 *    "MILITIA"...) or listed as a Foreign Terrorist Organization (FTO) is an
 *    ARMED_GROUP;
 * 4. a company by name (LTD, LLC, CO., S.A., GMBH, BANK, EXCHANGE,
 *    TRADING, SHIPPING...) is a COMPANY;
 * 5. a charity, foundation, association, committee, party or movement, or
 *    anything else listed under a terrorism program (SDGT, SDT), is an
 *    ORGANIZATION;
 * 6. anything else stays the list's default (COMPANY for OFAC).
 * A legal form or trade word in the name wins over rules 1 and 3 ("... FORCE
 * TRADING CO." is a company), except for a central bank (a state body).
 * Documented in server/src/import/README.md.
 */

const STATE_FORCE =
  /\b(CORPS|FORCES?|ARMY|NAVY|AIR FORCE|BASIJ|GENDARMERIE|GUARD|INTELLIGENCE (SERVICE|DIRECTORATE|ORGANI[SZ]ATION))\b/i;
const CENTRAL_BANK = /\b(CENTRAL BANK|BANK MARKAZI)\b/i;
const STATE_BODY =
  /\b(MINISTRY|MINISTER|GOVERNMENT|STATE ORGANI[SZ]ATION|DIRECTORATE|AUTHORITY OF THE|DEPARTMENT OF)\b/i;
const ARMED_GROUP =
  /\b(BRIGADES?|BATTALIONS?|KATA'?IB|HIZBALLAH|HEZBOLLAH|HIZBULLAH|AL[- ]QA'?IDA|QAEDA|ISLAMIC STATE|ISIL|ISIS|DAESH|JIHAD|MUJAHID(EEN|IN)?|MARTYRS|LASHKAR|JAISH|TALIBAN|TEHRIK|FRONT|MILITIAS?|ARMED GROUP|SHABAAB|HAMAS|HOUTHIS?|ANSAR ?ALLAH|ASA'?IB|HARAKAT|LIBERATION ARMY|RESISTANCE)\b/i;
const COMPANY =
  /\b(LTD|LIMITED|LLC|L\.L\.C|INC|CORP(ORATION)?|CO\b|CO\.|COMPANY|S\.?A\.?|S\.?A\.?R\.?L|GMBH|AG|B\.?V\.?|PLC|PJSC|JSC|OOO|BANK|EXCHANGE|TRADING|SHIPPING|PETROLEUM|INDUSTR(Y|IES)|ENTERPRISES?|HOLDINGS?|GROUP OF COMPANIES|AIRLINES?|AIRWAYS|MARINE|NAVIGATION|TANKERS?|FZE|FZCO|DMCC)\b/i;
const ORGANIZATION =
  /\b(FOUNDATION|CHARIT(Y|ABLE)|RELIEF|ASSOCIATION|SOCIETY|COMMITTEE|UNION|PARTY|MOVEMENT|ORGANI[SZ]ATION|COUNCIL|INSTITUTE|BONYAD|MOSQUE|CENTER|CENTRE|NETWORK)\b/i;

/** Programs whose listings are terrorism designations. */
const TERRORISM_PROGRAMS = new Set(['SDGT', 'SDT', 'FTO', 'IRGC']);

/** Whether the name says it is a company (legal form or trade). */
export function companyName(name: string): boolean {
  return COMPANY.test(name);
}

export function entityKind(
  name: string,
  programs: readonly string[],
  fallback: ActorKind,
): ActorKind {
  const company = companyName(name);
  if (CENTRAL_BANK.test(name)) return 'STATE_BODY';
  if (STATE_BODY.test(name) && !company) return 'STATE_BODY';
  if (STATE_FORCE.test(name) && !company) return 'MILITARY_UNIT';
  if (!company && (ARMED_GROUP.test(name) || programs.includes('FTO'))) return 'ARMED_GROUP';
  if (company) return 'COMPANY';
  if (ORGANIZATION.test(name) || programs.some((p) => TERRORISM_PROGRAMS.has(p)))
    return 'ORGANIZATION';
  return fallback;
}
