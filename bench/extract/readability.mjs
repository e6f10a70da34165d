// readability.mjs PAGES_DIR OUT.jsonl: runs Mozilla Readability (on jsdom)
// over every page and writes wiretrace-style "document" records for
// score_extract.py. Prints "readability_seconds N" (parsing and extraction,
// without Node's start-up) on stderr.
import fs from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [dir, out] = process.argv.slice(2);
const names = fs.readdirSync(dir).filter((n) => n.endsWith(".html")).sort();
const quiet = new VirtualConsole(); // pages' own console noise is not ours
const lines = [];
const t0 = process.hrtime.bigint();
for (const name of names) {
  const html = fs.readFileSync(path.join(dir, name), "utf8");
  let text = "";
  try {
    const dom = new JSDOM(html, { url: "http://localhost/" + name, virtualConsole: quiet });
    const art = new Readability(dom.window.document).parse();
    text = art && art.textContent ? art.textContent : "";
    dom.window.close();
  } catch (e) {
    text = "";
  }
  lines.push(JSON.stringify({ type: "document", id: name, text, boilerplate: [] }));
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
fs.writeFileSync(out, lines.join("\n") + "\n");
process.stderr.write(`readability_seconds ${seconds.toFixed(3)}\n`);
