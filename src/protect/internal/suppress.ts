import { type Cells, SECONDARY, SHOWN } from "./cells.js";

/**
 * Secondary suppression: withholds, in every equation that holds exactly one withheld cell, one
 * more, until no equation does. The complement is the shown cell with the smallest weight above
 * 0 (a withheld 0 would hide nothing: the sum stays what it was), else the smallest, ties to the
 * earliest cell; so the same evaluation always gives the same cells.
 *
 * Linear in the size of the equations: a cell is withheld at most once, and each time only its
 * own equations are touched; an equation is scanned for a complement at most once, because
 * afterwards it holds two withheld cells for good.
 *
 * With every equation at 0 or at least 2 withheld cells, no withheld cell follows from the
 * shown ones by adding and subtracting equations either, as long as each cell is a child in at
 * most one equation of a tree: docs/privacy.md gives the argument.
 */
export function suppress(cells: Cells): void {
  const { state, weight, equationStart, equationCells } = cells;
  const equations = equationStart.length - 1;
  // Each cell's equations, as lists.
  const memberships = new Uint32Array(cells.count + 1);
  for (const cell of equationCells) memberships[cell + 1] = (memberships[cell + 1] as number) + 1;
  for (let cell = 0; cell < cells.count; cell++)
    memberships[cell + 1] = (memberships[cell + 1] as number) + (memberships[cell] as number);
  const equationOf = new Uint32Array(equationCells.length);
  const filled = memberships.slice(0, cells.count);
  for (let equation = 0; equation < equations; equation++) {
    for (let at = equationStart[equation] as number; at < (equationStart[equation + 1] as number); at++) {
      const cell = equationCells[at] as number;
      equationOf[filled[cell] as number] = equation;
      filled[cell] = (filled[cell] as number) + 1;
    }
  }

  const hidden = new Uint32Array(equations);
  for (let equation = 0; equation < equations; equation++) {
    let count = 0;
    for (let at = equationStart[equation] as number; at < (equationStart[equation + 1] as number); at++)
      if (state[equationCells[at] as number] !== SHOWN) count++;
    hidden[equation] = count;
  }
  // A FIFO of equations that may hold one withheld cell, in a fixed order.
  const queue: number[] = [];
  for (let equation = 0; equation < equations; equation++) if (hidden[equation] === 1) queue.push(equation);
  for (let head = 0; head < queue.length; head++) {
    const equation = queue[head] as number;
    if (hidden[equation] !== 1) continue;
    const complement = complementOf(equation);
    if (complement === -1) continue;
    state[complement] = SECONDARY;
    for (let at = memberships[complement] as number; at < (memberships[complement + 1] as number); at++) {
      const other = equationOf[at] as number;
      hidden[other] = (hidden[other] as number) + 1;
      if (hidden[other] === 1) queue.push(other);
    }
  }

  function complementOf(equation: number): number {
    let best = -1;
    let bestZero = -1;
    for (let at = equationStart[equation] as number; at < (equationStart[equation + 1] as number); at++) {
      const cell = equationCells[at] as number;
      if (state[cell] !== SHOWN) continue;
      const value = weight[cell] as number;
      if (value > 0) {
        if (best === -1 || value < (weight[best] as number) || (value === weight[best] && cell < best)) best = cell;
      } else if (bestZero === -1 || cell < bestZero) bestZero = cell;
    }
    return best !== -1 ? best : bestZero;
  }
}
