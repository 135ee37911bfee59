import { askFor } from './src/answer/suggest.ts';
import { realAnswerer } from './tests/helpers.ts';
const a = realAnswerer(); const { facts, report } = a.kb;
let n=0, back=0;
for (const f of facts) { const q = askFor(f, report); if (!q) continue; n++;
  const r = a.answer(q); if (r.found && r.figure?.text === f.text) { back++; continue; }
  console.log(r.found ? 'WRONG' : r.clarify ? 'CLAR ' : 'MISS ', q, f.text, '→', r.found ? r.figure?.text ?? r.kind : r.clarify?.map(c=>c.text).join('|') ?? '');
}
console.log(n, back, back/n);
