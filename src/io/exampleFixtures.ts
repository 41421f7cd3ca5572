import onlineShop from '../../examples/online-shop.json';
import restaurant from '../../examples/restaurant.json';
import supplier from '../../examples/supplier.json';
import type { ExampleId } from './examples';
import { parsePlanValue, type ParsePlanResult } from './planFile';

/**
 * The examples parsed synchronously, for tests and tools. The app itself loads them on demand
 * (`examples.ts`) so only the first screen's sample is in the initial bundle.
 */
const DATA: Record<ExampleId, unknown> = { 'online-shop': onlineShop, restaurant, supplier };

export function loadExample(id: ExampleId): ParsePlanResult {
  return parsePlanValue(DATA[id]);
}

/** A shipped example as the store holds a valid plan; throws if it does not validate. */
export function exampleValid(id: ExampleId = 'online-shop') {
  const result = loadExample(id);
  if (!result.ok)
    throw new Error(`example ${id} does not validate: ${JSON.stringify(result.error)}`);
  return { file: result.file, plan: result.plan, scenarios: result.scenarios };
}
