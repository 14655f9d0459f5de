// Compile-time checks (tsc fails the build when they break) with a trivial run-time part.
import assert from "node:assert/strict";
import { test } from "node:test";

import { decimal, type Decimal, type Schemas } from "../src/index.js";

test("amounts are typed as decimal strings, never numbers", () => {
  const line: Schemas["BudgetLineDto"] = { category: "personnel", description: "Coaching", amount: "12000.10" };
  // @ts-expect-error an amount is a decimal string, not a number
  const asNumber: Schemas["BudgetLineDto"] = { category: "personnel", description: "Coaching", amount: 12000.1 };
  const unchecked: string = ["0.20"].join("");
  // @ts-expect-error an unchecked string is not a Decimal: check it with decimal()
  const asString: Decimal = unchecked;
  const checked: Decimal = decimal(unchecked);
  // a Decimal read from a response is a string
  const view = null as unknown as Schemas["ApplicationView"];
  const printable: string | undefined = view?.requested_amount;
  const cap: Decimal | null | undefined = (null as unknown as Schemas["CallView"] | null)?.cap_per_project;
  assert.equal(line.amount, "12000.10");
  assert.equal(typeof asNumber.amount, "number");
  assert.equal(asString, "0.20");
  assert.equal(checked, "0.20");
  assert.equal(printable, undefined);
  assert.equal(cap, undefined);
});
