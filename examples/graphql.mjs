// One GraphQL request over plain fetch, as the walkthroughs' scripts send them: the API key from
// ASPIRE_KEY, the server at ASPIRE_URL (a local `npm start` by default).
const url = process.env.ASPIRE_URL ?? 'http://localhost:4000/graphql';

export async function graphql(query, variables = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.ASPIRE_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await response.json();
  if (errors) throw new Error(JSON.stringify(errors));
  return data;
}
