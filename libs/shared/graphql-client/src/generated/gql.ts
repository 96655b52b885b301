/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}": typeof types.HealthDocument,
    "fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}": typeof types.ImportRunPartsFragmentDoc,
    "query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}": typeof types.NpoDocument,
    "query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}": typeof types.SearchNposDocument,
};
const documents: Documents = {
    "query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}": types.HealthDocument,
    "fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}": types.ImportRunPartsFragmentDoc,
    "query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}": types.NpoDocument,
    "query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}": types.SearchNposDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}"): (typeof documents)["query Health {\n  health {\n    status\n    postgres\n    meilisearch\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}"): (typeof documents)["fragment ImportRunParts on NpoImportRun {\n  id\n  status\n  source\n  startedBy\n  startedAt\n  finishedAt\n  fileName\n  fileBytes\n  processedRows\n  inserted\n  updated\n  unchanged\n  rejected\n  markedNotInLatest\n  message\n}\n\nquery NpoImportRun($id: ID!) {\n  npoImportRun(id: $id) {\n    ...ImportRunParts\n    rejections {\n      rowNumber\n      reason\n      name\n    }\n  }\n}\n\nquery NpoImportRuns($limit: Int!) {\n  npoImportRuns(limit: $limit) {\n    ...ImportRunParts\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}"): (typeof documents)["query Npo($id: ID!) {\n  npo(id: $id) {\n    id\n    corporateNumber\n    name\n    nameKana\n    jurisdiction\n    prefecture\n    city\n    ward\n    address\n    postalCode\n    representative\n    authorizedOn\n    establishedOn\n    purpose\n    programmes\n    fields\n    certified\n    certification {\n      kind\n      startOn\n      endOn\n      current\n    }\n    supervision\n    dissolution\n    status\n    portalUrl\n    claimed\n    inCity\n    updatedAt\n    profile {\n      introduction\n      helpKinds\n      areas\n      contactForGroups\n      website\n      socialLinks\n      photoUrl\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}"): (typeof documents)["query SearchNpos($input: SearchNposInput!) {\n  searchNpos(input: $input) {\n    total\n    page\n    pageSize\n    hits {\n      npo {\n        id\n        name\n        nameKana\n        ward\n        city\n        fields\n        certified\n        status\n        purpose\n        programmes\n        claimed\n      }\n      highlights {\n        field\n        snippet\n      }\n    }\n    facets {\n      wards {\n        value\n        count\n      }\n      fields {\n        value\n        count\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;