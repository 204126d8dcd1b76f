import { z } from "zod";
import { Area, Geography } from "./area.js";
import { Id, Label } from "./common.js";
import type { DeepReadonly } from "./DeepReadonly.js";
import { Indicator } from "./indicator.js";
import {
  ContextFigure,
  Goal,
  Group,
  ImpactLevel,
  Method,
  Programme,
  Rollout,
  StrategyLine,
  Theme,
  Value,
} from "./vision.js";

/**
 * The document a model encodes.
 *
 * @category Model
 * @example
 * ModelSource.parse({ title: "Visie Buurtaanpak Alblasserdam", reference: "231013-kb23002-R01-b" }).reference;
 * //=> "231013-kb23002-R01-b"
 */
export const ModelSource = z.strictObject({
  title: z.string().trim().min(1).max(500),
  reference: z.string().trim().min(1).max(200).optional(),
  author: z.string().trim().min(1).max(200).optional(),
  date: z.iso.date().optional(),
  url: z.string().trim().min(1).max(2000).optional(),
});
/** @category Model */
export interface ModelSource extends DeepReadonly<z.output<typeof ModelSource>> {}

const list = <Item extends z.ZodType>(item: Item) => z.array(item).max(100_000);

/**
 * A gemeente's vision as data: its goals, strategy, methods, success factors and the
 * indicators they read. Parse one with {@link parseModel}; the JSON Schema of this shape ships
 * as `buurtaanpak/schema/model.json`.
 *
 * @category Model
 * @example
 * Object.keys(Model.shape).includes("groups");
 * //=> true
 */
export const Model = z.strictObject({
  /** The JSON Schema the file follows, for editors; ignored by the library. */
  $schema: z.string().max(2000).optional(),
  id: Id,
  gemeente: z.strictObject({
    code: z.string().regex(/^GM\d{4}$/, "a gemeente code is GM + 4 digits, such as GM0482"),
    name: z.string().trim().min(1).max(200),
  }),
  title: Label,
  source: ModelSource,
  programme: Programme.optional(),
  values: list(Value),
  themes: list(Theme),
  context: list(ContextFigure),
  goals: list(Goal),
  strategyLines: list(StrategyLine),
  impactLevels: list(ImpactLevel).optional(),
  methods: list(Method),
  indicators: list(Indicator),
  groups: list(Group),
  areas: list(Area),
  geography: Geography.optional(),
  rollout: Rollout.optional(),
});

/**
 * A parsed model: deeply read-only, as the values {@link parseModel} returns are deeply frozen.
 *
 * @category Model
 */
export interface Model
  extends Omit<
    DeepReadonly<z.output<typeof Model>>,
    | "source"
    | "programme"
    | "values"
    | "themes"
    | "context"
    | "goals"
    | "strategyLines"
    | "impactLevels"
    | "methods"
    | "indicators"
    | "groups"
    | "areas"
    | "geography"
    | "rollout"
  > {
  readonly source: ModelSource;
  readonly programme?: Programme | undefined;
  readonly values: readonly Value[];
  readonly themes: readonly Theme[];
  readonly context: readonly ContextFigure[];
  readonly goals: readonly Goal[];
  readonly strategyLines: readonly StrategyLine[];
  readonly impactLevels?: readonly ImpactLevel[] | undefined;
  readonly methods: readonly Method[];
  readonly indicators: readonly Indicator[];
  readonly groups: readonly Group[];
  readonly areas: readonly Area[];
  readonly geography?: Geography | undefined;
  readonly rollout?: Rollout | undefined;
}
