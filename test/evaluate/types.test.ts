import { describe, expectTypeOf, it } from "vitest";
import {
  evaluate,
  type GoalRollUp,
  type GroupRollUp,
  type Instant,
  type Observation,
  type Observations,
  parseObservations,
  type Status,
  type SubgoalRollUp,
} from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

const observations = parseObservations(alblasserdam, [
  { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 1 },
]);
const evaluation = evaluate(alblasserdam, observations, { period: "2024" });

describe("the types of an evaluation", () => {
  it("gives each roll-up list its own type, so that goals[0].goal type-checks", () => {
    expectTypeOf(evaluation.groups).toEqualTypeOf<readonly GroupRollUp[]>();
    expectTypeOf(evaluation.subgoals).toEqualTypeOf<readonly SubgoalRollUp[]>();
    expectTypeOf(evaluation.goals).toEqualTypeOf<readonly GoalRollUp[]>();
    expectTypeOf<GoalRollUp["goal"]>().toBeString();
    // @ts-expect-error a goal roll-up has no group
    evaluation.goals[0]?.group;
  });

  it("takes only parsed observations (or no rows), not plain rows", () => {
    expectTypeOf(observations).toEqualTypeOf<Observations>();
    const rows: readonly Observation[] = [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 1 }];
    // Type checks only: the first would throw at run time, and says so.
    const plain = () =>
      // @ts-expect-error plain rows were not parsed
      evaluate(alblasserdam, rows, { period: "2024" });
    const none = () => evaluate(alblasserdam, [], { period: "2024" });
    expectTypeOf(plain).returns.toHaveProperty("factors");
    expectTypeOf(none).returns.toHaveProperty("factors");
  });

  it("takes one instant type wherever a time goes in: a Date, a text or epoch milliseconds", () => {
    expectTypeOf<Instant>().toEqualTypeOf<Date | string | number>();
    expectTypeOf(evaluate).parameter(2).toHaveProperty("asOf").toEqualTypeOf<Instant | undefined>();
    evaluate(alblasserdam, observations, { period: "2024", asOf: Date.UTC(2024, 6, 1) });
  });

  it("reads statuses off the columns with their own type", () => {
    expectTypeOf(evaluation.statusOf("fixi-meldingen", "GM0482")).toEqualTypeOf<Status | undefined>();
  });
});
