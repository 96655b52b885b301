export * from './generated/graphql';
export { createApolloClient } from './lib/create-apollo-client';
