/**
 * Narrows a typed GraphQL result of a union or interface (a mutation payload, `node`) to the member
 * named `typename`, failing the test with what came back when it is another member. The document
 * must select `__typename` for the narrowing to mean something.
 */
export function narrow<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value?.__typename !== typename) throw new Error(`expected a ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: N }>;
}
