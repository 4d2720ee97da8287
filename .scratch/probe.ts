import { appendFileSync, writeFileSync } from 'node:fs';
import { hostileValues, optionKeys } from '../test/hardening/hostile.js';
import { sampleCalls } from '../test/hardening/publicApi.js';
writeFileSync('.scratch/probe.log', '');
const log = (s: string) => appendFileSync('.scratch/probe.log', s + '\n');
for (const [hname, hostile] of Object.entries(hostileValues)) {
  for (const [name, sample] of Object.entries(sampleCalls)) {
    const valid = sample.valid();
    const variants: [string, unknown[]][] = [];
    for (let at = 0; at < Math.max(valid.length, 1); at++) { const c = [...valid]; c[at] = hostile; variants.push([`arg${at}`, c]); }
    if (sample.options !== undefined) for (const key of optionKeys) { const c = [...valid]; c[sample.options] = { ...(valid[sample.options] as object), [key]: hostile }; variants.push([`opt.${key}`, c]); }
    for (const [where, args] of variants) {
      log(`START ${hname} ${name} ${where}`);
      const t = performance.now();
      let r = 'ok';
      try { sample.fn(...args); } catch (e: any) { r = e?.name === 'PioRulesError' ? 'pio ' + e.code : 'THROW ' + e?.name + ' ' + String(e?.message).slice(0, 100); }
      const ms = performance.now() - t;
      if (r.startsWith('THROW') || ms > 200) log(`  ${r} ${ms.toFixed(0)}ms`);
    }
  }
}
log('DONE');
