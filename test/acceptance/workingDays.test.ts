// Issue 8: the Dutch work calendar and handling norms in working days. Hand-computed from the docs
// (see recordsHelpers.ts). Weekdays from `date -d`; Easter 2025 is 20 April (Goede Vrijdag 18 April,
// Tweede Paasdag 21 April, Hemelvaartsdag 29 May = Easter + 39, Tweede Pinksterdag 9 June);
// Easter 2026 is 5 April (Goede Vrijdag 3 April).
//
// The rule (docs/records.md): a melding is within a norm of n working days when the working days
// after its creation date, up to and including its closing date, are at most n.
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/index.js";
import { BuurtaanpakError } from "../../src/index.js";
import { deriveMeldingen, type Melding, type WorkCalendar } from "../../src/records/index.js";
import { areas } from "./helpers.js";
import { extendedModel, melding, partsOf, warningsOf } from "./recordsHelpers.js";

describe("dutchWorkCalendar", () => {
  const calendar = dutchWorkCalendar();

  it("Koningsdag 2025 is Saturday 26 April, as the 27th is a Sunday", () => {
    expect(calendar.holidays(2025).find((holiday) => holiday.name.nl === "Koningsdag")?.date).toBe("2025-04-26");
  });

  it("Koningsdag 2024 stays on Saturday 27 April (only a Sunday moves it)", () => {
    expect(calendar.holidays(2024).find((holiday) => holiday.name.nl === "Koningsdag")?.date).toBe("2024-04-27");
  });

  it("Friday 25 and Monday 28 April 2025 are working days: Koningsdag on a Saturday moves to no weekday", () => {
    expect([calendar.isWorkingDay("2025-04-25"), calendar.isWorkingDay("2025-04-28")]).toEqual([true, true]);
  });

  it("Koningsdag on Monday 27 April 2026 is a day off", () => {
    expect(calendar.isWorkingDay("2026-04-27")).toBe(false);
  });

  it("Hemelvaartsdag Thursday 29 May 2025 is off; Friday 30 May is a working day (no bridge day)", () => {
    expect([calendar.isWorkingDay("2025-05-29"), calendar.isWorkingDay("2025-05-30")]).toEqual([false, true]);
  });

  it("the other weekday holidays of 2025 are off: Nieuwjaarsdag (Wed), Tweede Paasdag (Mon 21 Apr), Tweede Pinksterdag (Mon 9 Jun), Kerst (Thu 25, Fri 26 Dec)", () => {
    expect(
      ["2025-01-01", "2025-04-21", "2025-06-09", "2025-12-25", "2025-12-26"].map((day) => calendar.isWorkingDay(day)),
    ).toEqual([false, false, false, false, false]);
  });

  it("weekends are never working days; an ordinary Tuesday is", () => {
    expect([
      calendar.isWorkingDay("2025-03-15"),
      calendar.isWorkingDay("2025-03-16"),
      calendar.isWorkingDay("2025-03-18"),
    ]).toEqual([false, false, true]);
  });

  it("Goede Vrijdag (18 April 2025) is off by default (Algemene termijnenwet) and a working day with goodFriday: false", () => {
    expect(calendar.isWorkingDay("2025-04-18")).toBe(false);
    expect(dutchWorkCalendar({ goodFriday: false }).isWorkingDay("2025-04-18")).toBe(true);
  });

  it("5 mei: off every year by default; 'lustrum' only in years divisible by 5 (off Mon 5 May 2025, working Tue 5 May 2026); 'never' a working day", () => {
    const lustrum = dutchWorkCalendar({ liberationDay: "lustrum" });
    const never = dutchWorkCalendar({ liberationDay: "never" });
    expect([calendar.isWorkingDay("2025-05-05"), calendar.isWorkingDay("2026-05-05")]).toEqual([false, false]);
    expect([lustrum.isWorkingDay("2025-05-05"), lustrum.isWorkingDay("2026-05-05")]).toEqual([false, true]);
    expect([never.isWorkingDay("2025-05-05"), never.isWorkingDay("2026-05-05")]).toEqual([true, true]);
  });

  it("lists the 9 days of the Algemene termijnenwet for 2025, plus Eerste Paasdag and Eerste Pinksterdag (Sundays): 11, in date order", () => {
    const holidays = calendar.holidays(2025);
    const dates = holidays.map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(
      expect.arrayContaining([
        "2025-01-01",
        "2025-04-18",
        "2025-04-21",
        "2025-04-26",
        "2025-05-05",
        "2025-05-29",
        "2025-06-09",
        "2025-12-25",
        "2025-12-26",
      ]),
    );
    expect(holidays).toHaveLength(11);
  });

  it("a Goede Vrijdag that is not a day off is still listed, with dayOff false", () => {
    const goodFriday = dutchWorkCalendar({ goodFriday: false })
      .holidays(2025)
      .find((holiday) => holiday.date === "2025-04-18");
    expect(goodFriday?.dayOff).toBe(false);
  });

  it("knows 1970–2100 and throws for a year outside them rather than guess", () => {
    expect(calendar.firstYear).toBe(1970);
    expect(calendar.lastYear).toBe(2100);
    expect(() => calendar.isWorkingDay("2150-01-02")).toThrow(BuurtaanpakError);
  });
});

