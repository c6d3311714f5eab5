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
    "\n  mutation FaqPanelAsk($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n": typeof types.FaqPanelAskDocument,
    "\n  query FaqPanelSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      question\n    }\n  }\n": typeof types.FaqPanelSuggestionsDocument,
};
const documents: Documents = {
    "\n  mutation FaqPanelAsk($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n": types.FaqPanelAskDocument,
    "\n  query FaqPanelSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      question\n    }\n  }\n": types.FaqPanelSuggestionsDocument,
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
export function graphql(source: "\n  mutation FaqPanelAsk($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FaqPanelAsk($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqPanelSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      question\n    }\n  }\n"): (typeof documents)["\n  query FaqPanelSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      question\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;