import { CONTACT_METHODS, CONTACT_TIMES, FOSTERING_INTERESTS, HEARD_FROM, SHORTAGE_CATEGORIES } from '@app/domain';
import type { OutcodePools } from './outcodes';

/** A small seeded generator (mulberry32), so every run sends the same mix of enquiries. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: weighted([[0.7, 'a'], [0.3, 'b']]). */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    let roll = this.next() * choices.reduce((sum, [w]) => sum + w, 0);
    for (const [weight, value] of choices) if ((roll -= weight) < 0) return value;
    return choices[choices.length - 1][1];
  }
}

const FIRST_NAMES = ['Sam', 'Aisha', 'Tom', 'Priya', 'Chloé', 'Oluwaseun', 'Siobhán', 'Mohammed', 'Zoë', 'Kwame', 'Gráinne', 'Li', 'Jo-Anne', 'Dafydd', 'Fatima', 'Ewan'];
const LAST_NAMES = ['Okafor', 'Smith', "O'Brien", 'Patel', 'Nowak', 'Smith-Jones', 'Khan', 'Williams', 'Müller', 'Evans', 'MacLeod', 'Ahmed', 'de Souza', 'Taylor'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const OTHER_INTERESTS = FOSTERING_INTERESTS.filter((i) => !(SHORTAGE_CATEGORIES as readonly string[]).includes(i));

/**
 * Enquiries as people fill them in: varied households, about 30% open to a shortage category,
 * postcodes typed in any case and spacing, and a few that end up with the triage team
 * (postcodes outside England or not in the directory).
 */
export class EnquiryGenerator {
  private serial = 0;

  constructor(private readonly random: SeededRandom, private readonly pools: OutcodePools) {}

  next(): Record<string, unknown> {
    const r = this.random;
    const firstName = r.pick(FIRST_NAMES);
    const lastName = r.pick(LAST_NAMES);
    const spareBedrooms = r.weighted([[0.08, 0], [0.55, 1], [0.3, 2], [0.07, 3]] as const);
    const body: Record<string, unknown> = {
      firstName,
      lastName,
      email: `${slug(firstName)}.${slug(lastName)}${++this.serial}@example.com`,
      phone: r.weighted([[0.6, `07700 900${r.int(100, 999)}`], [0.3, `01632 960${r.int(100, 999)}`], [0.1, `+44 7700 900${r.int(100, 999)}`]] as const),
      postcode: this.postcode(),
      preferredContactMethod: r.pick(CONTACT_METHODS),
      preferredContactTime: r.pick(CONTACT_TIMES),
      adultsInHousehold: r.weighted([[0.35, 1], [0.6, 2], [0.05, 3]] as const),
      childrenInHousehold: r.weighted([[0.45, 0], [0.25, 1], [0.2, 2], [0.1, r.int(3, 5)]] as const),
      spareBedrooms,
      interests: this.interests(),
      heardFrom: r.pick(HEARD_FROM),
      consentToStore: true,
    };
    if (r.next() < 0.6) {
      body.eligibility = { aged21OrOver: 'yes', hasSpareBedroom: spareBedrooms > 0 ? 'yes' : 'no', livesInEngland: 'yes' };
    }
    return body;
  }

  private postcode(): string {
    const r = this.random;
    const pool = r.weighted([[0.92, this.pools.english], [0.03, this.pools.elsewhere], [0.05, this.pools.unknown]] as const);
    const postcode = `${r.pick(pool)} ${r.int(0, 9)}${r.pick([...INWARD_LETTERS])}${r.pick([...INWARD_LETTERS])}`;
    return r.weighted([[0.75, postcode], [0.2, postcode.toLowerCase().replace(' ', '')], [0.05, ` ${postcode.toLowerCase()} `]] as const);
  }

  /** About 30% shortage-category (followed up first); the rest short breaks, emergencies or not sure yet. */
  private interests(): string[] {
    const r = this.random;
    const chosen = new Set<string>();
    if (r.next() < 0.3) {
      const count = r.weighted([[0.6, 1], [0.3, 2], [0.1, 3]] as const);
      while (chosen.size < count) chosen.add(r.pick(SHORTAGE_CATEGORIES));
    }
    for (const other of OTHER_INTERESTS) if (r.next() < 0.4) chosen.add(other);
    return [...chosen];
  }
}

function slug(name: string): string {
  return name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}