// One melding per buurt, so that each buurt's within-norm row is that melding's verdict:
// [numerator, denominator] = [1, 1] on time, [0, 1] late.
interface NormCase {
  buurt: string;
  createdAt: string;
  closedAt?: string;
  category: string;
  why: string;
}

const buurten = areas.filter((area) => area.kind === "buurt").map((area) => area.id);
const at = (index: number): string => {
  const buurt = buurten[index];
  if (buurt === undefined) throw new Error(`no buurt ${index}`);
  return buurt;
};

const cases2025 = {
  koningsdagOnTime: {
    buurt: at(0),
    createdAt: "2025-04-24T10:00:00+02:00",
    closedAt: "2025-05-01T16:00:00+02:00",
    category: "afval",
    why: "Thu 24 Apr → Thu 1 May: Fri 25, Mon 28, Tue 29, Wed 30, Thu 1 = 5 (Sat 26 is Koningsdag and a Saturday anyway)",
  },
  koningsdagLate: {
    buurt: at(1),
    createdAt: "2025-04-24T10:00:00+02:00",
    closedAt: "2025-05-02T09:00:00+02:00",
    category: "afval",
    why: "Thu 24 Apr → Fri 2 May: 6 working days; late (a Koningsdag wrongly moved to Mon 28 would make it 5)",
  },
  hemelvaartOnTime: {
    buurt: at(2),
    createdAt: "2025-05-26T10:00:00+02:00",
    closedAt: "2025-06-03T16:00:00+02:00",
    category: "afval",
    why: "Mon 26 May → Tue 3 Jun: Tue 27, Wed 28, Fri 30, Mon 2, Tue 3 = 5 (Thu 29 is Hemelvaartsdag)",
  },
  hemelvaartLate: {
    buurt: at(3),
    createdAt: "2025-05-26T10:00:00+02:00",
    closedAt: "2025-06-04T09:00:00+02:00",
    category: "afval",
    why: "Mon 26 May → Wed 4 Jun: 6 working days; late",
  },
  goodFriday: {
    buurt: at(4),
    createdAt: "2025-04-16T10:00:00+02:00",
    closedAt: "2025-04-25T16:00:00+02:00",
    category: "afval",
    why: "Wed 16 Apr → Fri 25 Apr: Thu 17, Tue 22, Wed 23, Thu 24, Fri 25 = 5 with Goede Vrijdag and Tweede Paasdag off; 6 when Goede Vrijdag is worked",
  },
  liberationDay: {
    buurt: at(5),
    createdAt: "2025-04-26T11:00:00+02:00",
    closedAt: "2025-05-05T16:00:00+02:00",
    category: "afval",
    why: "made Sat 26 Apr (Koningsdag) → Mon 5 May: Mon 28, Tue 29, Wed 30, Thu 1, Fri 2 = 5 with 5 mei off; 6 when 5 mei is worked",
  },
  calendarDaysOnTime: {
    buurt: at(6),
    createdAt: "2025-04-24T10:00:00+02:00",
    closedAt: "2025-04-29T16:00:00+02:00",
    category: "groen",
    why: "5 calendar days: 24 → 29 April is 5 days",
  },
  calendarDaysLate: {
    buurt: at(7),
    createdAt: "2025-04-24T10:00:00+02:00",
    closedAt: "2025-04-30T08:00:00+02:00",
    category: "Groen",
    why: "5 calendar days: 24 → 30 April is 6 days, late (and categories match ignoring case)",
  },
  openPastTerm: {
    buurt: at(8),
    createdAt: "2025-06-02T10:00:00+02:00",
    category: "afval",
    why: "made Mon 2 Jun, still open on 30 Jun, long past 5 working days: late",
  },
} satisfies Record<string, NormCase>;

