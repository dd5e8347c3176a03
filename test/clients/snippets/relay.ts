import { Environment, Network, RecordSource, Store, type FetchFunction } from 'relay-runtime';

export function createRelayEnvironment(url = 'http://127.0.0.1:4000/graphql') {
  const fetchFn: FetchFunction = async (request, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: request.text, operationName: request.name, variables }),
    });
    // The body carries `data` and `errors` together when one provider failed; Relay keeps the data.
    return await response.json();
  };
  return new Environment({ network: Network.create(fetchFn), store: new Store(new RecordSource()) });
}
