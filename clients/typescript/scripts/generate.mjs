#!/usr/bin/env node
// Generates src/schema.d.ts from ../../openapi/openapi.json with openapi-typescript.
//
//   node scripts/generate.mjs           write src/schema.d.ts
//   node scripts/generate.mjs --check   regenerate into a temp file and fail if it differs from
//                                       the committed src/schema.d.ts
//
// Every schema with `format: "decimal"` (amounts, scores: "750000.00") is typed as `Decimal`
// (src/decimal.ts), a checked decimal string, never a number. The first line of the output names
// the SHA-256 of the openapi.json bytes it was generated from.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..");
// GRANTDESK_OPENAPI_JSON: another document (to try the check); the default is the repo's
const specPath = resolve(packageDir, process.env.GRANTDESK_OPENAPI_JSON ?? "../../openapi/openapi.json");
const outPath = resolve(packageDir, "src/schema.d.ts");
const check = process.argv.includes("--check");

const decimalType = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Decimal"));
const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());

function isDecimal(schema) {
  if (!schema || typeof schema !== "object" || schema.format !== "decimal") return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes("string");
}

export async function generate() {
  const bytes = readFileSync(specPath);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const ast = await openapiTS(JSON.parse(bytes.toString("utf8")), {
    silent: true,
    // a property with a default may be left out of a request (AddressDto.country defaults to "BE")
    defaultNonNullable: false,
    inject: 'import type { Decimal } from "./decimal.js";\n',
    transform(schema) {
      if (!isDecimal(schema)) return undefined;
      const nullable = Array.isArray(schema.type) && schema.type.includes("null");
      return nullable ? ts.factory.createUnionTypeNode([decimalType, nullType]) : decimalType;
    },
  });
  const header =
    `// Generated from openapi/openapi.json (sha256 ${sha256}) by scripts/generate.mjs: ` +
    `do not edit, run \`npm run generate\`.\n`;
  const text = header + astToString(ast);
  // how many properties are typed Decimal (the import line aside)
  const decimals = (text.match(/\bDecimal\b/g) ?? []).length - 1;
  return { text, sha256, decimals };
}

const { text, sha256, decimals } = await generate();
if (check) {
  const dir = mkdtempSync(join(tmpdir(), "grantdesk-schema-"));
  try {
    const tmp = join(dir, "schema.d.ts");
    writeFileSync(tmp, text);
    let committed = "";
    try {
      committed = readFileSync(outPath, "utf8");
    } catch {
      committed = "";
    }
    if (committed !== readFileSync(tmp, "utf8")) {
      const firstLine = committed.split("\n", 1)[0] || "(missing)";
      console.error(
        `${relative(process.cwd(), outPath) || outPath} is out of date with openapi/openapi.json ` +
          `(sha256 ${sha256}); its first line: ${firstLine}\n` +
          `regenerate with npm run generate (in clients/typescript) and commit the result`,
      );
      process.exit(1);
    }
    console.log(`src/schema.d.ts is up to date (openapi.json sha256 ${sha256}, ${decimals} properties typed Decimal)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  writeFileSync(outPath, text);
  console.log(`wrote src/schema.d.ts (openapi.json sha256 ${sha256}, ${decimals} properties typed Decimal)`);
}