function meldingenOf(cases: Record<string, NormCase>): Melding[] {
  return Object.entries(cases).map(([id, normCase]) =>
    melding(id, normCase.createdAt, normCase.buurt, {
      category: normCase.category,
      ...(normCase.closedAt === undefined ? {} : { status: "closed", closedAt: normCase.closedAt }),
    }),
  );
}

const norms = { afval: { days: 5, unit: "working-days" }, groen: { days: 5, unit: "calendar-days" } } as const;
const withinNorm = { "afhandeling-binnen-termijn": { figure: "within-norm" } } as const;

/** Each case's `[numerator, denominator]` rows, by case id. */
function verdicts(calendar: WorkCalendar, cases: Record<string, NormCase>, covers: string): Map<string, unknown> {
  const derived = deriveMeldingen(
    extendedModel,
    { covers, records: meldingenOf(cases) },
    { areas, granularity: "quarter", calendar, norms, indicators: withinNorm },
  );
  return new Map(
    Object.entries(cases).map(([id, normCase]) => [
      id,
      partsOf(derived, "afhandeling-binnen-termijn", normCase.buurt).map(([, numerator, denominator]) => [
        numerator,
        denominator,
      ]),
    ]),
  );
}

describe("a norm of 5 working days over Koningsdag, Hemelvaart, Goede Vrijdag and 5 mei (Q2 2025)", () => {
  const q2 = "2025-04-01/2025-06-30";

  it("with the default calendar (Goede Vrijdag and 5 mei off): on time, late, on time, late, on time, on time; calendar days on time, late; open past term late", () => {
    expect(Object.fromEntries(verdicts(dutchWorkCalendar(), cases2025, q2))).toEqual({
      koningsdagOnTime: [[1, 1]],
      koningsdagLate: [[0, 1]],
      hemelvaartOnTime: [[1, 1]],
      hemelvaartLate: [[0, 1]],
      goodFriday: [[1, 1]],
      liberationDay: [[1, 1]],
      calendarDaysOnTime: [[1, 1]],
      calendarDaysLate: [[0, 1]],
      openPastTerm: [[0, 1]],
    });
  });

  it("with Goede Vrijdag worked, 16 → 25 April takes 6 working days: late; the rest as before", () => {
    const result = verdicts(dutchWorkCalendar({ goodFriday: false }), cases2025, q2);
    expect(result.get("goodFriday")).toEqual([[0, 1]]);
    expect(result.get("liberationDay")).toEqual([[1, 1]]);
    expect(result.get("koningsdagOnTime")).toEqual([[1, 1]]);
  });

  it("with 5 mei worked ('never'), 26 April → 5 May takes 6 working days: late; with 'lustrum' 2025 has it off: on time", () => {
    expect(verdicts(dutchWorkCalendar({ liberationDay: "never" }), cases2025, q2).get("liberationDay")).toEqual([
      [0, 1],
    ]);
    expect(verdicts(dutchWorkCalendar({ liberationDay: "lustrum" }), cases2025, q2).get("liberationDay")).toEqual([
      [1, 1],
    ]);
  });

  it("with Signalen's weekdays (Monday to Friday, holidays worked), Mon 26 May → Tue 3 Jun is 6 (Thu 29 counts): late", () => {
    const weekdays: WorkCalendar = {
      name: "maandag t/m vrijdag",
      firstYear: 1900,
      lastYear: 2199,
      isWorkingDay: (date) => [1, 2, 3, 4, 5].includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
    };
    const result = verdicts(weekdays, cases2025, q2);
    expect(result.get("hemelvaartOnTime")).toEqual([[0, 1]]);
    // Thu 24 Apr → Thu 1 May counts Fri 25, Mon 28, Tue 29, Wed 30, Thu 1 = 5 on weekdays too.
    expect(result.get("koningsdagOnTime")).toEqual([[1, 1]]);
  });

  it("pooled in the gemeente's quarter: 5 of the 9 meldingen on time (default calendar)", () => {
    const derived = deriveMeldingen(
      extendedModel,
      { covers: q2, records: meldingenOf(cases2025) },
      { areas, granularity: "quarter", calendar: dutchWorkCalendar(), norms, indicators: withinNorm },
    );
    const numerators = derived.rows.reduce((sum, row) => sum + (row.numerator ?? 0), 0);
    const denominators = derived.rows.reduce((sum, row) => sum + (row.denominator ?? 0), 0);
    expect([numerators, denominators]).toEqual([5, 9]);
  });
});

