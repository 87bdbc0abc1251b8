// Usage: node script.js <sandbox base URL, e.g. http://localhost:8095/sandbox/hubspot> <access token>
// Exercises the HubSpot sandbox through @hubspot/api-client and prints one line per check.
const hubspot = require('@hubspot/api-client');

const [, , basePath, accessToken] = process.argv;
if (!basePath || !accessToken) {
  console.error('usage: node script.js <baseUrl> <token>');
  process.exit(2);
}
const client = new hubspot.Client({ accessToken, basePath, numberOfApiCallRetries: 0 });

function check(condition, message) {
  if (!condition) {
    throw new Error('check failed: ' + message);
  }
  console.log('ok ' + message);
}

async function main() {
  const email = `official.client.${Date.now()}@example.com`;
  const contacts = client.crm.contacts;

  const created = await contacts.basicApi.create({ properties: { email, firstname: 'Official' }, associations: [] });
  check(/^\d+$/.test(created.id) && created.properties.email === email, 'create contact ' + created.id);

  const read = await contacts.basicApi.getById(created.id, ['email', 'firstname']);
  check(read.properties.firstname === 'Official', 'read contact by id');

  const byEmail = await contacts.basicApi.getById(email, ['email'], undefined, undefined, false, 'email');
  check(byEmail.id === created.id, 'read contact by email');

  const updated = await contacts.basicApi.update(created.id, { properties: { lastname: 'Client' } });
  check(updated.properties.lastname === 'Client', 'update contact');

  const found = await contacts.searchApi.doSearch({
    filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: email }] }],
    properties: ['email', 'lastname'], sorts: [], limit: 10, after: '0',
  });
  check(found.total === 1 && found.results[0].id === created.id, 'search contact total=' + found.total);

  const batch = await client.crm.companies.batchApi.create({
    inputs: [{ properties: { name: 'Official One' }, associations: [] },
      { properties: { name: 'Official Two' }, associations: [] }],
  });
  check(batch.status === 'COMPLETE' && batch.results.length === 2, 'batch create companies');

  const properties = await client.crm.properties.coreApi.getAll('contacts', false);
  check(properties.results.some((p) => p.name === 'lifecyclestage' && p.options.length > 0), 'read properties');

  const page = await contacts.basicApi.getPage(2, undefined, ['email']);
  check(page.results.length > 0, 'list contacts');

  try {
    await contacts.basicApi.create({ properties: { email }, associations: [] });
    check(false, 'duplicate email refused');
  } catch (e) {
    check(e.code === 409 && e.body.category === 'CONFLICT', 'duplicate email refused with 409');
  }
  console.log('ALL OK');
}

main().catch((e) => {
  console.error(e && e.body ? JSON.stringify(e.body) : e);
  process.exit(1);
});
