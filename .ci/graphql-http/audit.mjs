// Every MUST and SHOULD audit of graphql-http must pass; MAY audits are reported, not required.
import { serverAudits } from 'graphql-http';
const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
let failed = 0;
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const required = !audit.name.startsWith('MAY');
  const ok = result.status === 'ok';
  if (!ok && required) failed++;
  console.log(`${ok ? 'ok  ' : required ? 'FAIL' : 'may '} ${audit.id} ${audit.name}${ok ? '' : ' — ' + result.reason}`);
}
console.log(failed ? `${failed} MUST/SHOULD audits failed` : 'every MUST and SHOULD audit passed');
process.exit(failed ? 1 : 0);