describe("a norm over Koningsdag on a Monday and 5 mei on a Tuesday (Q2 2026)", () => {
  const q2 = "2026-04-01/2026-06-30";
  const cases2026 = {
    koningsdagMonday: {
      buurt: at(0),
      createdAt: "2026-04-24T10:00:00+02:00",
      closedAt: "2026-05-04T16:00:00+02:00",
      category: "afval",
      why: "Fri 24 Apr → Mon 4 May: Tue 28, Wed 29, Thu 30, Fri 1, Mon 4 = 5, as Koningsdag Mon 27 Apr is off",
    },
    liberationTuesday: {
      buurt: at(1),
      createdAt: "2026-04-30T10:00:00+02:00",
      closedAt: "2026-05-08T16:00:00+02:00",
      category: "afval",
      why: "Thu 30 Apr → Fri 8 May: Fri 1, Mon 4, Wed 6, Thu 7, Fri 8 = 5 with 5 mei off; 6 under 'lustrum' (2026 is no lustrum year)",
    },
  } satisfies Record<string, NormCase>;

  it("default calendar: both on time", () => {
    expect(Object.fromEntries(verdicts(dutchWorkCalendar(), cases2026, q2))).toEqual({
      koningsdagMonday: [[1, 1]],
      liberationTuesday: [[1, 1]],
    });
  });

  it("'lustrum': 5 May 2026 is worked, so 30 Apr → 8 May is 6: late", () => {
    expect(verdicts(dutchWorkCalendar({ liberationDay: "lustrum" }), cases2026, q2).get("liberationTuesday")).toEqual([
      [0, 1],
    ]);
  });
});

describe("meldingen that cannot be judged yet, or have no norm", () => {
  it("a melding made Fri 27 June and open on 30 June has used 1 of 5 working days (Mon 30): no row for its quarter yet, a within-term warning", () => {
    const derived = deriveMeldingen(
      extendedModel,
      {
        covers: "2025-04-01/2025-06-30",
        records: [melding("fresh", "2025-06-27T10:00:00+02:00", at(0), { category: "afval" })],
      },
      { areas, granularity: "quarter", calendar: dutchWorkCalendar(), norms, indicators: withinNorm },
    );
    expect(partsOf(derived, "afhandeling-binnen-termijn", at(0))).toEqual([]);
    expect(warningsOf(derived, "within-term").length).toBeGreaterThan(0);
  });

  it("a category without a norm and no defaultNorm: in no share (no row), a no-norm warning; with defaultNorm of 10 calendar days, 1 → 8 April (7 days) is on time", () => {
    const records = [
      melding("vreemd", "2025-04-01T10:00:00+02:00", at(0), {
        category: "onbekend",
        status: "closed",
        closedAt: "2025-04-08T10:00:00+02:00",
      }),
    ];
    const without = deriveMeldingen(
      extendedModel,
      { covers: "2025-04-01/2025-06-30", records },
      { areas, granularity: "quarter", calendar: dutchWorkCalendar(), norms, indicators: withinNorm },
    );
    expect(partsOf(without, "afhandeling-binnen-termijn", at(0))).toEqual([]);
    expect(warningsOf(without, "no-norm").map((warning) => warning.count)).toEqual([1]);
    const withDefault = deriveMeldingen(
      extendedModel,
      { covers: "2025-04-01/2025-06-30", records },
      {
        areas,
        granularity: "quarter",
        calendar: dutchWorkCalendar(),
        norms,
        defaultNorm: { days: 10, unit: "calendar-days" },
        indicators: withinNorm,
      },
    );
    expect(partsOf(withDefault, "afhandeling-binnen-termijn", at(0))).toEqual([["2025-Q2", 1, 1]]);
  });

  it("handling time in working days of the Hemelvaart case is 6 (Tue 27, Wed 28, Fri 30, Mon 2, Tue 3, Wed 4)", () => {
    const derived = deriveMeldingen(
      extendedModel,
      {
        covers: "2025-04-01/2025-06-30",
        records: [
          melding("h", "2025-05-26T10:00:00+02:00", at(0), { status: "closed", closedAt: "2025-06-04T09:00:00+02:00" }),
        ],
      },
      {
        areas,
        granularity: "quarter",
        calendar: dutchWorkCalendar(),
        indicators: { "afhandelduur-werkdagen": { figure: "handling-days", days: "working" } },
      },
    );
    expect(partsOf(derived, "afhandelduur-werkdagen", at(0))).toEqual([["2025-Q2", 6, 1]]);
  });
});
