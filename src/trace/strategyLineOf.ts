import type { Model } from "../model/Model.js";
import type { StrategyLine } from "../model/vision.js";

/**
 * The strategy line a method belongs to.
 *
 * @param model - any parsed model
 * @param method - a method id
 * @returns the strategy line, or `undefined` for an unknown method
 * @category Traceability
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * strategyLineOf(alblasserdam, "verstevigen-netwerk-samenwerking")?.id;
 * //=> "anticiperen-aansluiten-adopteren"
 */
export function strategyLineOf(model: Model, method: string): StrategyLine | undefined {
  const line = model.methods.find((candidate) => candidate.id === method)?.strategyLine;
  return model.strategyLines.find((candidate) => candidate.id === line);
}
