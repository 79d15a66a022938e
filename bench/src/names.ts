import type { ActorKind } from '@explorer/domain';
import type { Rng } from './prng';

/**
 * Names, programs, currencies and dates of the synthetic network
 * (generate.ts), drawn from the seeded generator. Changing any of it changes
 * the output for a seed: bump GENERATOR_VERSION.
 */

// Name material: synthetic, only plausible enough for search to behave as on real lists.
const FIRST = (
  'Ali Hossein Mohammad Reza Hassan Mahmoud Javad Saeed Mehdi Abbas Qasem Hamid Majid Farhad ' +
  'Yousef Ibrahim Khalil Omar Tariq Nabil Karim Samir Walid Ahmad Mustafa Bashar Rami Fadi ' +
  'Jamal Nasser Imad Ziad Hadi Amir Kazem Morteza Ebrahim Esmail Rostam Dariush Bijan Parviz ' +
  'Zahra Fatemeh Maryam Leila Shirin Nasrin Samira Huda Rania Layla Noor Yasmin Dina Salma'
).split(' ');
const LAST = (
  'Rahimi Hosseini Mousavi Karimi Ahmadi Rezaei Moradi Hashemi Jafari Ghorbani Sadeghi ' +
  'Soleimani Tehrani Shirazi Esfahani Tabrizi Rashidi Nasrallah Haddad Khoury Mansour Saleh ' +
  'Hamdan Darwish Barakat Najjar Qassem Fadlallah Zaidi Houthi Sharif Amini Bagheri Kazemi ' +
  'Nouri Salehi Farahani Najafi Mohammadi Hamadani Kermani Yazdi Ghasemi Rostami Zarif ' +
  'Larijani Velayati Rouhani Araghchi Baqeri Hajizadeh Pakpour Salami Naqdi Jalili'
).split(' ');
const COMPANY_WORDS = (
  'Pars Persian Gulf Caspian Zagros Alborz Khatam Sepehr Arya Kish Qeshm Hormoz Bandar ' +
  'Golden Star Crescent Horizon Ocean Delta Eastern Western United Global Royal Summit ' +
  'Phoenix Falcon Atlas Orient Silk Road Cedar Levant Sahel Marine Petro Energy Steel ' +
  'Aero Tech Trade Logistics Shipping Exchange Capital Holding Investment Construction'
).split(' ');
const COMPANY_SUFFIX = 'LLC,Ltd,FZE,General Trading,Co,Group,Holding,PJSC,SA,Limited'.split(',');
const VESSEL_WORDS = (
  'Adrian Darya Grace Sea Star Helm Wisdom Arman Sabiti Happiness Sinopa Horse Forest ' +
  'Fortune Clavel Faxon Petunia Pegas Courage Honor Glory Pearl Breeze Tide Wave Coral ' +
  'Dolphin Eagle Neptune Poseidon Triton Aurora Liberty Victory Venus Jupiter Saturn Orion'
).split(' ');
const UNIT_TYPES = 'Brigade,Division,Regiment,Battalion,Corps,Base,Command,Unit,Wing'.split(',');
const BODY_WORDS = (
  'Defence Finance Intelligence Oil Energy Interior Foreign Affairs Commerce Industry ' +
  'Mines Roads Telecommunications Culture Guidance Economy Security Construction Aviation'
).split(' ');
const GROUP_WORDS = (
  'Saraya Kataib Liwa Harakat Asaib Jaish Ansar Hizb Fatemiyoun Zainabiyoun Badr Nujaba ' +
  'Sayyid Shuhada Imam Ali Abbas Ahl Haqq Allah Islami Muqawama'
).split(' ');
const PLACE = (
  'Tehran Isfahan Shiraz Tabriz Mashhad Ahvaz Bandar Abbas Kerman Yazd Qom Beirut Sanaa ' +
  'Damascus Baghdad Basra Hodeidah Aden Latakia Tartus Aleppo Homs Karbala Najaf Mosul'
).split(' ');
const SYLLABLES = 'ar,ba,da,el,fa,ga,ha,is,ka,la,ma,na,or,pa,qa,ra,sa,ta,ur,va,za'.split(',');
export const PROGRAMS = 'IRAN,SDGT,IRGC,NPWMD,SYRIA,YEMEN,IFSR,HRIT,CYBER,RUSSIA-EO14024'.split(
  ',',
);
export const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'AED', 'IRR', 'CNY'];
export const USD_RATE: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  AED: 0.2723,
  IRR: 0.0000238,
  CNY: 0.138,
};

export function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

export function actorName(kind: ActorKind, i: number, rng: Rng): string {
  switch (kind) {
    case 'PERSON':
      return `${rng.pick(FIRST)} ${rng.chance(0.3) ? rng.pick(FIRST) + ' ' : ''}${rng.pick(LAST)}`;
    case 'COMPANY':
      return `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_SUFFIX)}`;
    case 'VESSEL':
      return `${rng.pick(['MT', 'MV', 'M/T'])} ${rng.pick(VESSEL_WORDS)}${rng.chance(0.4) ? ' ' + rng.range(1, 9) : ''}`;
    case 'STATE_BODY':
      if (i === 0) return 'Ministry of Defence and Armed Forces Logistics';
      return rng.chance(0.5)
        ? `Ministry of ${rng.pick(BODY_WORDS)}`
        : `${rng.pick(PLACE)} ${rng.pick(['Provincial Council', 'Office', 'Directorate', 'Foundation'])}`;
    case 'MILITARY_UNIT':
      if (i === 0) return 'Central Command';
      return `${ordinal(rng.range(1, 400))} ${rng.pick(PLACE)} ${rng.pick(UNIT_TYPES)}`;
    case 'ARMED_GROUP':
      return `${rng.pick(GROUP_WORDS)} ${rng.pick(GROUP_WORDS)} ${rng.pick(PLACE)}`;
    case 'COUNTRY':
      return `Republic of ${word(rng, 3)}`;
    case 'PROGRAM':
      return `${word(rng, 2)} ${rng.pick(['Missile', 'Drone', 'Nuclear', 'Naval', 'Space'])} Program`;
    case 'INTERNATIONAL_BODY':
      return `${word(rng, 2)} ${rng.pick(['Cooperation Council', 'Union', 'Commission', 'Forum'])}`;
    case 'ORGANIZATION':
      return `${word(rng, 2)} ${rng.pick(['Foundation', 'Relief Society', 'Association', 'Committee'])}`;
    case 'PLACE':
      return `Port of ${rng.pick(PLACE)}`;
  }
}

/** A transliteration variant, as lists carry them (Hossein/Husayn). */
export function aliasOf(name: string, rng: Rng): string {
  const variants: [RegExp, string][] = [
    [/ou/g, 'u'],
    [/ei/g, 'ey'],
    [/e/g, 'i'],
    [/a/g, 'e'],
    [/ss/g, 's'],
    [/q/gi, 'gh'],
  ];
  const [re, to] = rng.pick(variants);
  const alias = name.replace(re, to);
  return alias === name ? `${name} ${rng.pick(['Co', 'Group', 'II'])}` : alias;
}

export function date(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.range(fromYear, toYear);
  const precision = rng.next();
  if (precision < 0.3) return String(y);
  const m = String(rng.range(1, 12)).padStart(2, '0');
  if (precision < 0.6) return `${y}-${m}`;
  return `${y}-${m}-${String(rng.range(1, 28)).padStart(2, '0')}`;
}
