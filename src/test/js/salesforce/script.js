// Runs the official jsforce client against the crmsync Salesforce sandbox.
// Usage: node script.js <instanceUrl> <clientId> <clientSecret> [adminKey]
// Prints "OK <step>" per step and "ALL OK" at the end; exits 1 on the first failure.
const crypto = require('node:crypto');
const jsforce = require('jsforce');

const [, , url, clientId, clientSecret, adminKey = 'sandbox-admin'] = process.argv;

function check(condition, step, detail) {
  if (!condition) {
    throw new Error(`${step} failed: ${JSON.stringify(detail)}`);
  }
  console.log(`OK ${step}`);
}

async function main() {
  const conn = new jsforce.Connection({
    oauth2: { loginUrl: url, clientId, clientSecret },
    version: '62.0',
  });
  const user = await conn.authorize({ grant_type: 'client_credentials' });
  check(user.organizationId.startsWith('00D') && conn.instanceUrl === url, 'authorize', user);

  const tag = `Js${Date.now()}`;
  const contacts = conn.sobject('Contact');
  const created = await contacts.create({ LastName: tag, Email: `${tag.toLowerCase()}@example.com` });
  check(created.success && created.id.startsWith('003'), 'create', created);

  const read = await contacts.retrieve(created.id);
  check(read.LastName === tag && read.Id === created.id, 'retrieve', read);

  const updated = await contacts.update({ Id: created.id, Title: 'CTO' });
  check(updated.success, 'update', updated);

  const upserted = await contacts.upsert({ HubSpot_Id__c: tag, LastName: tag }, 'HubSpot_Id__c');
  check(upserted.success && upserted.created === true, 'upsert', upserted);

  const mixed = await contacts.create([{ LastName: tag }, { FirstName: 'NoLast' }], { allOrNone: false });
  check(mixed.length === 2 && mixed[0].success && !mixed[1].success, 'collection create', mixed);

  const batch = Array.from({ length: 200 }, (_, i) => ({ LastName: tag, FirstName: `P${i}` }));
  const many = await contacts.create(batch, { allOrNone: true });
  check(many.every((r) => r.success), 'collection create 200', many.length);

  const result = await conn.query(`SELECT Id, FirstName, Account.Name FROM Contact WHERE LastName = '${tag}'`, {
    autoFetch: true,
    maxFetch: 1000,
    headers: { 'Sforce-Query-Options': 'batchSize=200' },
  });
  check(result.totalSize === 203 && result.records.length === 203, 'query with paging', result.totalSize);

  const ids = many.slice(0, 3).map((r) => r.id);
  const retrieved = await contacts.retrieve(ids);
  check(retrieved.length === 3 && retrieved[0].Id === ids[0], 'collection retrieve', retrieved.length);

  const describe = await conn.describe('Contact');
  check(describe.fields.some((f) => f.name === 'LastName' && !f.nillable), 'describe', describe.name);
  const global = await conn.describeGlobal();
  check(global.sobjects.some((s) => s.name === 'Lead' && s.keyPrefix === '00Q'), 'describeGlobal', global.sobjects.length);

  const limits = await conn.limits();
  check(limits.DailyApiRequests.Max > 0 && conn.limitInfo.apiUsage.used > 0, 'limits', conn.limitInfo);

  const destroyed = await contacts.destroy(created.id);
  check(destroyed.success, 'destroy', destroyed);
  const start = new Date(Date.now() - 3600 * 1000);
  const end = new Date(Date.now() + 3600 * 1000);
  const changed = await contacts.updated(start, end);
  check(changed.ids.includes(ids[0]), 'updated', changed.ids.length);
  const deleted = await contacts.deleted(start, end);
  check(deleted.deletedRecords.some((r) => r.id === created.id), 'deleted', deleted.deletedRecords.length);

  try {
    await contacts.create({ LastName: tag, FavoritePet__c: 'Dog' });
    check(false, 'error mapping', 'no error');
  } catch (e) {
    check(e.name === 'INVALID_FIELD', 'error mapping', e.name);
  }
  await refreshOn401();
  console.log('ALL OK');
}

// Authorization code with PKCE gives a refresh token; after the sandbox revokes every session,
// jsforce must get a new access token on the 401 and retry.
async function refreshOn401() {
  const redirectUri = 'http://localhost/callback';
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  const consent = await fetch(`${url}/services/oauth2/authorize?response_type=code&client_id=${clientId}`
    + `&redirect_uri=${encodeURIComponent(redirectUri)}&code_challenge=${challenge}`
    + '&code_challenge_method=S256&approve=true', { redirect: 'manual' });
  const code = new URL(consent.headers.get('location')).searchParams.get('code');
  const conn = new jsforce.Connection({
    oauth2: { loginUrl: url, clientId, clientSecret, redirectUri },
    version: '62.0',
  });
  await conn.authorize({ grant_type: 'authorization_code', code, code_verifier: verifier });
  check(Boolean(conn.refreshToken), 'authorization code with PKCE', conn.refreshToken);
  let refreshed = false;
  conn.on('refresh', () => {
    refreshed = true;
  });
  const revoked = await fetch(`${url}/_admin/sessions/revoke`, {
    method: 'POST',
    headers: { 'X-Sandbox-Admin-Key': adminKey },
  });
  check(revoked.status === 204, 'revoke sessions', revoked.status);
  const result = await conn.query('SELECT Id FROM Contact LIMIT 1');
  check(refreshed && result.done, 'refresh on 401', refreshed);
}

main().catch((e) => {
  console.error(e.stack || e);
  process.exit(1);
});
