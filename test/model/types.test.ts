import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { Area, AreaFigures, Geography } from "../../src/model/area.js";
import type { Label } from "../../src/model/common.js";
import type { DeepReadonly } from "../../src/model/DeepReadonly.js";
import type { Indicator, Rate } from "../../src/model/indicator.js";
import type { Model, ModelSource } from "../../src/model/Model.js";
import { parseAreas } from "../../src/model/parseAreas.js";
import { parseModel } from "../../src/model/parseModel.js";
import type { Rule } from "../../src/model/rule.js";
import { safeParseAreas } from "../../src/model/safeParseAreas.js";
import type { SafeParseResult } from "../../src/model/safeParseModel.js";
import type {
  ContextFigure,
  Factor,
  FactorMeasure,
  Goal,
  Group,
  ImpactLevel,
  Method,
  Programme,
  Rollout,
  StrategyElement,
  StrategyLine,
  SubGoal,
  Theme,
  Value,
} from "../../src/model/vision.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

/** The deeply read-only output of a schema: what each named type must equal. */
type Parsed<Schema extends z.ZodType> = DeepReadonly<z.output<Schema>>;

describe("the model's types", () => {
  it("type the preset as deeply read-only, as it is frozen at run time", () => {
    const group = alblasserdam.groups[0];
    if (group === undefined) throw new Error("the preset has groups");
    expect(() => {
      // @ts-expect-error a preset's lists are read-only
      alblasserdam.groups.push(group);
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error and so is every field, however deep
      group.factors[0].measures[0].rule.kind = "tracked";
    }).toThrow(TypeError);
  });

  it("type a parsed model as deeply read-only", () => {
    const model = parseModel(JSON.parse(JSON.stringify(alblasserdam)));
    expectTypeOf(parseModel).returns.toEqualTypeOf<Model>();
    expectTypeOf(model.goals).toEqualTypeOf<readonly Goal[]>();
    expectTypeOf(model.goals[0]?.subgoals).toEqualTypeOf<readonly SubGoal[] | undefined>();
    expectTypeOf(model.groups[0]?.factors[0]?.measures[0]?.rule).toEqualTypeOf<Rule | undefined>();
    expect(() => {
      // @ts-expect-error a parsed model's labels are read-only
      model.title.nl = "Anders";
    }).toThrow(TypeError);
  });

  it("type parsed areas as a read-only list of read-only areas", () => {
    expectTypeOf(parseAreas).returns.toEqualTypeOf<readonly Area[]>();
    expectTypeOf(safeParseAreas).returns.toEqualTypeOf<SafeParseResult<readonly Area[]>>();
  });

  it("name every element, so that signatures and the API reference show Goal, not its whole structure", () => {
    expectTypeOf<Model["source"]>().toEqualTypeOf<ModelSource>();
    expectTypeOf<Model["programme"]>().toEqualTypeOf<Programme | undefined>();
    expectTypeOf<Model["values"]>().toEqualTypeOf<readonly Value[]>();
    expectTypeOf<Model["themes"]>().toEqualTypeOf<readonly Theme[]>();
    expectTypeOf<Model["context"]>().toEqualTypeOf<readonly ContextFigure[]>();
    expectTypeOf<Model["strategyLines"]>().toEqualTypeOf<readonly StrategyLine[]>();
    expectTypeOf<StrategyLine["elements"]>().toEqualTypeOf<readonly StrategyElement[]>();
    expectTypeOf<Model["impactLevels"]>().toEqualTypeOf<readonly ImpactLevel[] | undefined>();
    expectTypeOf<Model["methods"]>().toEqualTypeOf<readonly Method[]>();
    expectTypeOf<Model["indicators"]>().toEqualTypeOf<readonly Indicator[]>();
    expectTypeOf<Indicator["rate"]>().toEqualTypeOf<Rate | undefined>();
    expectTypeOf<Model["groups"]>().toEqualTypeOf<readonly Group[]>();
    expectTypeOf<Group["factors"]>().toEqualTypeOf<readonly Factor[]>();
    expectTypeOf<Factor["measures"]>().toEqualTypeOf<readonly FactorMeasure[]>();
    expectTypeOf<Model["areas"]>().toEqualTypeOf<readonly Area[]>();
    expectTypeOf<Area["figures"]>().toEqualTypeOf<AreaFigures | undefined>();
    expectTypeOf<Model["geography"]>().toEqualTypeOf<Geography | undefined>();
    expectTypeOf<Model["rollout"]>().toEqualTypeOf<Rollout | undefined>();
    expectTypeOf<Goal["label"]>().toEqualTypeOf<Label>();
  });

  it("keep each named type equal to what its schema reads, made deeply read-only, so that they cannot drift apart", () => {
    expectTypeOf<Model>().toEqualTypeOf<Parsed<typeof Model>>();
    expectTypeOf<ModelSource>().toEqualTypeOf<Parsed<typeof ModelSource>>();
    expectTypeOf<Label>().toEqualTypeOf<Parsed<typeof Label>>();
    expectTypeOf<Area>().toEqualTypeOf<Parsed<typeof Area>>();
    expectTypeOf<AreaFigures>().toEqualTypeOf<Parsed<typeof AreaFigures>>();
    expectTypeOf<Geography>().toEqualTypeOf<Parsed<typeof Geography>>();
    expectTypeOf<Indicator>().toEqualTypeOf<Parsed<typeof Indicator>>();
    expectTypeOf<Rate>().toEqualTypeOf<Parsed<typeof Rate>>();
    expectTypeOf<Rule>().toEqualTypeOf<Parsed<typeof Rule>>();
    expectTypeOf<Value>().toEqualTypeOf<Parsed<typeof Value>>();
    expectTypeOf<Theme>().toEqualTypeOf<Parsed<typeof Theme>>();
    expectTypeOf<ContextFigure>().toEqualTypeOf<Parsed<typeof ContextFigure>>();
    expectTypeOf<SubGoal>().toEqualTypeOf<Parsed<typeof SubGoal>>();
    expectTypeOf<Goal>().toEqualTypeOf<Parsed<typeof Goal>>();
    expectTypeOf<StrategyElement>().toEqualTypeOf<Parsed<typeof StrategyElement>>();
    expectTypeOf<StrategyLine>().toEqualTypeOf<Parsed<typeof StrategyLine>>();
    expectTypeOf<Method>().toEqualTypeOf<Parsed<typeof Method>>();
    expectTypeOf<FactorMeasure>().toEqualTypeOf<Parsed<typeof FactorMeasure>>();
    expectTypeOf<Factor>().toEqualTypeOf<Parsed<typeof Factor>>();
    expectTypeOf<Group>().toEqualTypeOf<Parsed<typeof Group>>();
    expectTypeOf<Programme>().toEqualTypeOf<Parsed<typeof Programme>>();
    expectTypeOf<ImpactLevel>().toEqualTypeOf<Parsed<typeof ImpactLevel>>();
    expectTypeOf<Rollout>().toEqualTypeOf<Parsed<typeof Rollout>>();
  });

  it("accept a plain object literal where a model is expected (the preset is written so, with satisfies)", () => {
    const areas = [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }] satisfies Model["areas"];
    expectTypeOf(areas).toExtend<readonly Area[]>();
  });
});
